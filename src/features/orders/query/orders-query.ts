// The query of a page of the orders list, free of React's client side like order-query.ts: a
// route loader or a React Server Component can prefetch the list with it.
import { queryOptions } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { PortalError } from "../../../core/client/errors.js";
import { listOrders, normalizeListOrdersParams, type ListOrdersParams, type OrdersPage } from "../api/list.js";
import { seedDetails } from "../../../core/query/list.js";
import { orderKeys } from "./keys.js";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "../../../core/query/retry.js";

export interface UseOrdersOptions {
  /** Set false to wait (for example until the customer's session is known). */
  enabled?: boolean;
  /** How long a fetched page counts as fresh, in ms. Default 30 s, as an order. */
  staleTime?: number;
}

const LIST_STALE_TIME = 30_000;

/**
 * The query of one page of the customer's orders: its key (one per parameter set, in canonical
 * form: `{ page: 1 }` and `{}` are the same page) and how to fetch it. `useOrders` uses it; a
 * merchant can pass it to `prefetchQuery` with a client made by `createPortalClient`. Each order
 * of the page also fills that order's own cache entry.
 */
export function ordersQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, params: ListOrdersParams = {}, options: UseOrdersOptions = {}) {
  const normalized = normalizeListOrdersParams(params);
  const queryKey = orderKeys.list(client.baseUrl, normalized);
  return queryOptions<OrdersPage, PortalError, OrdersPage, typeof queryKey>({
    queryKey,
    queryFn: async ({ signal, client: queryClient }) => {
      const askedAt = Date.now();
      const page = await listOrders(client, normalized, { signal });
      // Each order fills its own entry: opening one from the list asks Polar nothing.
      seedDetails(queryClient, page.items, (order) => orderKeys.detail(client.baseUrl, order.id), askedAt);
      return page;
    },
    enabled: options.enabled !== false,
    staleTime: options.staleTime ?? LIST_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
  });
}
