import type { QueryClient } from "@tanstack/react-query";
import { ledgerIn, OptimisticLedger } from "../../../core/query/optimistic.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { applySubscriptionUpdate, type SubscriptionUpdate } from "../schema/update.js";

/** One subscription's updates: the core's ledger with what Polar stores for a cancel, an uncancel, a clear. */
export class SubscriptionLedger extends OptimisticLedger<CustomerSubscription, SubscriptionUpdate> {
  constructor() {
    super((subscription, update) => applySubscriptionUpdate(subscription, update));
  }
}

/** The ledger of the subscription under `queryKey` (its detail key) in `queryClient`. */
export function subscriptionLedgerFor(queryClient: QueryClient, queryKey: readonly unknown[]): SubscriptionLedger {
  return ledgerIn(queryClient, queryKey, () => new SubscriptionLedger());
}
