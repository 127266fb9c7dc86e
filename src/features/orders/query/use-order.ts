import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { orderQueryOptions, type UseOrderOptions } from "./order-query.js";

/** One order of the signed-in customer, cached and shared by every component that shows it. */
export function useOrder(id: string | undefined, options: UseOrderOptions = {}): UseQueryResult<CustomerOrder, PortalError> {
  const { client } = usePortalContext();
  return useQuery(orderQueryOptions(client, id ?? "", options));
}
