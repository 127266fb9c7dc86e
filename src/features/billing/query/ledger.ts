import type { QueryClient } from "@tanstack/react-query";
import { ledgerIn, OptimisticLedger } from "../../../core/query/optimistic.js";
import type { CustomerPatch, PortalCustomer } from "../schema/customer.js";

/**
 * The customer's PATCHes: the core's ledger, where only a new default shows before Polar answers
 * (its outcome is near-certain); billing details wait for Polar, which validates tax IDs, so
 * their "guess" is the customer unchanged and Polar's answer alone fills the cache.
 */
export class CustomerLedger extends OptimisticLedger<PortalCustomer, CustomerPatch> {
  constructor() {
    super((customer, patch) =>
      patch.default_payment_method_id === undefined || patch.default_payment_method_id === customer.default_payment_method_id
        ? customer
        : { ...customer, default_payment_method_id: patch.default_payment_method_id },
    );
  }
}

/** The ledger of the customer under `queryKey` in `queryClient`. */
export function customerLedgerFor(queryClient: QueryClient, queryKey: readonly unknown[]): CustomerLedger {
  return ledgerIn(queryClient, queryKey, () => new CustomerLedger());
}
