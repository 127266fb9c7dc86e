import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CustomerOrder } from "../schema/order.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { prepareInvoice, prepareReceipt } from "./document-flow.js";
import { invoiceRefusal, noReceipt, stateOfError, type DocumentState } from "./document-state.js";
import { notePrinted } from "./paperwork.js";
import { saveDocument } from "./save-document.js";
import { useOrder } from "./use-order.js";

export type { DocumentState } from "./document-state.js";

export interface OrderDocument {
  /** What to show: see {@link DocumentState}. */
  state: DocumentState;
  /** The order the action works on (the cached one when there is one), undefined while it loads. */
  order: CustomerOrder | undefined;
  /**
   * Gets a fresh link (generating or waiting for the file first when needed) and starts the
   * download without leaving the page. Ignored while one is being prepared.
   */
  download(): void;
  /** Stops waiting: no request is made after it; the state goes back to `idle`. */
  cancel(): void;
}

const IDLE: DocumentState = { status: "idle" };

/** The order as the cache holds it (fresher after a regeneration), else the one given. */
function useCurrentOrder(source: CustomerOrder | string): CustomerOrder | undefined {
  const given = typeof source === "string" ? undefined : source;
  // With an order given, only listen to the cache (enabled: false asks Polar nothing).
  return useOrder(given?.id ?? (source as string), { enabled: !given }).data ?? given;
}

/**
 * The action's state and its two moves. `known` is what the order alone already says (no invoice
 * for a draft, no receipt without a number): shown instead of `idle`, with no request.
 */
function useDocument(
  order: CustomerOrder | undefined,
  prepare: (order: CustomerOrder, signal: AbortSignal) => Promise<string | DocumentState>,
  known: (order: CustomerOrder) => DocumentState | undefined,
): OrderDocument {
  const [state, setState] = useState<DocumentState>(IDLE);
  const running = useRef<AbortController | null>(null);
  // Unmounting stops the wait: no request goes out after it.
  useEffect(() => () => running.current?.abort(), []);

  const download = useCallback(() => {
    if (!order || running.current) return;
    const controller = (running.current = new AbortController());
    setState({ status: "preparing" });
    prepare(order, controller.signal)
      .then(async (result) => {
        if (controller.signal.aborted) return;
        if (typeof result === "string") await saveDocument(result, controller.signal);
        if (!controller.signal.aborted) setState(typeof result === "string" ? { status: "ready" } : result);
      })
      .catch((error: unknown) => controller.signal.aborted || setState(stateOfError(error, order)))
      .finally(() => {
        if (running.current === controller) running.current = null;
      });
  }, [order, prepare]);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState(IDLE);
  }, []);

  return { state: (state.status === "idle" && order && known(order)) || state, order, download, cancel };
}

/** An order that has no invoice yet and cannot get one as it is (one that has an invoice downloads it). */
const noInvoice = (order: CustomerOrder): DocumentState | undefined => (order.is_invoice_generated ? undefined : invoiceRefusal(order));

/**
 * The order's invoice as an action: `download()` generates it when needed, waits for Polar's
 * render by polling (with backoff and a cap, never a fixed wait), and starts the download of a
 * fresh link. Takes the order or its id (then fetched through `useOrder`).
 *
 * When the stored invoice prints what the order holds, it downloads at once (one request). A
 * billing save here asks Polar for a new render when it changed what the invoice prints; the
 * download waits for that render to land (the first write of the order after the save, read from
 * `GET` of the order, which also updates the cache). The kit's own work on one order (saves,
 * invoice, receipt) runs one at a time, so a receipt render's write never passes for the
 * invoice's. A 401 ends the wait and reaches the provider's `onUnauthorized`.
 */
export function useOrderInvoice(order: CustomerOrder | string): OrderDocument {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const current = useCurrentOrder(order);
  useEffect(() => {
    if (current) notePrinted(queryClient, client.baseUrl, current);
  }, [queryClient, client.baseUrl, current]);
  const prepare = useCallback(
    (shown: CustomerOrder, signal: AbortSignal) => prepareInvoice(queryClient, client, shown, signal),
    [queryClient, client],
  );
  return useDocument(current, prepare, noInvoice);
}

/**
 * The order's receipt as an action: `download()` asks Polar for it, asks again with backoff while
 * Polar renders it (202), and starts the download of a fresh link. An order without a receipt
 * number has none yet: `unavailable`, without a request.
 */
export function useOrderReceipt(order: CustomerOrder | string): OrderDocument {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const prepare = useCallback(
    (shown: CustomerOrder, signal: AbortSignal) => prepareReceipt(queryClient, client, shown, signal),
    [queryClient, client],
  );
  return useDocument(useCurrentOrder(order), prepare, noReceipt);
}
