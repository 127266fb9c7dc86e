import { keepPreviousData, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useEffect } from "react";
import type { PortalError } from "../client/errors.js";
import { normalizeListOrdersParams, type ListOrdersParams, type OrdersPage } from "../client/orders-list.js";
import { usePortalContext } from "../provider/context.js";
import { ordersQueryOptions, type UseOrdersOptions } from "./orders-query.js";

/**
 * react-query's result for a page: `data` (`items`, `pagination`), `isPending`, `error`... and
 * `isPlaceholderData`, true while the previous page stays on screen as the asked one loads.
 */
export type UseOrdersResult = UseQueryResult<OrdersPage, PortalError>;

/**
 * One page of the signed-in customer's orders, cached per parameter set. While another page (or
 * search, or sort) loads, the previous one stays on screen (`isPlaceholderData`); once a page is
 * shown the next one is fetched ahead, so "Next" shows at once; every order listed fills its own
 * cache entry, so opening it (`useOrder`, `<OrderDetail orderId>`) asks Polar nothing.
 */
export function useOrders(params: ListOrdersParams = {}, options: UseOrdersOptions = {}): UseOrdersResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const query = useQuery({ ...ordersQueryOptions(client, params, options), placeholderData: keepPreviousData });
  // Only from the asked page's own answer: a placeholder's pages belong to other parameters.
  const shown = query.isPlaceholderData ? undefined : query.data;
  const current = normalizeListOrdersParams(params).page;
  const next = shown && current < shown.pagination.max_page ? { ...params, page: current + 1 } : undefined;
  // The next page's key, as a string: a new params object with equal values prefetches nothing new.
  const nextKey = next && JSON.stringify(ordersQueryOptions(client, next).queryKey);
  useEffect(() => {
    if (next && options.enabled !== false) void queryClient.prefetchQuery(ordersQueryOptions(client, next, options));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `nextKey` stands for `next`
  }, [nextKey, client, queryClient]);
  return query;
}
