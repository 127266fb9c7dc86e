import { useIsMutating, useMutation, useQueryClient, type UseMutationResult } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { subscriptionRefusal, type SubscriptionRefusal } from "../api/refusal.js";
import { updateSubscription } from "../api/subscription.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import type { SubscriptionUpdate } from "../schema/update.js";
import { syncEmbeddedCopies } from "./embedded.js";
import { subscriptionKeys } from "./keys.js";
import { subscriptionLedgerFor } from "./ledger.js";

export interface SubscriptionUpdateContext {
  seq: number;
}

export type UseUpdateSubscriptionResult = UseMutationResult<CustomerSubscription, PortalError, SubscriptionUpdate, SubscriptionUpdateContext> & {
  /** What Polar refused of the last update, as a state the UI can act on (null: none, or not a refusal). */
  refusal: SubscriptionRefusal | null;
};

/** Changes that may bill at once, so an order may exist that no cache holds yet. */
const BILLING: ReadonlySet<SubscriptionUpdate["action"]> = new Set(["change_plan", "change_seats", "resume"]);

/**
 * Changes a subscription (`SubscriptionUpdate`: cancel with a reason and comment, uncancel, change
 * plan or seats, clear a pending change, pause, unschedule a pause, resume).
 *
 * A cancel, an uncancel, clearing a pending change and unscheduling a pause show at once
 * (optimistic, by what Polar stores for them) and roll back to Polar's last word if refused; a
 * plan or seat change, a pause and a resume depend on Polar's billing and show its answer. Changes
 * of one subscription reach Polar one at a time, in the order they were made.
 *
 * When Polar answers, the subscription's entry holds the answer; the lists and its charge and
 * change previews are read again; the cached orders embedding it are updated (or read again after
 * a change that may have billed). A refusal (`refusal`) rolls back to Polar's last word and reads
 * the subscription again: it usually means the page was behind Polar (canceled elsewhere, ended).
 */
export function useUpdateSubscription(id: string): UseUpdateSubscriptionResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const { baseUrl } = client;
  const queryKey = subscriptionKeys.detail(baseUrl, id);
  const ledger = subscriptionLedgerFor(queryClient, queryKey);
  const thisOne = { queryKey, exact: true };
  const show = (subscription: CustomerSubscription | undefined) => {
    if (subscription) queryClient.setQueryData(queryKey, subscription);
  };
  // A read in flight computed what to show before this answer: cancel it, show the ledger's word,
  // and read again.
  const settle = (subscription: CustomerSubscription | undefined, refetch = false) => {
    const reading = queryClient.isFetching(thisOne) > 0;
    if (reading) void queryClient.cancelQueries(thisOne);
    show(subscription);
    if (reading || refetch) void queryClient.invalidateQueries(thisOne);
  };
  const refreshAround = () => {
    void queryClient.invalidateQueries({ queryKey: subscriptionKeys.lists(baseUrl) });
    void queryClient.invalidateQueries({ queryKey: subscriptionKeys.chargePreview(baseUrl, id) });
    void queryClient.invalidateQueries({ queryKey: [...subscriptionKeys.server(baseUrl), "change-preview", id] });
  };

  const mutation = useMutation<CustomerSubscription, PortalError, SubscriptionUpdate, SubscriptionUpdateContext>({
    mutationKey: subscriptionKeys.update(baseUrl, id),
    scope: { id: subscriptionKeys.updateScope(baseUrl, id) },
    mutationFn: (update) => updateSubscription(client, id, update),
    retry: false,
    onMutate: (update) => {
      // Every update goes through the ledger, so Polar's answers stay its last word under the
      // optimistic ones; only those whose outcome is certain change what is shown here.
      void queryClient.cancelQueries(thisOne);
      const { seq, show: guess } = ledger.begin(update, queryClient.getQueryData<CustomerSubscription>(queryKey));
      show(guess);
      return { seq };
    },
    onSuccess: (subscription, update, context) => {
      settle(ledger.succeed(context.seq, subscription));
      refreshAround();
      syncEmbeddedCopies(queryClient, baseUrl, subscription, BILLING.has(update.action));
    },
    onError: (_error, _update, context) => {
      if (!context) return;
      // Back to Polar's last word, then read again: a refusal usually means the page was behind
      // Polar (canceled in another tab, no pending change left, ended), and a failure on the way
      // may still have reached it.
      settle(ledger.fail(context.seq), true);
      refreshAround();
    },
  });
  const refusal = useMemo(() => subscriptionRefusal(mutation.error), [mutation.error]);
  return { ...mutation, refusal };
}

/** Whether a change of subscription `id` is in flight (or waiting for the one before it). */
export function useSubscriptionSaving(id: string): boolean {
  const { client } = usePortalContext();
  return useIsMutating({ mutationKey: subscriptionKeys.update(client.baseUrl, id) }) > 0;
}
