import type { QueryClient } from "@tanstack/react-query";
import { guesses, ledgerIn, OptimisticLedger } from "../../../core/query/optimistic.js";
import type { OrderBillingUpdate } from "../schema/billing.js";
import { applyBillingUpdate } from "../../../core/address/normalize.js";
import type { CustomerOrder } from "../schema/order.js";
import { tellGuesses } from "./read-order.js";

export { guesses, hasPendingUpdates } from "../../../core/query/optimistic.js";

/** One order's billing updates: the core's ledger with Polar's rules for what a PATCH stores. */
export class UpdateLedger extends OptimisticLedger<CustomerOrder, OrderBillingUpdate> {
  constructor() {
    super(applyBillingUpdate);
  }
}

const isGuess = (value: object) => guesses.has(value);

/**
 * The ledger of the order under `queryKey` (its detail key) in `queryClient`, made by the save
 * path alone (reads only look for one: query/read-order.ts), which loads with the billing form.
 */
export function ledgerFor(queryClient: QueryClient, queryKey: readonly unknown[]): UpdateLedger {
  tellGuesses(isGuess);
  return ledgerIn(queryClient, queryKey, () => new UpdateLedger());
}
