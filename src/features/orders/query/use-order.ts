import { useIsMutating, useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { orderKeys } from "./keys.js";
import { orderQueryOptions, type UseOrderOptions } from "./order-query.js";

/** One order of the signed-in customer, cached and shared by every component that shows it. */
export function useOrder(id: string | undefined, options: UseOrderOptions = {}): UseQueryResult<CustomerOrder, PortalError> {
  const { client } = usePortalContext();
  return useQuery(orderQueryOptions(client, id ?? "", options));
}

/**
 * Whether a billing update of order `id` is in flight (or waiting for the one before it). Here
 * rather than beside the save (use-update-order-billing.ts), which loads with the billing form: a
 * page that shows a save in flight does not carry the save's code.
 */
export function useOrderSaving(id: string): boolean {
  const { client } = usePortalContext();
  return useIsMutating({ mutationKey: orderKeys.update(client.baseUrl, id) }) > 0;
}
