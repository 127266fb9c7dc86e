import { useMutation, useQueryClient, type QueryClient, type UseMutationResult } from "@tanstack/react-query";
import type { PortalError } from "../client/errors";
import type { OrderBillingUpdate } from "../schema/billing";
import { applyBillingUpdate } from "../schema/normalize";
import type { CustomerOrder } from "../schema/order";
import { usePortalContext } from "../provider/context";
import { orderKeys } from "./keys";

/**
 * Bookkeeping for the updates of one order in one QueryClient, so that answers arriving out of
 * order cannot undo a later update, and a failure rolls back to what the server last said while
 * keeping the guesses of the updates still in flight.
 */
interface UpdateLedger {
  issued: number;
  /** Updates in flight by sequence number (a Map keeps them in the order they were made). */
  pending: Map<number, OrderBillingUpdate>;
  /** The newest order the server has confirmed, and the update that produced it. */
  confirmed: CustomerOrder | undefined;
  confirmedSeq: number;
}

const ledgers = new WeakMap<QueryClient, Map<string, UpdateLedger>>();

function ledgerFor(queryClient: QueryClient, key: string): UpdateLedger {
  let byKey = ledgers.get(queryClient);
  if (!byKey) ledgers.set(queryClient, (byKey = new Map()));
  let ledger = byKey.get(key);
  if (!ledger) byKey.set(key, (ledger = { issued: 0, pending: new Map(), confirmed: undefined, confirmedSeq: 0 }));
  return ledger;
}

/** The server's last word with every later update still in flight applied on top. */
function expected(ledger: UpdateLedger): CustomerOrder | undefined {
  let order = ledger.confirmed;
  if (!order) return undefined;
  for (const [seq, update] of ledger.pending) if (seq > ledger.confirmedSeq) order = applyBillingUpdate(order, update);
  return order;
}

/**
 * A read that lands while updates are still in flight (a refetch on focus, say) would otherwise
 * wipe their guesses off the screen until the updates answer: show it with them on top.
 */
export function withUpdatesInFlight(queryClient: QueryClient, queryKey: readonly unknown[], order: CustomerOrder): CustomerOrder {
  const ledger = ledgers.get(queryClient)?.get(JSON.stringify(queryKey));
  if (!ledger || ledger.pending.size === 0) return order;
  // It is also newer server truth than the snapshot taken before the updates: a failed update
  // rolls back to it, not past it.
  ledger.confirmed = order;
  let shown = order;
  for (const update of ledger.pending.values()) shown = applyBillingUpdate(shown, update);
  return shown;
}

export interface UpdateContext {
  seq: number;
}

export type UseUpdateOrderBillingResult = UseMutationResult<CustomerOrder, PortalError, OrderBillingUpdate, UpdateContext>;

/**
 * Changes the billing name and address of an order. The cached order shows the change at once
 * (optimistic); Polar's answer replaces it, and a refusal or failure puts back the server's last
 * known order. The error (with field errors for a 422) is returned to the caller.
 *
 * `save` replaces Polar's PATCH (a merchant's own endpoint, say) with the same optimistic update,
 * rollback and cache write: it resolves with the updated order, or rejects (a `PortalError`
 * carries field errors).
 */
export function useUpdateOrderBilling(id: string, save?: (update: OrderBillingUpdate) => Promise<CustomerOrder>): UseUpdateOrderBillingResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const queryKey = orderKeys.detail(client.baseUrl, id);
  const ledger = ledgerFor(queryClient, JSON.stringify(queryKey));
  // Without a cached order there is nothing to guess from; the answer alone fills the cache.
  const show = (order: CustomerOrder | undefined) => {
    if (order) queryClient.setQueryData(queryKey, order);
  };

  return useMutation<CustomerOrder, PortalError, OrderBillingUpdate, UpdateContext>({
    mutationKey: orderKeys.update(client.baseUrl, id),
    mutationFn: (update) => (save ? save(update) : client.updateOrder(id, update)),
    retry: false,
    onMutate: (update) => {
      const seq = ++ledger.issued;
      if (ledger.pending.size === 0) {
        // No update in flight: what the cache holds now is the server's truth.
        ledger.confirmed = queryClient.getQueryData<CustomerOrder>(queryKey);
        ledger.confirmedSeq = seq - 1;
      }
      ledger.pending.set(seq, update);
      try {
        // A read in flight would land after the guess and overwrite it. Cancelling reverts the
        // read synchronously (react-query 5.86+), so the guess can be written at once, without
        // awaiting: mutate() returns with the cache already showing it, in the same render as
        // the submit.
        void queryClient.cancelQueries({ queryKey, exact: true });
        show(expected(ledger));
      } catch (error) {
        // onError gets no context when onMutate throws: forget the update here, or a malformed
        // one would stay "in flight" and break every later guess.
        ledger.pending.delete(seq);
        throw error;
      }
      return { seq };
    },
    onSuccess: (order, _update, context) => {
      ledger.pending.delete(context.seq);
      if (context.seq < ledger.confirmedSeq) return; // older than an answer already applied
      ledger.confirmed = order;
      ledger.confirmedSeq = context.seq;
      show(expected(ledger));
    },
    onError: (_error, _update, context) => {
      if (!context) return;
      ledger.pending.delete(context.seq);
      show(expected(ledger));
    },
  });
}
