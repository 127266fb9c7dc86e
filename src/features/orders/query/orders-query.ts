// The query of a page of the orders list, free of React's client side like order-query.ts: a
// route loader or a React Server Component can prefetch the list with it.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { PortalError } from "../../../core/client/errors.js";
import { listOrders, normalizeListOrdersParams, type ListOrdersParams, type OrdersPage } from "../api/list.js";
import type { CustomerOrder } from "../schema/order.js";
import { orderKeys } from "./keys.js";
import { hasPendingUpdates } from "./ledger.js";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "../../../core/query/retry.js";

export interface UseOrdersOptions {
  /** Set false to wait (for example until the customer's session is known). */
  enabled?: boolean;
  /** How long a fetched page counts as fresh, in ms. Default 30 s, as an order. */
  staleTime?: number;
}

const LIST_STALE_TIME = 30_000;

/**
 * Puts each order of a page in its own cache entry (`orderKeys.detail`), so opening one asks
 * Polar nothing. An entry is left alone when it knows better than this page: a billing update of
 * the order is unanswered (the screen shows the ledger's guess, which must win), a read of it is
 * in flight, or it was written after the page was asked for (a save's answer, a newer read).
 */
function seedOrders(queryClient: QueryClient, baseUrl: string, orders: readonly CustomerOrder[], askedAt: number): void {
  for (const order of orders) {
    const queryKey = orderKeys.detail(baseUrl, order.id);
    if (hasPendingUpdates(queryClient, queryKey)) continue;
    const state = queryClient.getQueryState(queryKey);
    if (state && (state.dataUpdatedAt >= askedAt || state.fetchStatus === "fetching")) continue;
    // Dated when the page was asked for: the order is as fresh as the page, no fresher.
    queryClient.setQueryData(queryKey, order, { updatedAt: askedAt });
  }
}

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
      seedOrders(queryClient, client.baseUrl, page.items, askedAt);
      return page;
    },
    enabled: options.enabled !== false,
    staleTime: options.staleTime ?? LIST_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
  });
}
