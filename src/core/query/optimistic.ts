import type { QueryClient } from "@tanstack/react-query";
import { portalStore } from "./store.js";

/**
 * The values the ledgers made up (guesses), so a view can tell a guess from the server's word. One
 * set for all ledgers, so a query's structural sharing can ask without knowing which ledger; it
 * holds objects weakly and only by identity, so nothing of one customer reaches another.
 */
export const guesses = new WeakSet<object>();

/**
 * The bookkeeping of one resource's optimistic updates (an order's billing edits, a
 * subscription's cancel), free of React and of react-query, so that its rules can be tested over
 * plain sequences of events. `apply` says what the server will store for an update: it must be
 * certain (an optimistic update is only made where the outcome is).
 *
 * Updates of one resource reach Polar one at a time, in the order they were made (the mutation
 * scope sees to that), but reads can overlap them. The ledger keeps the server's last word
 * (`confirmed`) apart from the updates not yet answered (`pending`), and says at every event what
 * the screen should show: the server's last word with the pending updates applied on top.
 */
export class OptimisticLedger<T extends object, U> {
  #issued = 0;
  /** Updates not yet answered, by sequence number (a Map keeps the order they were made in). */
  readonly #pending = new Map<number, U>();
  #confirmed: T | undefined;
  /** Bumped whenever an update is answered with a value: a read begun before is older news. */
  #answers = 0;
  readonly #listeners = new Set<() => void>();

  readonly #apply: (value: T, update: U) => T;

  constructor(apply: (value: T, update: U) => T) {
    this.#apply = apply;
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /**
   * A new update. `current` is what the cache holds now: with nothing pending it is the server's
   * truth. Returns its sequence number and the value to show (undefined when there is nothing to
   * guess from: the answer alone will fill the cache).
   */
  begin(update: U, current: T | undefined): { seq: number; show: T | undefined } {
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

  /** Polar accepted update `seq` and answered with `value`. */
  succeed(seq: number, value: T): T {
    this.#pending.delete(seq);
    this.#confirmed = value;
    this.#answers++;
    return this.#settled() ?? value;
  }

  /** Update `seq` failed; the server's value is unchanged by it. Returns what to show (undefined: nothing known). */
  fail(seq: number): T | undefined {
    this.#pending.delete(seq);
    return this.#settled();
  }

  /** A mark to take when a read starts, for {@link read}. */
  mark(): number {
    return this.#answers;
  }

  /**
   * A read begun at `mark` answered `value`. When an update was answered meanwhile, the read may
   * have been served before that update was applied, so the update's answer stays the server's
   * word. Returns what to show.
   */
  read(value: T, mark: number): T {
    if (mark === this.#answers || !this.#confirmed) this.#confirmed = value;
    const shown = this.#expected() ?? value;
    this.#notify();
    return shown;
  }

  /** What Polar last confirmed for a value on screen: itself, unless it is one of our guesses. */
  serverOrder(shown: T): T {
    return guesses.has(shown) && this.#confirmed ? this.#confirmed : shown;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #settled(): T | undefined {
    const shown = this.#expected();
    this.#notify();
    return shown;
  }

  /** The server's last word with every pending update applied on top. */
  #expected(): T | undefined {
    let value = this.#confirmed;
    if (!value) return undefined;
    for (const update of this.#pending.values()) value = this.#apply(value, update);
    if (value !== this.#confirmed) guesses.add(value);
    return value;
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

/**
 * The ledger of the resource under `queryKey` (its detail key) in `queryClient`, made by `make` on
 * first use and kept in the QueryClient's portal store under that key.
 */
export function ledgerIn<L>(queryClient: QueryClient, queryKey: readonly unknown[], make: () => L): L {
  const store = portalStore(queryClient);
  const key = JSON.stringify(queryKey);
  if (!store.has(key)) store.set(key, make());
  return store.get(key) as L;
}

/** Whether updates of the resource under `queryKey` are unanswered; asks without making a ledger. */
export function hasPendingUpdates(queryClient: QueryClient, queryKey: readonly unknown[]): boolean {
  return ((portalStore(queryClient).get(JSON.stringify(queryKey)) as OptimisticLedger<object, unknown> | undefined)?.pendingCount ?? 0) > 0;
}
