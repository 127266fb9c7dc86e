import type { QueryClient } from "@tanstack/react-query";

/**
 * What the kit keeps beside the query cache, per QueryClient: bookkeeping that is not a query's
 * data (the optimistic ledgers of pending updates, what a rendered document printed, which pages
 * were fetched ahead), each entry under a name of its owner's choosing (a ledger under its
 * resource's query key). One store per QueryClient, so two clients (two tests, two apps on a page)
 * never share it; it goes with its QueryClient, and `clearPortalStore` drops it whole when the
 * customer changes, with the cache's root key.
 */
const stores = new WeakMap<QueryClient, Map<string, unknown>>();

export function portalStore(queryClient: QueryClient): Map<string, unknown> {
  let store = stores.get(queryClient);
  if (!store) stores.set(queryClient, (store = new Map()));
  return store;
}

/** Drops everything the kit kept for `queryClient` (a new customer starts with nothing of the last). */
export function clearPortalStore(queryClient: QueryClient): void {
  stores.delete(queryClient);
}
