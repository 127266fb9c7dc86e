// The queries of the subscriptions, free of React's client side (react-query's `queryOptions` is
// a plain function): a route loader or a React Server Component can prefetch with them.
import { queryOptions, replaceEqualDeep } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { PortalError } from "../../../core/client/errors.js";
import { seedDetails } from "../../../core/query/list.js";
import { guesses } from "../../../core/query/optimistic.js";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "../../../core/query/retry.js";
import { listSubscriptions, normalizeListSubscriptionsParams, type ListSubscriptionsParams, type SubscriptionsPage } from "../api/list.js";
import { getSubscription } from "../api/subscription.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { subscriptionKeys } from "./keys.js";
import { subscriptionLedgerFor } from "./ledger.js";

export interface UseSubscriptionOptions {
  /** Set false to wait (for example until an id is known). */
  enabled?: boolean;
  /** How long a fetched subscription counts as fresh, in ms. Default 30 s. */
  staleTime?: number;
}

export type UseSubscriptionsOptions = UseSubscriptionOptions;

const STALE_TIME = 30_000;

/**
 * The query of one subscription: its key and how to fetch it. `useSubscription` uses it; a
 * merchant can pass it to `prefetchQuery` with a client made by `createPortalClient`.
 */
export function subscriptionQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, id: string, options: UseSubscriptionOptions = {}) {
  const queryKey = subscriptionKeys.detail(client.baseUrl, id);
  return queryOptions<CustomerSubscription, PortalError, CustomerSubscription, typeof queryKey>({
    queryKey,
    queryFn: async ({ signal, client: queryClient }) => {
      // A read can overlap a cancel or an uncancel: the ledger decides what it means.
      const ledger = subscriptionLedgerFor(queryClient, queryKey);
      const mark = ledger.mark();
      return ledger.read(await getSubscription(client, id, { signal }), mark);
    },
    enabled: Boolean(id) && options.enabled !== false,
    staleTime: options.staleTime ?? STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
    // A guess is cached as the very object the ledger made, so it can be told from Polar's word.
    structuralSharing: (old, next) => (guesses.has(next as object) ? next : replaceEqualDeep(old, next)),
  });
}

/**
 * The query of one page of the customer's subscriptions (one key per parameter set, in canonical
 * form). Each subscription of the page also fills its own cache entry.
 */
export function subscriptionsQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, params: ListSubscriptionsParams = {}, options: UseSubscriptionsOptions = {}) {
  const normalized = normalizeListSubscriptionsParams(params);
  const queryKey = subscriptionKeys.list(client.baseUrl, normalized);
  return queryOptions<SubscriptionsPage, PortalError, SubscriptionsPage, typeof queryKey>({
    queryKey,
    queryFn: async ({ signal, client: queryClient }) => {
      const askedAt = Date.now();
      const page = await listSubscriptions(client, normalized, { signal });
      seedDetails(queryClient, page.items, (subscription) => subscriptionKeys.detail(client.baseUrl, subscription.id), askedAt);
      return page;
    },
    enabled: options.enabled !== false,
    staleTime: options.staleTime ?? STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
  });
}
