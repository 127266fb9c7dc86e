// The query of one order, free of React's client side (react-query's `queryOptions` is a plain
// function): a React Server Component can import it from the root entry and prefetch with it,
// which it could not from use-order.ts, a "use client" module that gives a server references only.
import { queryOptions, replaceEqualDeep } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { orderKeys } from "./keys.js";
import { isGuess, readOrderInStep } from "./read-order.js";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "../../../core/query/retry.js";
import { getOrder } from "../api/order.js";

export interface UseOrderOptions {
  /** Set false to wait (for example until an id is known). */
  enabled?: boolean;
  /** How long a fetched order counts as fresh, in ms. Default 30 s. */
  staleTime?: number;
}

const ORDER_STALE_TIME = 30_000;

/**
 * The query of one order: its key and how to fetch it, kept together. `useOrder` uses it; a
 * merchant can pass it to `prefetchQuery` or `ensureQueryData` (a route loader, a server
 * component) with a client made by `createPortalClient`, and the components find the order in
 * the cache without asking again.
 */
export function orderQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, id: string, options: UseOrderOptions = {}) {
  const queryKey = orderKeys.detail(client.baseUrl, id);
  return queryOptions<CustomerOrder, PortalError, CustomerOrder, typeof queryKey>({
    queryKey,
    // A read can overlap this order's billing updates: their ledger, when there is one, decides what it means.
    queryFn: async ({ signal, client: queryClient }) => (await readOrderInStep(queryClient, queryKey, () => getOrder(client, id, { signal }))).shown,
    enabled: Boolean(id) && options.enabled !== false,
    staleTime: options.staleTime ?? ORDER_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
    // A guess is cached as the very object the ledger made, not a structurally shared copy of it,
    // so that useConfirmedOrder can tell it from Polar's word.
    structuralSharing: (old, next) => (isGuess(next as object) ? next : replaceEqualDeep(old, next)),
  });
}
