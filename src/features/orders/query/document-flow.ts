// How an invoice or a receipt becomes a download, free of React so its timing can be tested over
// plain promises and fake timers. The hooks in use-order-documents.ts only hold the state; the
// line of the kit's work on an order is paperwork.ts, the waits poll.ts, the states document-state.ts.
import type { QueryClient } from "@tanstack/react-query";
import { generateInvoice, getInvoiceUrl, getReceiptUrl } from "../api/documents.js";
import { isPortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { invoiceRefusal, noReceipt, type DocumentState } from "./document-state.js";
import { orderKeys } from "./keys.js";
import { confirmed, inTurn, notePrinted, paperworkOf, printedOn, readOrder, saveInLine, settleRender, type Paperwork } from "./paperwork.js";
import { INVOICE_POLL, poll, RECEIPT_POLL } from "./poll.js";
import { isGuess } from "./read-order.js";
import { joinSaveLine, type SaveClient } from "./save-line.js";

type Client = SaveClient;

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
