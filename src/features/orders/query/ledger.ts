import type { QueryClient } from "@tanstack/react-query";
import type { OrderBillingUpdate } from "../schema/billing.js";
import { applyBillingUpdate } from "../schema/normalize.js";
import type { CustomerOrder } from "../schema/order.js";

/**
 * Orders the ledgers made up (guesses), so a view can tell a guess from the server's word. One
 * set for all ledgers, so the query's structural sharing can ask without knowing which ledger.
 */
export const guesses = new WeakSet<object>();

/**
 * The bookkeeping of one order's billing updates, free of React and of react-query, so that its
 * rules can be tested over plain sequences of events.
 *
 * Updates of one order reach Polar one at a time, in the order they were made (the mutation
 * scope sees to that), but reads can overlap them. The ledger keeps the server's last word
 * (`confirmed`) apart from the updates not yet answered (`pending`), and says at every event what
 * the screen should show: the server's last word with the pending updates applied on top.
 */
export class UpdateLedger {
  #issued = 0;
  /** Updates not yet answered, by sequence number (a Map keeps the order they were made in). */
  readonly #pending = new Map<number, OrderBillingUpdate>();
  #confirmed: CustomerOrder | undefined;
  /** Bumped whenever an update is answered with an order: a read begun before is older news. */
  #answers = 0;
  readonly #listeners = new Set<() => void>();

  get pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * A new update. `current` is what the cache holds now: with nothing pending it is the server's
   * truth. Returns its sequence number and the order to show (undefined when there is nothing to
   * guess from: the answer alone will fill the cache).
   */
  begin(update: OrderBillingUpdate, current: CustomerOrder | undefined): { seq: number; show: CustomerOrder | undefined } {
    if (this.#pending.size === 0 && current && !guesses.has(current)) this.#confirmed = current;
    const seq = ++this.#issued;
    this.#pending.set(seq, update);
    try {
      return { seq, show: this.#expected() };
    } catch (error) {
      // A malformed update (untyped code) must not stay "pending" and break every later guess.
      this.#pending.delete(seq);
      throw error;
    } finally {
      this.#notify();
    }
  }

  /** Polar accepted update `seq` and answered with `order`. */
  succeed(seq: number, order: CustomerOrder): CustomerOrder {
    this.#pending.delete(seq);
    this.#confirmed = order;
    this.#answers++;
    return this.#settled() ?? order;
  }

  /** Update `seq` failed; Polar's order is unchanged by it. Returns what to show (undefined: nothing known). */
  fail(seq: number): CustomerOrder | undefined {
    this.#pending.delete(seq);
    return this.#settled();
  }

  /** A mark to take when a read starts, for {@link read}. */
  mark(): number {
    return this.#answers;
  }

  /**
   * A read begun at `mark` answered `order`. When an update was answered meanwhile, the read may
   * have been served before that update was applied, so the update's answer stays the server's
   * word. Returns what to show.
   */
  read(order: CustomerOrder, mark: number): CustomerOrder {
    if (mark === this.#answers || !this.#confirmed) this.#confirmed = order;
    const shown = this.#expected() ?? order;
    this.#notify();
    return shown;
  }

  /** What Polar last confirmed for an order on screen: itself, unless it is one of our guesses. */
  serverOrder(shown: CustomerOrder): CustomerOrder {
    return guesses.has(shown) && this.#confirmed ? this.#confirmed : shown;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #settled(): CustomerOrder | undefined {
    const shown = this.#expected();
    this.#notify();
    return shown;
  }

  /** The server's last word with every pending update applied on top. */
  #expected(): CustomerOrder | undefined {
    let order = this.#confirmed;
    if (!order) return undefined;
    for (const update of this.#pending.values()) order = applyBillingUpdate(order, update);
    if (order !== this.#confirmed) guesses.add(order);
    return order;
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

// One ledger per order and QueryClient, made on first use. Keyed by the QueryClient so that two
// clients (two tests, two apps on a page) never share bookkeeping.
const ledgers = new WeakMap<QueryClient, Map<string, UpdateLedger>>();

/** The ledger of the order under `queryKey` (its detail key) in `queryClient`. */
export function ledgerFor(queryClient: QueryClient, queryKey: readonly unknown[]): UpdateLedger {
  let byKey = ledgers.get(queryClient);
  if (!byKey) ledgers.set(queryClient, (byKey = new Map()));
  const key = JSON.stringify(queryKey);
  let ledger = byKey.get(key);
  if (!ledger) byKey.set(key, (ledger = new UpdateLedger()));
  return ledger;
}

/** Whether updates of the order under `queryKey` are unanswered; asks without making a ledger. */
export function hasPendingUpdates(queryClient: QueryClient, queryKey: readonly unknown[]): boolean {
  return (ledgers.get(queryClient)?.get(JSON.stringify(queryKey))?.pendingCount ?? 0) > 0;
}
