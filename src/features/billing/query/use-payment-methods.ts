import { useMutation, useQuery, useQueryClient, type UseMutationResult } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { orderKeys } from "../../orders/query/keys.js";
import { subscriptionKeys } from "../../subscriptions/query/keys.js";
import { deletePaymentMethod } from "../api/customer.js";
import { billingRefusal, type BillingRefusal } from "../api/refusal.js";
import type { PortalCustomer } from "../schema/customer.js";
import type { PaymentMethod } from "../schema/payment-method.js";
import { paymentMethodsQueryOptions, type UseBillingQueryOptions } from "./billing-query.js";
import { billingKeys } from "./keys.js";
import { useCustomer, useCustomerPatch, type CustomerPatchContext } from "./use-customer.js";

export interface UsePaymentMethodsResult {
  /** Every saved method, the default first, the rest in Polar's order. */
  methods: PaymentMethod[];
  /** The default's id (the customer's `default_payment_method_id`), or null. */
  defaultId: string | null;
  /** Nothing to show yet (the list or the customer still loading). */
  isPending: boolean;
  /** A read is under way (also behind data on screen). */
  isFetching: boolean;
  /** The list's or the customer's error. */
  error: PortalError | null;
  /** Reads both again. */
  refetch: () => void;
}

/** The customer's saved payment methods, joined with which one is the default. */
export function usePaymentMethods(options: UseBillingQueryOptions = {}): UsePaymentMethodsResult {
  const { client } = usePortalContext();
  const list = useQuery(paymentMethodsQueryOptions(client, options));
  const customer = useCustomer(options);
  const defaultId = customer.data?.default_payment_method_id ?? null;
  const methods = useMemo(() => {
    const all = list.data ?? [];
    const first = all.find((method) => method.id === defaultId);
    return first ? [first, ...all.filter((method) => method !== first)] : all;
  }, [list.data, defaultId]);
  const { refetch: refetchList } = list;
  const { refetch: refetchCustomer } = customer;
  const refetch = useCallback(() => void Promise.all([refetchList(), refetchCustomer()]), [refetchList, refetchCustomer]);
  return {
    methods,
    defaultId,
    isPending: list.isPending || customer.isPending,
    isFetching: list.isFetching || customer.isFetching,
    error: list.error ?? customer.error,
    refetch,
  };
}

type WithRefusal<T> = T & { refusal: BillingRefusal | null };

const withRefusal = <T extends { error: PortalError | null }>(mutation: T): WithRefusal<T> => ({
  ...mutation,
  refusal: mutation.error ? billingRefusal(mutation.error) : null,
});

export type UseSetDefaultPaymentMethodResult = WithRefusal<UseMutationResult<PortalCustomer, PortalError, string, CustomerPatchContext>>;

/**
 * Makes a saved method the default: shown at once, rolled back if Polar refuses (the method was
 * removed elsewhere: `payment_method_not_found`). Polar then schedules a retry of past-due orders,
 * so the orders (failed payments) are read again.
 */
export function useSetDefaultPaymentMethod(): UseSetDefaultPaymentMethodResult {
  const { client } = usePortalContext();
  const mutation = useCustomerPatch<string>((id) => ({ default_payment_method_id: id }), {
    onSettled: (queryClient, refused) => {
      void queryClient.invalidateQueries({ queryKey: orderKeys.server(client.baseUrl) });
      // Refused: the list was behind Polar (the method removed elsewhere).
      if (refused) void queryClient.invalidateQueries({ queryKey: billingKeys.paymentMethods(client.baseUrl) });
    },
  });
  return withRefusal(mutation);
}

export type UseDeletePaymentMethodResult = WithRefusal<UseMutationResult<void, PortalError, string>>;

/**
 * Removes a saved method. Waits for Polar: it refuses the last method active subscriptions need
 * (`payment_method_in_use`; the method stays). Once removed it leaves the list at once, and the
 * customer (the default may have moved) and the subscriptions (moved to another method) are read
 * again. A method already gone (`payment_method_not_found`) is dropped from the list too.
 */
export function useDeletePaymentMethod(): UseDeletePaymentMethodResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const { baseUrl } = client;
  const listKey = billingKeys.paymentMethods(baseUrl);
  const drop = (id: string) => queryClient.setQueryData<PaymentMethod[]>(listKey, (methods) => methods?.filter((method) => method.id !== id));
  const mutation = useMutation<void, PortalError, string>({
    mutationKey: billingKeys.paymentMethodDelete(baseUrl),
    scope: { id: billingKeys.paymentMethodScope(baseUrl) },
    mutationFn: (id) => deletePaymentMethod(client, id),
    retry: false,
    onSuccess: (_nothing, id) => {
      drop(id);
      void queryClient.invalidateQueries({ queryKey: billingKeys.customer(baseUrl) });
      void queryClient.invalidateQueries({ queryKey: subscriptionKeys.server(baseUrl) });
    },
    onError: (error, id) => {
      if (billingRefusal(error).kind === "payment_method_not_found") drop(id);
      void queryClient.invalidateQueries({ queryKey: listKey });
    },
  });
  return withRefusal(mutation);
}
