import { useMutation, useQueryClient, type UseMutationResult } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import type { OrderBillingUpdate } from "../schema/billing.js";
import type { CustomerOrder } from "../schema/order.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { orderKeys } from "./keys.js";
import { ledgerFor } from "./ledger.js";
import { noteBeforeSave, saveThroughLine } from "./save-line.js";
import { updateOrder } from "../api/order.js";

export interface UpdateContext {
  seq: number;
}

export type UseUpdateOrderBillingResult = UseMutationResult<CustomerOrder, PortalError, OrderBillingUpdate, UpdateContext>;

/** The detail key and ledger of order `id` for the provider's client. */
function useOrderLedger(id: string) {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const queryKey = orderKeys.detail(client.baseUrl, id);
  return { client, queryClient, queryKey, ledger: ledgerFor(queryClient, queryKey) };
}

/**
 * Changes the billing name and address of an order. The cached order shows the change at once
 * (optimistic); Polar's answer replaces it, and a refusal or failure puts back the server's last
 * known order. The error (with field errors for a 422) is returned to the caller.
 *
 * Updates of one order go to Polar one at a time, in the order they were made, so the cache ends
 * where Polar ends; updates of different orders run side by side.
 *
 * `save` replaces Polar's PATCH (a merchant's own endpoint, say) with the same optimistic update,
 * rollback and cache write: it resolves with the updated order, or rejects (a `PortalError`
 * carries field errors).
 */
export function useUpdateOrderBilling(id: string, save?: (update: OrderBillingUpdate) => Promise<CustomerOrder>): UseUpdateOrderBillingResult {
  const { client, queryClient, queryKey, ledger } = useOrderLedger(id);
  // Without a cached order there is nothing to guess from; the answer alone fills the cache.
  const show = (order: CustomerOrder | undefined) => {
    if (order) queryClient.setQueryData(queryKey, order);
  };
  // A read in flight computed what to show before this answer: it would land after it and put
  // back a stale view. Cancel it, show the ledger's word, and read again.
  const thisOrder = { queryKey, exact: true };
  const settle = (order: CustomerOrder | undefined, refetch = false) => {
    const reading = queryClient.isFetching(thisOrder) > 0;
    if (reading) void queryClient.cancelQueries(thisOrder);
    show(order);
    if (reading || refetch) void queryClient.invalidateQueries(thisOrder);
  };

  return useMutation<CustomerOrder, PortalError, OrderBillingUpdate, UpdateContext>({
    mutationKey: orderKeys.update(client.baseUrl, id),
    scope: { id: orderKeys.updateScope(client.baseUrl, id) },
    // In line with the order's invoice and receipt work, when the page has them: a render the save
    // asks for must be told apart from other writes (see query/document-flow.ts).
    mutationFn: (update) => saveThroughLine(queryClient, client, id, () => (save ? save(update) : updateOrder(client, id, update))),
    retry: false,
    onMutate: (update) => {
      // A read in flight would land after the guess and overwrite it. Cancelling reverts the
      // read synchronously (react-query 5.86+), so the guess can be written at once, without
      // awaiting: mutate() returns with the cache already showing it, in the same render as
      // the submit.
      void queryClient.cancelQueries(thisOrder);
      // What the invoice prints, noted before the first edit shows on the cached order.
      noteBeforeSave(queryClient, client.baseUrl, queryClient.getQueryData<CustomerOrder>(queryKey));
      const { seq, show: guess } = ledger.begin(update, queryClient.getQueryData<CustomerOrder>(queryKey));
      show(guess);
      return { seq };
    },
    onSuccess: (order, _update, context) => settle(ledger.succeed(context.seq, order)),
    onError: (error, _update, context) => {
      // A write that failed on the way (network, 5xx) may still have reached Polar: ask again
      // rather than trust the rollback. A refusal (4xx) changed nothing there.
      if (context) settle(ledger.fail(context.seq), error.retryable);
    },
  });
}

/**
 * What Polar last confirmed for an order on screen, which may be an optimistic guess: decisions
 * that depend on the stored order (a first address locks country and state) must not follow a
 * guess that Polar may still refuse.
 */
export function useConfirmedOrder(shown: CustomerOrder): CustomerOrder {
  const { ledger } = useOrderLedger(shown.id);
  const subscribe = useCallback((listener: () => void) => ledger.subscribe(listener), [ledger]);
  const snapshot = () => ledger.serverOrder(shown);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
