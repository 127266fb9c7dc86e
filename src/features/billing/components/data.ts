// What the billing components take from the feature's data layer and the embed adapter, in one
// place: the views import names, not the layout of schema/, api/, query/ and embed/. Also the
// sources the shell switches on (loading, error, data), made from the hooks.
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { usePortalContext } from "../../../core/provider/context.js";
import type { Source } from "../../../core/shell/shell.js";
import type { CustomerOrder } from "../../orders/index.js";
import { orderKeys } from "../../orders/query/keys.js";
import { billingKeys } from "../query/keys.js";
import { useCustomer } from "../query/use-customer.js";
import { useFailedPayments } from "../query/use-failed-payments.js";
import { usePaymentMethods } from "../query/use-payment-methods.js";
import type { PortalCustomer } from "../schema/customer.js";
import type { PaymentMethod } from "../schema/payment-method.js";

export type { CustomerOrder } from "../../orders/index.js";
export type { CustomerUpdate, PortalCustomer } from "../schema/customer.js";
export type { PaymentMethod } from "../schema/payment-method.js";
export type { PayOrderState } from "../query/pay-order.js";
export { cardExpiry } from "../schema/payment-method.js";
export { billingRefusal, type BillingRefusal } from "../api/refusal.js";
export { useUpdateCustomer } from "../query/use-customer.js";
export { useDeletePaymentMethod, usePaymentMethods, useSetDefaultPaymentMethod } from "../query/use-payment-methods.js";
export { usePayOrder } from "../query/use-pay-order.js";
export { PaymentMethodEmbed } from "../embed/PaymentMethodEmbed.js";
export type { PaymentMethodEmbedComponent, PaymentMethodEmbedErrorCode } from "../embed/types.js";

export interface PaymentMethodsData {
  methods: PaymentMethod[];
  defaultId: string | null;
}

/** The saved methods and the default, as the list's shell wants them. */
export function usePaymentMethodsSource(): Source<PaymentMethodsData> {
  const { methods, defaultId, isPending, isFetching, error, refetch } = usePaymentMethods();
  return useMemo(() => {
    if (isPending && !error) return { data: undefined, status: "loading", error: null, fetching: true, refetch };
    if (isPending || (error && !methods.length && !defaultId)) return { data: undefined, status: "error", error, fetching: isFetching, refetch };
    return { data: { methods, defaultId }, status: "ready", error, fetching: isFetching, refetch };
  }, [methods, defaultId, isPending, isFetching, error, refetch]);
}

/** The orders awaiting a payment now, as the banner's shell wants them. */
export function useFailedPaymentsSource(): Source<CustomerOrder[]> {
  const { orders, isPending, error, refetch } = useFailedPayments();
  return useMemo(() => {
    if (isPending && !error) return { data: undefined, status: "loading", error: null, fetching: true, refetch };
    if (isPending) return { data: undefined, status: "error", error, fetching: false, refetch };
    return { data: orders, status: "ready", error, fetching: false, refetch };
  }, [orders, isPending, error, refetch]);
}

/** The signed-in customer, as the details form's shell wants it. */
export function useCustomerSource(): Source<PortalCustomer> {
  const query = useCustomer();
  const { data, error, isFetching, refetch: queryRefetch } = query;
  const refetch = useMemo(() => () => void queryRefetch(), [queryRefetch]);
  return useMemo(() => {
    if (data) return { data, status: "ready", error, fetching: isFetching, refetch };
    if (error) return { data: undefined, status: "error", error, fetching: isFetching, refetch };
    return { data: undefined, status: "loading", error: null, fetching: true, refetch };
  }, [data, error, isFetching, refetch]);
}

/**
 * What a new card changes, read again: the saved methods, the customer (a new default), and, for
 * a default, the orders (Polar schedules a retry of past-due orders when the default changes).
 */
export function useCardAdded(): (paymentMethodId: string, setAsDefault: boolean) => void {
  const queryClient = useQueryClient();
  const { baseUrl } = usePortalContext().client;
  return (_id, setAsDefault) => {
    void queryClient.invalidateQueries({ queryKey: billingKeys.paymentMethods(baseUrl) });
    void queryClient.invalidateQueries({ queryKey: billingKeys.customer(baseUrl) });
    if (setAsDefault) void queryClient.invalidateQueries({ queryKey: orderKeys.server(baseUrl) });
  };
}
