import { useMutation, useQuery, useQueryClient, type QueryClient, type UseMutationResult, type UseQueryResult } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { updateCustomer } from "../api/customer.js";
import { billingRefusal, refusalField, type BillingRefusal } from "../api/refusal.js";
import type { CustomerPatch, CustomerUpdate, PortalCustomer } from "../schema/customer.js";
import { customerQueryOptions, type UseBillingQueryOptions } from "./billing-query.js";
import { billingKeys } from "./keys.js";
import { customerLedgerFor } from "./ledger.js";

/** The signed-in customer: billing name, address, tax ID, default payment method. */
export function useCustomer(options: UseBillingQueryOptions = {}): UseQueryResult<PortalCustomer, PortalError> {
  const { client } = usePortalContext();
  return useQuery(customerQueryOptions(client, options));
}

export interface CustomerPatchContext {
  seq: number;
}

/**
 * Sends one PATCH of the customer through its ledger, one at a time (the customer's mutation
 * scope): what the cache shows while it is in flight and once Polar answers or refuses.
 */
export function useCustomerPatch<V>(toPatch: (variables: V) => CustomerPatch, more: { onSettled?: (queryClient: QueryClient, refused: boolean) => void } = {}) {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const queryKey = billingKeys.customer(client.baseUrl);
  const ledger = customerLedgerFor(queryClient, queryKey);
  const thisOne = { queryKey, exact: true };
  // A read in flight computed what to show before this answer: cancel it, show the ledger's
  // word, and read again.
  const settle = (customer: PortalCustomer | undefined, refetch = false) => {
    const reading = queryClient.isFetching(thisOne) > 0;
    if (reading) void queryClient.cancelQueries(thisOne);
    if (customer) queryClient.setQueryData(queryKey, customer);
    if (reading || refetch) void queryClient.invalidateQueries(thisOne);
  };
  return useMutation<PortalCustomer, PortalError, V, CustomerPatchContext>({
    mutationKey: billingKeys.customerUpdate(client.baseUrl),
    scope: { id: billingKeys.customerScope(client.baseUrl) },
    mutationFn: (variables) => updateCustomer(client, toPatch(variables)),
    retry: false,
    onMutate: (variables) => {
      void queryClient.cancelQueries(thisOne);
      const { seq, show } = ledger.begin(toPatch(variables), queryClient.getQueryData<PortalCustomer>(queryKey));
      if (show) queryClient.setQueryData(queryKey, show);
      return { seq };
    },
    onSuccess: (customer, _variables, context) => {
      settle(ledger.succeed(context.seq, customer));
      more.onSettled?.(queryClient, false);
    },
    onError: (_error, _variables, context) => {
      if (!context) return;
      // Back to Polar's last word, then read again: a refusal usually means the page was behind.
      settle(ledger.fail(context.seq), true);
      more.onSettled?.(queryClient, true);
    },
  });
}

export type UseUpdateCustomerResult = UseMutationResult<PortalCustomer, PortalError, CustomerUpdate, CustomerPatchContext> & {
  /** What Polar refused of the last update (null: none). */
  refusal: BillingRefusal | null;
  /**
   * Polar's refusal by form field (`billing_name`, `billing_address.country`, `tax_id`, …): where
   * a form shows it. Polar's words are English; word them by `refusal.kind` for the customer.
   */
  fieldErrors: Record<string, BillingRefusal>;
};

/**
 * Changes the customer's billing details (name, address, tax ID) for future orders. Waits for
 * Polar (it validates tax IDs against the country), then the customer's entry holds its answer;
 * a refusal leaves the cache as Polar has it and says which field it is about.
 */
export function useUpdateCustomer(): UseUpdateCustomerResult {
  const mutation = useCustomerPatch<CustomerUpdate>(({ billing_name, billing_address, tax_id }) => ({ billing_name, billing_address, tax_id }));
  const { error } = mutation;
  const refusal = useMemo(() => (error ? billingRefusal(error) : null), [error]);
  const fieldErrors = useMemo(() => {
    const fields: Record<string, BillingRefusal> = {};
    if (!refusal) return fields;
    const field = refusalField(refusal);
    if (field) fields[field] = refusal;
    else if (refusal.kind === "validation") for (const path of Object.keys(refusal.fieldErrors)) fields[path] = refusal;
    return fields;
  }, [refusal]);
  return { ...mutation, refusal, fieldErrors };
}
