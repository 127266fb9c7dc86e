import type { UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../../../core/client/errors.js";
import { usePagedList, usePrefetchList } from "../../../core/query/use-list.js";
import { normalizeListOrdersParams, type ListOrdersParams, type OrdersPage } from "../api/list.js";
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
 *
 * One page ahead, not a chain: a page that was itself fetched ahead fetches nothing more, so a
 * customer who looks at page 2 and goes back costs two requests, not three. `<OrdersTable>` fetches
 * the following page when the customer points at or focuses "Next" (`usePrefetchOrders`).
 */
export function useOrders(params: ListOrdersParams = {}, options: UseOrdersOptions = {}): UseOrdersResult {
  return usePagedList(ordersQueryOptions, normalizeListOrdersParams(params).page, params, options);
}

/**
 * Fetches a page ahead of the customer (a fresh one in the cache is left alone): what `useOrders`
 * does for the next page, and what a pager can do when the customer points at "Next".
 */
export function usePrefetchOrders(options: UseOrdersOptions = {}): (params: ListOrdersParams) => void {
  return usePrefetchList(ordersQueryOptions, options);
}
