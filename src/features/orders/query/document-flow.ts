// How an invoice or a receipt becomes a download, free of React so its timing can be tested over
// plain promises and fake timers. The hooks in use-order-documents.ts only hold the state.
import type { QueryClient } from "@tanstack/react-query";
import { generateInvoice, getInvoiceUrl, getReceiptUrl } from "../api/documents.js";
import { isPortalError, PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { orderKeys } from "./keys.js";
import { isGuess, readOrderInStep } from "./read-order.js";
import { portalStore } from "../../../core/query/store.js";
import { joinSaveLine, type SaveClient } from "./save-line.js";
import { getOrder } from "../api/order.js";

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

type Client = SaveClient;

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
 * any other ends the wait. After a 429 the next try waits at least its `Retry-After`. Past the
 * cap: the last such failure, or null.
 */
async function poll<T>(
  attempt: () => Promise<T | undefined>,
  { max, cap }: { max: number; cap: number },
  signal: AbortSignal,
  pauseFirst = false,
): Promise<T> {
  let lastError: PortalError | null = null;
  // The Retry-After of a 429 to the last try, in ms.
  let holdFor = 0;
  let waited = 0;
  for (let tries = 0; ; tries++) {
    if (tries > 0 || pauseFirst) {
      // After a 429, Polar said when to come back: never sooner (past the cap, stop with it).
      const pause = Math.max(pollDelay(tries, max), holdFor);
      if (waited + pause > cap) throw new TimeoutError(lastError);
      await sleep(pause, signal);
      waited += pause;
    }
    try {
      const value = await attempt();
      holdFor = 0;
      if (value !== undefined) return value;
    } catch (error) {
      if (!isPortalError(error) || !error.retryable) throw error;
      lastError = error;
      holdFor = error.kind === "rate_limited" ? (error.retryAfter ?? 0) * 1000 : 0;
    }
  }
}

class TimeoutError extends Error {
  constructor(readonly last: PortalError | null) {
    super("Polar took longer than the kit waits.");
  }
}

/**
 * What is printed on an invoice that a billing edit can change and the customer's order shows:
 * the name and the address. (Polar's checksum also covers the tax id and the customer's locale,
 * which a customer's order does not carry.)
 */
const printedOn = (order: CustomerOrder) => JSON.stringify([order.billing_name ?? null, order.billing_address ?? null]);

/**
 * What the kit knows of one order's paperwork on Polar's side (per QueryClient and order).
 *
 * The rule: Polar renders an invoice from the order as it is when the render runs, and skips the
 * render when what it would print is what the stored invoice prints. A render writes the order
 * (its `modified_at` moves), but so does every other write, a receipt render among them: the
 * stamp only says "a write came after this one". So the kit keeps its own work on an order in
 * one line (a billing save, an invoice, a receipt: one at a time), asks for a render right after
 * every save that changed what the invoice prints (as Polar's own portal does after every billing
 * edit, so the stored invoice is right after a reload too), and takes the first write after that
 * save as the render: with nothing else of the kit's in flight, nothing else wrote.
 */
interface Paperwork {
  /** What the stored invoice prints, when known (undefined: no invoice known of). */
  printed?: string;
  /** The save's `modified_at` after which a render was asked for and not yet seen landing. */
  pending?: string;
  /** A receipt render the kit caused wrote the order after the cached `modified_at`. */
  stampBehind: boolean;
  /** Billing saves waiting for their turn: an invoice wait gives way to them. */
  savesWaiting: number;
  /** The end of the line of the kit's work on this order. */
  tail: Promise<void>;
}

/** The order's paperwork, kept in the QueryClient's portal store (dropped with the customer). */
function paperworkOf(queryClient: QueryClient, baseUrl: string, id: string): Paperwork {
  const store = portalStore(queryClient);
  const key = `paperwork:${JSON.stringify(orderKeys.detail(baseUrl, id))}`;
  let paperwork = store.get(key) as Paperwork | undefined;
  if (!paperwork) store.set(key, (paperwork = { stampBehind: false, savesWaiting: 0, tail: Promise.resolve() }));
  return paperwork;
}

/** Runs `work` when the kit's earlier work on the order is done (a cancelled turn asks nothing). */
async function inTurn<T>(paperwork: Paperwork, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  const before = paperwork.tail;
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  paperwork.tail = before.then(() => mine);
  try {
    if (signal) {
      await new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(aborted());
        signal.addEventListener("abort", () => reject(aborted()), { once: true });
        void before.then(resolve);
      });
    } else {
      await before;
    }
    return await work();
  } finally {
    done();
  }
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
 * Notes what an order's invoice prints the first time the kit sees the order with one (the
 * invoice is then taken to match the order, as Polar's own portal takes it), unless a billing
 * save of the kit's came before: that save asked for a render the kit then follows. A guess (an
 * edit not yet answered) says nothing about the invoice.
 */
export function notePrinted(queryClient: QueryClient, baseUrl: string, order: CustomerOrder | undefined): void {
  if (!order || isGuess(order) || !order.is_invoice_generated) return;
  const paperwork = paperworkOf(queryClient, baseUrl, order.id);
  if (paperwork.printed === undefined && paperwork.pending === undefined && !lastBillingChange(queryClient, baseUrl, order.id)) {
    paperwork.printed = printedOn(order);
  }
}

const after = (a: string | null | undefined, b: string | null | undefined) => (Date.parse(a ?? "") || 0) > (Date.parse(b ?? "") || 0);

/** The order as the kit last heard it from Polar (not a guess), else `fallback`. */
function confirmed(queryClient: QueryClient, queryKey: readonly unknown[], fallback: CustomerOrder): CustomerOrder {
  const cached = queryClient.getQueryData<CustomerOrder>(queryKey);
  return cached && !isGuess(cached) ? cached : fallback;
}

/** Reads the order from Polar; the answer is the cache's news too (a read it makes no second time). */
async function readOrder(queryClient: QueryClient, client: Client, id: string, signal: AbortSignal): Promise<CustomerOrder> {
  const queryKey = orderKeys.detail(client.baseUrl, id);
  const { fresh, shown } = await readOrderInStep(queryClient, queryKey, () => getOrder(client, id, { signal }));
  queryClient.setQueryData(queryKey, shown);
  return fresh;
}

/**
 * Waits for the render asked for after the write stamped `paperwork.pending`: the first later
 * write is it (the kit's own work is in line, so nothing of its own wrote meanwhile). The render
 * printed the order as it was then: that is what the stored invoice prints now.
 */
async function settleRender(queryClient: QueryClient, client: Client, id: string, paperwork: Paperwork, signal: AbortSignal, justAsked = false) {
  const since = paperwork.pending;
  if (since === undefined) return;
  const rendered = await poll(
    async () => {
      const fresh = await readOrder(queryClient, client, id, signal);
      return after(fresh.modified_at, since) ? fresh : undefined;
    },
    INVOICE_POLL,
    signal,
    justAsked,
  );
  paperwork.printed = printedOn(rendered);
  paperwork.pending = undefined;
  paperwork.stampBehind = false;
}

const never = new AbortController().signal;

/**
 * A billing save of order `id`, in the line of the kit's work on it: after any render still
 * landing (so what the stored invoice prints is known), `write()` (Polar's PATCH or the
 * merchant's save), then, when the saved order has an invoice that no longer prints it, a request
 * for a new render (`POST …/invoice`, 202 at once; its landing is awaited by the next work on the
 * order, not by the save). A failed render request leaves the old invoice known as it is: the
 * next download asks again.
 */
export async function saveInLine(queryClient: QueryClient, client: Client, id: string, write: () => Promise<CustomerOrder>): Promise<CustomerOrder> {
  const paperwork = paperworkOf(queryClient, client.baseUrl, id);
  paperwork.savesWaiting += 1;
  return inTurn(paperwork, undefined, async () => {
    paperwork.savesWaiting -= 1;
    try {
      await settleRender(queryClient, client, id, paperwork, never);
    } catch {
      // Polar did not show the render within the wait: what the invoice prints is unknown.
      paperwork.printed = paperwork.pending = undefined;
    }
    const saved = await write();
    if (saved.is_invoice_generated && paperwork.printed !== undefined && paperwork.printed !== printedOn(saved) && !invoiceRefusal(saved)) {
      try {
        await generateInvoice(client, id);
        paperwork.pending = saved.modified_at ?? undefined;
      } catch {
        // The next download sees the invoice still prints the old details and asks again.
      }
    }
    return saved;
  });
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

// Loaded with the invoice and receipt actions: from then on, billing saves join the line.
joinSaveLine({ note: notePrinted, save: saveInLine });

/** Returned by one turn of an invoice download that gave way to a billing save. */
const GAVE_WAY = Symbol("gave way");

/**
 * Gets a fresh link to the order's invoice, after any render the kit asked for has landed and
 * asking for one when the stored invoice does not print what Polar stores (see
 * {@link Paperwork}), and keeps the cached order in step. Resolves with the link, or with a state
 * when Polar will not make one (a draft or void order, missing billing details: known from the
 * order itself, without a request). A billing save made while it waits goes first: the download
 * then prints it.
 */
export async function prepareInvoice(queryClient: QueryClient, client: Client, order: CustomerOrder, signal: AbortSignal): Promise<string | DocumentState> {
  const paperwork = paperworkOf(queryClient, client.baseUrl, order.id);
  for (;;) {
    const result = await inTurn(paperwork, signal, () => invoiceTurn(queryClient, client, order, paperwork, signal));
    if (result !== GAVE_WAY) return result;
  }
}

async function invoiceTurn(
  queryClient: QueryClient,
  client: Client,
  given: CustomerOrder,
  paperwork: Paperwork,
  signal: AbortSignal,
): Promise<string | DocumentState | typeof GAVE_WAY> {
  const queryKey = orderKeys.detail(client.baseUrl, given.id);
  await settleRender(queryClient, client, given.id, paperwork, signal);
  if (paperwork.savesWaiting > 0) return GAVE_WAY;
  let order = confirmed(queryClient, queryKey, given);
  notePrinted(queryClient, client.baseUrl, order);
  if (paperwork.printed === printedOn(order)) return getInvoiceUrl(client, order.id, { signal });

  // No invoice known of: the first render, seen by GET …/invoice. Else a render over the old one.
  const first = paperwork.printed === undefined && !order.is_invoice_generated;
  if (!first && paperwork.stampBehind) {
    // A receipt render wrote the order after the cached stamp: start from Polar's.
    order = await readOrder(queryClient, client, order.id, signal);
    paperwork.stampBehind = false;
    if (paperwork.printed === printedOn(order)) return getInvoiceUrl(client, order.id, { signal });
  }
  const refusal = invoiceRefusal(order);
  if (refusal) return refusal;

  await generateInvoice(client, order.id, { signal });
  if (first) {
    // The first render: GET …/invoice answers 404 InvoiceDoesNotExist until it lands, then the link.
    const url = await poll(
      () => getInvoiceUrl(client, order.id, { signal }).catch((error: unknown) => (notYet(error, "InvoiceDoesNotExist") ? undefined : Promise.reject(error))),
      INVOICE_POLL,
      signal,
      true,
    );
    queryClient.setQueryData<CustomerOrder>(queryKey, (old) => (old && !isGuess(old) ? { ...old, is_invoice_generated: true } : old));
    paperwork.printed = printedOn(order);
    if (paperwork.savesWaiting > 0) return GAVE_WAY;
    return url;
  }
  // The old PDF stays downloadable until the new one replaces it: wait for the render's write.
  paperwork.pending = order.modified_at ?? undefined;
  await settleRender(queryClient, client, order.id, paperwork, signal, true);
  if (paperwork.savesWaiting > 0) return GAVE_WAY;
  return getInvoiceUrl(client, order.id, { signal });
}

/**
 * Gets a fresh link to the order's receipt, asking again while Polar renders it (202, no
 * Retry-After), in the line of the kit's work on the order: a receipt render writes the order,
 * and must not pass for an invoice's. An order without a receipt number has none:
 * `unavailable`, without a request.
 */
export async function prepareReceipt(queryClient: QueryClient, client: Client, order: CustomerOrder, signal: AbortSignal): Promise<string | DocumentState> {
  const absent = noReceipt(order);
  if (absent) return absent;
  const paperwork = paperworkOf(queryClient, client.baseUrl, order.id);
  return inTurn(paperwork, signal, async () => {
    await settleRender(queryClient, client, order.id, paperwork, signal);
    return poll(async () => {
      const answer = await getReceiptUrl(client, order.id, { signal });
      if (answer !== "rendering") return answer;
      paperwork.stampBehind = true;
      return undefined;
    }, RECEIPT_POLL, signal);
  });
}
