import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { isPortalError, type PortalError } from "../client/errors";
import type { CustomerOrder } from "../schema/order";
import { usePortalContext } from "../provider/context";
import { orderKeys } from "./keys";
import { withUpdatesInFlight } from "./use-update-order-billing";

const MAX_RETRIES = 3;
const MAX_BACKOFF_MS = 30_000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  // 401/403/404/422 and a broken answer will not change by asking again.
  return !isPortalError(error) || error.retryable;
}

/**
 * Exponential backoff; on 429 the server's Retry-After when the browser could read it
 * (cross-origin it often cannot, and backoff applies).
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isPortalError(error) && error.kind === "rate_limited" && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter * 1000, 5 * 60_000);
  }
  // react-query counts from 0 at the first failure: 1 s, 2 s, 4 s.
  return Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS);
}

export interface UseOrderOptions {
  /** Set false to wait (for example until an id is known). */
  enabled?: boolean;
  /** How long a fetched order counts as fresh, in ms. Default 30 s. */
  staleTime?: number;
}

export const ORDER_STALE_TIME = 30_000;

/** One order of the signed-in customer, cached and shared by every component that shows it. */
export function useOrder(id: string | undefined, options: UseOrderOptions = {}): UseQueryResult<CustomerOrder, PortalError> {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const queryKey = orderKeys.detail(client.baseUrl, id ?? "");
  return useQuery<CustomerOrder, PortalError>({
    queryKey,
    queryFn: async ({ signal }) => withUpdatesInFlight(queryClient, queryKey, await client.getOrder(id!, { signal })),
    enabled: Boolean(id) && options.enabled !== false,
    staleTime: options.staleTime ?? ORDER_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
