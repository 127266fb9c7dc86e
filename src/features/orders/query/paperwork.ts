// The line of the kit's work on one order (a billing save, an invoice, a receipt: one at a time),
// and what it knows of the order's invoice on Polar's side. Free of React, as document-flow.ts.
import type { QueryClient } from "@tanstack/react-query";
import { generateInvoice } from "../api/documents.js";
import { getOrder } from "../api/order.js";
import { portalStore } from "../../../core/query/store.js";
import type { CustomerOrder } from "../schema/order.js";
import { invoiceRefusal } from "./document-state.js";
import { orderKeys } from "./keys.js";
import { aborted, INVOICE_POLL, poll } from "./poll.js";
import { isGuess, readOrderInStep } from "./read-order.js";
import type { SaveClient } from "./save-line.js";

type Client = SaveClient;

/**
 * What is printed on an invoice that a billing edit can change and the customer's order shows:
 * the name and the address. (Polar's checksum also covers the tax id and the customer's locale,
 * which a customer's order does not carry.)
 */
export const printedOn = (order: CustomerOrder) => JSON.stringify([order.billing_name ?? null, order.billing_address ?? null]);

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
export interface Paperwork {
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
export function paperworkOf(queryClient: QueryClient, baseUrl: string, id: string): Paperwork {
  const store = portalStore(queryClient);
  const key = `paperwork:${JSON.stringify(orderKeys.detail(baseUrl, id))}`;
  let paperwork = store.get(key) as Paperwork | undefined;
  if (!paperwork) store.set(key, (paperwork = { stampBehind: false, savesWaiting: 0, tail: Promise.resolve() }));
  return paperwork;
}

/** Runs `work` when the kit's earlier work on the order is done (a cancelled turn asks nothing). */
export async function inTurn<T>(paperwork: Paperwork, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
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
export function confirmed(queryClient: QueryClient, queryKey: readonly unknown[], fallback: CustomerOrder): CustomerOrder {
  const cached = queryClient.getQueryData<CustomerOrder>(queryKey);
  return cached && !isGuess(cached) ? cached : fallback;
}

/** Reads the order from Polar; the answer is the cache's news too (a read it makes no second time). */
export async function readOrder(queryClient: QueryClient, client: Client, id: string, signal: AbortSignal): Promise<CustomerOrder> {
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
export async function settleRender(queryClient: QueryClient, client: Client, id: string, paperwork: Paperwork, signal: AbortSignal, justAsked = false) {
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
