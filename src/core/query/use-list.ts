// The hooks every paged list of the portal shares (orders, subscriptions, …), given the feature's
// query of one page: the previous page stays on screen while another loads, the next page is
// fetched ahead once a page shows, and a pager can fetch a page when the customer points at it.
import { keepPreviousData, useQuery, useQueryClient, type Query, type QueryKey, type UseQueryOptions, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import type { PortalClient } from "../client/client.js";
import type { PortalError } from "../client/errors.js";
import { usePortalContext } from "../provider/context.js";
import type { Page } from "./list.js";

/** What a list hook takes besides its parameters. */
export interface ListQueryOptions {
  /** Set false to wait (for example until the customer's session is known). */
  enabled?: boolean;
  /** How long a fetched page counts as fresh, in ms. */
  staleTime?: number;
}

/** A feature's query of one page: its key (one per parameter set, canonical) and how to fetch it. */
export type PageQuery<P, T extends Page<unknown>, K extends QueryKey = QueryKey> = (
  client: Pick<PortalClient, "baseUrl" | "request">,
  params: P,
  options?: ListQueryOptions,
) => UseQueryOptions<T, PortalError, T, K> & { queryKey: K };

/** The pages fetched ahead, with the time of that answer: a page still showing it fetched nothing itself. */
const fetchedAhead = new WeakMap<Query, number>();

/**
 * One page of a list, cached per parameter set (`pageQuery`); `current` is the asked page's number. While another page (or search, or sort) loads, the previous one stays on screen
 * (`isPlaceholderData`); once a page is shown the next one is fetched ahead, so "Next" shows at
 * once.
 *
 * One page ahead, not a chain: a page that was itself fetched ahead fetches nothing more, so a
 * customer who looks at page 2 and goes back costs two requests, not three.
 */
export function usePagedList<P extends { page?: number }, T extends Page<unknown>, K extends QueryKey>(
  pageQuery: PageQuery<P, T, K>,
  current: number,
  params: P,
  options: ListQueryOptions = {},
): UseQueryResult<T, PortalError> {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const query = useQuery({ ...pageQuery(client, params, options), placeholderData: keepPreviousData });
  // Only from the asked page's own answer: a placeholder's pages belong to other parameters.
  const shown = query.isPlaceholderData ? undefined : query.data;
  const self = queryClient.getQueryCache().find({ queryKey: pageQuery(client, params).queryKey, exact: true });
  // Read from the result, so a refetch of this page (its own answer now) renders and looks ahead.
  const ahead = self !== undefined && fetchedAhead.get(self) === query.dataUpdatedAt;
  const next = shown && !ahead && current < shown.pagination.max_page ? { ...params, page: current + 1 } : undefined;
  // The next page's key, as a string: a new params object with equal values prefetches nothing new.
  const nextKey = next && JSON.stringify(pageQuery(client, next).queryKey);
  const prefetch = usePrefetchList(pageQuery, options);
  useEffect(() => {
    if (next) prefetch(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `nextKey` stands for `next`
  }, [nextKey, prefetch]);
  return query;
}

/**
 * Fetches a page ahead of the customer (a fresh one in the cache is left alone): what
 * `usePagedList` does for the next page, and what a pager can do when the customer points at "Next".
 */
export function usePrefetchList<P, T extends Page<unknown>, K extends QueryKey>(pageQuery: PageQuery<P, T, K>, options: ListQueryOptions = {}): (params: P) => void {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const enabled = options.enabled !== false;
  const staleTime = options.staleTime;
  return useCallback(
    (params: P) => {
      // Rate limited: a page merely wanted ahead waits for the customer to ask for it.
      if (!enabled || client.retryAfter?.() !== undefined) return;
      const page = pageQuery(client, params, { staleTime });
      const before = queryClient.getQueryState(page.queryKey)?.dataUpdatedAt;
      void queryClient.prefetchQuery(page).then(() => {
        const query = queryClient.getQueryCache().find({ queryKey: page.queryKey, exact: true });
        // Only an answer this prefetch brought counts as "fetched ahead" (a page already fresh does not).
        if (query && query.state.dataUpdatedAt !== before) fetchedAhead.set(query, query.state.dataUpdatedAt);
      });
    },
    [client, queryClient, enabled, staleTime, pageQuery],
  );
}
