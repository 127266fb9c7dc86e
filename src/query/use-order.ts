import { useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../client/errors";
import type { CustomerOrder } from "../schema/order";
import { usePortalContext } from "../provider/context";
import { orderKeys } from "./keys";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "./retry";
import { withUpdatesInFlight } from "./use-update-order-billing";

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
    refetchInterval: refetchWhenAllowed,
  });
}
