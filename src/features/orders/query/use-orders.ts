import { keepPreviousData, useQuery, useQueryClient, type Query, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { normalizeListOrdersParams, type ListOrdersParams, type OrdersPage } from "../api/list.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { ordersQueryOptions, type UseOrdersOptions } from "./orders-query.js";

/**
 * react-query's result for a page: `data` (`items`, `pagination`), `isPending`, `error`... and
 * `isPlaceholderData`, true while the previous page stays on screen as the asked one loads.
 */
export type UseOrdersResult = UseQueryResult<OrdersPage, PortalError>;

/** The pages fetched ahead, with the time of that answer: a page still showing it fetched nothing itself. */
const fetchedAhead = new WeakMap<Query, number>();

/**
 * One page of the signed-in customer's orders, cached per parameter set. While another page (or
 * search, or sort) loads, the previous one stays on screen (`isPlaceholderData`); once a page is
 * shown the next one is fetched ahead, so "Next" shows at once; every order listed fills its own
 * cache entry, so opening it (`useOrder`, `<OrderDetail orderId>`) asks Polar nothing.
 *
 * One page ahead, not a chain: a page that was itself fetched ahead fetches nothing more, so a
 * customer who looks at page 2 and goes back costs two requests, not three. `<OrdersTable>` fetches
 * the following page when the customer points at or focuses "Next" (`usePrefetchOrders`).
 */
export function useOrders(params: ListOrdersParams = {}, options: UseOrdersOptions = {}): UseOrdersResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const query = useQuery({ ...ordersQueryOptions(client, params, options), placeholderData: keepPreviousData });
  // Only from the asked page's own answer: a placeholder's pages belong to other parameters.
  const shown = query.isPlaceholderData ? undefined : query.data;
  const current = normalizeListOrdersParams(params).page;
  const self = queryClient.getQueryCache().find({ queryKey: ordersQueryOptions(client, params).queryKey, exact: true });
  // Read from the result, so a refetch of this page (its own answer now) renders and looks ahead.
  const ahead = self !== undefined && fetchedAhead.get(self) === query.dataUpdatedAt;
  const next = shown && !ahead && current < shown.pagination.max_page ? { ...params, page: current + 1 } : undefined;
  // The next page's key, as a string: a new params object with equal values prefetches nothing new.
  const nextKey = next && JSON.stringify(ordersQueryOptions(client, next).queryKey);
  const prefetch = usePrefetchOrders(options);
  useEffect(() => {
    if (next) prefetch(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `nextKey` stands for `next`
  }, [nextKey, prefetch]);
  return query;
}

/**
 * Fetches a page ahead of the customer (a fresh one in the cache is left alone): what `useOrders`
 * does for the next page, and what a pager can do when the customer points at "Next".
 */
export function usePrefetchOrders(options: UseOrdersOptions = {}): (params: ListOrdersParams) => void {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const enabled = options.enabled !== false;
  const staleTime = options.staleTime;
  return useCallback(
    (params: ListOrdersParams) => {
      // Rate limited: a page merely wanted ahead waits for the customer to ask for it.
      if (!enabled || client.retryAfter?.() !== undefined) return;
      const page = ordersQueryOptions(client, params, { staleTime });
      const before = queryClient.getQueryState(page.queryKey)?.dataUpdatedAt;
      void queryClient.prefetchQuery(page).then(() => {
        const query = queryClient.getQueryCache().find({ queryKey: page.queryKey, exact: true });
        // Only an answer this prefetch brought counts as "fetched ahead" (a page already fresh does not).
        if (query && query.state.dataUpdatedAt !== before) fetchedAhead.set(query, query.state.dataUpdatedAt);
      });
    },
    [client, queryClient, enabled, staleTime],
  );
}
