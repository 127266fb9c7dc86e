import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { usePagedList, usePrefetchList } from "../../../core/query/use-list.js";
import { normalizeListSubscriptionsParams, type ListSubscriptionsParams, type SubscriptionsPage } from "../api/list.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { subscriptionQueryOptions, subscriptionsQueryOptions, type UseSubscriptionOptions, type UseSubscriptionsOptions } from "./subscription-query.js";

/** react-query's result for a page, with `isPlaceholderData` while the previous page stays on screen. */
export type UseSubscriptionsResult = UseQueryResult<SubscriptionsPage, PortalError>;

/**
 * One page of the signed-in customer's subscriptions, with the orders list's conventions: the
 * previous page stays on screen while another loads, the next page is fetched ahead, and each
 * subscription listed fills its own entry (`useSubscription` asks Polar nothing for it). Group
 * them with `subscriptionPhase` (Polar's `active` filter leaves past-due and paused out of both).
 */
export function useSubscriptions(params: ListSubscriptionsParams = {}, options: UseSubscriptionsOptions = {}): UseSubscriptionsResult {
  return usePagedList(subscriptionsQueryOptions, normalizeListSubscriptionsParams(params).page, params, options);
}

/** Fetches a page of subscriptions ahead of the customer (a pager's "Next" under the pointer). */
export function usePrefetchSubscriptions(options: UseSubscriptionsOptions = {}): (params: ListSubscriptionsParams) => void {
  return usePrefetchList(subscriptionsQueryOptions, options);
}

/** One subscription of the signed-in customer, cached and shared by every component that shows it. */
export function useSubscription(id: string | undefined, options: UseSubscriptionOptions = {}): UseQueryResult<CustomerSubscription, PortalError> {
  const { client } = usePortalContext();
  return useQuery(subscriptionQueryOptions(client, id ?? "", options));
}
