import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import type { CustomerOrder, ListOrdersParams } from "../../orders/index.js";
import { ordersQueryOptions } from "../../orders/query/orders-query.js";
import { isRetryableOrder } from "../schema/failed.js";
import type { UseBillingQueryOptions } from "./billing-query.js";

/**
 * The orders list read for failed payments: the newest 100 subscription orders. Polar retries a
 * failed renewal for a few weeks, so an order still awaiting payment is among the newest; it is
 * an entry of the orders list, so every change that refreshes the orders refreshes this too.
 */
export const FAILED_PAYMENTS_PARAMS: ListOrdersParams = { productBillingType: "recurring", limit: 100, sorting: "-created_at" };

export interface UseFailedPaymentsResult {
  /** The orders Polar would take a payment for now (`isRetryableOrder`), newest first. */
  orders: CustomerOrder[];
  isPending: boolean;
  error: PortalError | null;
  refetch: () => void;
}

/** The customer's renewals that failed and await payment: what a banner offers to pay now. */
export function useFailedPayments(options: UseBillingQueryOptions = {}): UseFailedPaymentsResult {
  const { client } = usePortalContext();
  const query = useQuery(ordersQueryOptions(client, FAILED_PAYMENTS_PARAMS, options));
  const orders = useMemo(() => (query.data?.items ?? []).filter(isRetryableOrder), [query.data]);
  const { refetch } = query;
  return { orders, isPending: query.isPending, error: query.error, refetch: useMemo(() => () => void refetch(), [refetch]) };
}
