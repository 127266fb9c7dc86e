// What every paged list component of the portal (orders, subscriptions, …) hands its view: the
// page, the parameters it answers (the merchant's or the list's own), and whether its counts are
// this search's.
import type { UseQueryResult } from "@tanstack/react-query";
import { useRef } from "react";
import type { PortalError } from "../client/errors.js";
import type { Source } from "../shell/shell.js";
import { useControllable } from "../shell/use-controllable.js";

/** A list component's parameter props: its own (`defaultParams`) or the merchant's (`params` + `onParamsChange`). */
export interface ListParamsProps<P> {
  params?: P;
  defaultParams?: P;
  onParamsChange?: (params: P) => void;
}

/** What a list's source hands its view. */
export interface ListState<P, T> {
  page: T;
  params: P;
  setParams: (params: P) => void;
  /** The page shown belongs to the previous parameters; the asked one is loading. */
  stale: boolean;
  /**
   * The page's counts belong to the asked search, filters and sort (perhaps another page of
   * them). False while a page of other filters stands in: its total is not this list's.
   */
  counted: boolean;
}

/**
 * A list's source for the shell, from the feature's list hook (`useOrders`) and the key of what
 * its total depends on (the parameters but the page, read as Polar reads them).
 */
export function useListSource<P, T>(
  props: ListParamsProps<P>,
  useList: (params: P) => UseQueryResult<T, PortalError>,
  countKey: (params: P) => string,
): Source<ListState<P, T>> {
  const [params, setParams] = useControllable(props.params, () => props.defaultParams ?? ({} as P), props.onParamsChange);
  const query = useList(params);
  // The parameters of the last page answered for itself, which is what a placeholder shows.
  const answered = useRef<string | undefined>(undefined);
  if (query.data && !query.isPlaceholderData) answered.current = countKey(params);
  const counted = !query.isPlaceholderData || answered.current === countKey(params);
  return {
    data: query.data && { page: query.data, params, setParams, stale: query.isPlaceholderData, counted },
    status: query.data ? "ready" : query.error ? "error" : "loading",
    error: query.error,
    fetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
