import type { QueryClient } from "@tanstack/react-query";
import { ledgerIn, OptimisticLedger } from "../../../core/query/optimistic.js";
import type { OrderBillingUpdate } from "../schema/billing.js";
import { applyBillingUpdate } from "../schema/normalize.js";
import type { CustomerOrder } from "../schema/order.js";

export { guesses, hasPendingUpdates } from "../../../core/query/optimistic.js";

/** One order's billing updates: the core's ledger with Polar's rules for what a PATCH stores. */
export class UpdateLedger extends OptimisticLedger<CustomerOrder, OrderBillingUpdate> {
  constructor() {
    super(applyBillingUpdate);
  }
}

/** The ledger of the order under `queryKey` (its detail key) in `queryClient`. */
export function ledgerFor(queryClient: QueryClient, queryKey: readonly unknown[]): UpdateLedger {
  return ledgerIn(queryClient, queryKey, () => new UpdateLedger());
}
