// How an invoice or a receipt becomes a download, free of React so its timing can be tested over
// plain promises and fake timers. The hooks in use-order-documents.ts only hold the state.
import type { QueryClient } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import { generateInvoice, getInvoiceUrl, getReceiptUrl } from "../api/documents.js";
import { isPortalError, PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { orderKeys } from "./keys.js";
import { guesses, ledgerFor } from "./ledger.js";

/**
 * What the customer sees of an invoice or receipt action:
 * - `idle`: nothing asked yet (or cancelled);
 * - `preparing`: Polar is rendering the file or the link is on its way;
 * - `ready`: the download started (asking again fetches a fresh link);
 * - `refused`: Polar makes no invoice for an order in this status (`draft`, `void`: 409);
 * - `missing_billing_details`: the invoice needs a billing name and address (422);
 * - `unavailable`: the order has no receipt (no receipt number yet);
 * - `unauthorized`: the session is over (`onUnauthorized` was called by the client);
 * - `error`: anything else; `error` is null when Polar took longer than the kit waits.
 */
export type DocumentState =
  | { status: "idle" | "preparing" | "ready" | "missing_billing_details" | "unavailable" }
  | { status: "refused"; orderStatus: string }
  | { status: "unauthorized"; error: PortalError }
  | { status: "error"; error: PortalError | null };

/**
 * Which way an invoice download goes, decided from what the kit knows (see {@link invoiceCase}):
 * `first` (none exists: generate, then wait for it), `regenerate` (the billing details changed
 * since it was made: generate, then wait for the order's `modified_at` to move) or `current`
 * (download the existing one at once).
 */
export type InvoiceCase = "first" | "regenerate" | "current";

type Client = Pick<PortalClient, "baseUrl" | "request" | "getOrder">;

/**
 * The pause before poll `attempt` (0-based): 0.5 s, 1 s, 2 s, then every `max` ms. Short steps
 * early, since Polar renders in a few seconds, and never longer than `max` later, so the customer
 * waits at most one step past the moment the file is ready.
 */
export const pollDelay = (attempt: number, max: number) => Math.min(500 * 2 ** attempt, max);

/** Invoice: a poll at most every 3 s, for at most 60 s of waiting (about 22 requests). */
export const INVOICE_POLL = { max: 3000, cap: 60_000 };
/** Receipt: every 202 queues another render on Polar's side, so ask less often: at most every 4 s, for 30 s. */
export const RECEIPT_POLL = { max: 4000, cap: 30_000 };

function aborted(): Error {
  return Object.assign(new Error("Aborted"), { name: "AbortError" });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(aborted())), { once: true });
  });
}

/**
 * Asks `attempt` until it returns a value (not undefined), pausing {@link pollDelay} between
 * tries (and before the first when `pauseFirst`: a render just queued is not done yet), for at
 * most `cap` ms of pauses. A failure Polar may get over (network, 5xx, 429) counts as "not yet";
 * any other ends the wait. Past the cap: the last such failure, or null.
 */
async function poll<T>(
  attempt: () => Promise<T | undefined>,
  { max, cap }: { max: number; cap: number },
  signal: AbortSignal,
  pauseFirst = false,
): Promise<T> {
  let lastError: PortalError | null = null;
  let waited = 0;
  for (let tries = 0; ; tries++) {
    if (tries > 0 || pauseFirst) {
      const pause = pollDelay(tries, max);
      if (waited + pause > cap) throw new TimeoutError(lastError);
      await sleep(pause, signal);
      waited += pause;
    }
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      if (!isPortalError(error) || !error.retryable) throw error;
      lastError = error;
    }
  }
}

class TimeoutError extends Error {
  constructor(readonly last: PortalError | null) {
    super("Polar took longer than the kit waits.");
  }
}

/** What is printed on an invoice that a billing edit can change: the name and the address. */
const printedOn = (order: CustomerOrder) => JSON.stringify([order.billing_name ?? null, order.billing_address ?? null]);

// Per QueryClient and order: the billing details the order's invoice is known to print. Set when
// the kit finished a generation, or when it first saw an order with an invoice and no billing
// change of its own since (the invoice is then taken to match, as Polar's own portal regenerates
// after every edit it makes).
const printedBy = new WeakMap<QueryClient, Map<string, string>>();

function printedMap(queryClient: QueryClient): Map<string, string> {
  let map = printedBy.get(queryClient);
  if (!map) printedBy.set(queryClient, (map = new Map()));
  return map;
}

/** The latest billing change this kit made to the order: Polar's answer's `modified_at`. */
function lastBillingChange(queryClient: QueryClient, baseUrl: string, id: string): number {
  let latest = 0;
  for (const mutation of queryClient.getMutationCache().findAll({ mutationKey: orderKeys.update(baseUrl, id), status: "success" })) {
    latest = Math.max(latest, Date.parse((mutation.state.data as CustomerOrder | undefined)?.modified_at ?? "") || 0);
  }
  return latest;
}

/**
 * Which way the order's invoice goes. The rule:
 * 1. The kit knows which billing details the invoice prints (it made the invoice, or saw the
 *    order with one before any edit): `regenerate` when the order's name or address differ from
 *    them now, else `current`. An edit that changed nothing costs no wait.
 * 2. `is_invoice_generated` false: `first`.
 * 3. Otherwise, from the order's `modified_at`: Polar stamps it when an edit is saved and again
 *    when a render replaces the invoice. When the kit's own latest billing edit of this order
 *    (react-query's mutation cache holds Polar's answer to it) is not older than the order's
 *    `modified_at`, no render came after it: `regenerate`. Else `current`.
 * A change made outside this page (another tab, the merchant's server) that no one regenerated is
 * not seen: that invoice downloads as it is, as Polar's own portal would.
 */
export function invoiceCase(queryClient: QueryClient, baseUrl: string, order: CustomerOrder): InvoiceCase {
  // Known first: an order given as a prop may predate the invoice this kit just made.
  const known = printedMap(queryClient).get(JSON.stringify(orderKeys.detail(baseUrl, order.id)));
  if (known !== undefined) return known === printedOn(order) ? "current" : "regenerate";
  if (!order.is_invoice_generated) return "first";
  const changed = lastBillingChange(queryClient, baseUrl, order.id);
  return changed && (Date.parse(order.modified_at ?? "") || 0) <= changed ? "regenerate" : "current";
}

/**
 * Notes what an order's invoice prints the first time the kit sees the order with one, unless a
 * billing edit of its own came after it (rule 3 above then decides). A guess (an edit not yet
 * answered) says nothing about the invoice.
 */
export function notePrinted(queryClient: QueryClient, baseUrl: string, order: CustomerOrder): void {
  const map = printedMap(queryClient);
  const key = JSON.stringify(orderKeys.detail(baseUrl, order.id));
  if (!map.has(key) && !guesses.has(order) && invoiceCase(queryClient, baseUrl, order) === "current" && order.is_invoice_generated) {
    map.set(key, printedOn(order));
  }
}

/** What a failure means for the customer. */
export function stateOfError(error: unknown, order: CustomerOrder): DocumentState {
  if (error instanceof TimeoutError) return { status: "error", error: error.last };
  if (!isPortalError(error)) return { status: "error", error: null };
  if (error.kind === "unauthorized") return { status: "unauthorized", error };
  if (error.status === 409) return { status: "refused", orderStatus: order.status };
  if (error.code === "MissingInvoiceBillingDetails") return { status: "missing_billing_details" };
  if (error.code === "ReceiptNotAllocated") return { status: "unavailable" };
  return { status: "error", error };
}

/**
 * What the order alone says about making its invoice: Polar refuses a draft or void order (409)
 * and one without a billing name and address (422). Known without a request.
 */
export function invoiceRefusal(order: CustomerOrder): DocumentState | undefined {
  if (order.status === "draft" || order.status === "void") return { status: "refused", orderStatus: order.status };
  if (order.billing_name == null || order.billing_address == null) return { status: "missing_billing_details" };
  return undefined;
}

/** An order without a receipt number has no receipt yet (Polar: 404 `ReceiptNotAllocated`). */
export const noReceipt = (order: CustomerOrder): DocumentState | undefined => (order.receipt_number == null ? { status: "unavailable" } : undefined);

const notYet = (error: unknown, code: string) => isPortalError(error) && error.kind === "not_found" && error.code === code;

/**
 * Gets a fresh link to the order's invoice, generating it first when needed (see
 * {@link invoiceCase}), and keeps the cached order in step. Resolves with the link, or with a
 * state when Polar will not make one (a draft or void order, missing billing details: known from
 * the order itself, without a request).
 */
export async function prepareInvoice(queryClient: QueryClient, client: Client, order: CustomerOrder, signal: AbortSignal): Promise<string | DocumentState> {
  const how = invoiceCase(queryClient, client.baseUrl, order);
  if (how === "current") return getInvoiceUrl(client, order.id, { signal });
  const refusal = invoiceRefusal(order);
  if (refusal) return refusal;

  const queryKey = orderKeys.detail(client.baseUrl, order.id);
  const printed = printedOn(order);
  await generateInvoice(client, order.id, { signal });
  let url: string;
  if (how === "first") {
    // GET …/invoice answers 404 InvoiceDoesNotExist until the first render lands, then the link.
    url = await poll(
      () => getInvoiceUrl(client, order.id, { signal }).catch((error: unknown) => (notYet(error, "InvoiceDoesNotExist") ? undefined : Promise.reject(error))),
      INVOICE_POLL,
      signal,
      true,
    );
    queryClient.setQueryData<CustomerOrder>(queryKey, (old) => (old && !guesses.has(old) ? { ...old, is_invoice_generated: true } : old));
  } else {
    // The old PDF stays downloadable until the new one replaces it: wait for the render's stamp.
    const before = order.modified_at;
    const ledger = ledgerFor(queryClient, queryKey);
    await poll(
      async () => {
        const mark = ledger.mark();
        const fresh = await client.getOrder(order.id, { signal });
        if (fresh.modified_at === before) return undefined;
        // The order just read is the cache's news too: no second request for it.
        queryClient.setQueryData(queryKey, ledger.read(fresh, mark));
        return fresh;
      },
      INVOICE_POLL,
      signal,
      true,
    );
    url = await getInvoiceUrl(client, order.id, { signal });
  }
  printedMap(queryClient).set(JSON.stringify(queryKey), printed);
  return url;
}

/**
 * Gets a fresh link to the order's receipt, asking again while Polar renders it (202, no
 * Retry-After). An order without a receipt number has none: `unavailable`, without a request.
 */
export async function prepareReceipt(client: Pick<PortalClient, "request">, order: CustomerOrder, signal: AbortSignal): Promise<string | DocumentState> {
  const absent = noReceipt(order);
  if (absent) return absent;
  return poll(async () => {
    const answer = await getReceiptUrl(client, order.id, { signal });
    return answer === "rendering" ? undefined : answer;
  }, RECEIPT_POLL, signal);
}
