import { useCallback, useMemo } from "react";
import { parseOrder } from "../schema/parse-order.js";
import { isPortalError, type PortalError } from "../../../core/client/errors.js";
import { useOrder } from "../query/use-order.js";
import type { CustomerOrder } from "../schema/order.js";

/** Either the order itself (the merchant's own data layer, a story) or its id (fetched). */
export interface OrderSourceProps {
  /** The order to show, as Polar answers it. Wins over `orderId` when both are given. */
  order?: CustomerOrder;
  /** The id of the signed-in customer's order, fetched and cached through `useOrder`. */
  orderId?: string;
}

export type OrderLoadState = "loading" | "error" | "ready";

export interface OrderSource {
  order: CustomerOrder | undefined;
  /** `ready` whenever an order can be shown, even while a refetch is in flight or has failed. */
  status: OrderLoadState;
  error: PortalError | null;
  /** True while a request for this order is in flight (first load or refetch). */
  fetching: boolean;
  /** Asks Polar again; a no-op for an order given as a prop. */
  refetch: () => void;
}

// An order prop skips the client's parse, so a merchant's stale cache or hand-made object would
// otherwise show "$NaN" or a wrong total without a word. Checked once per object.
const checkedProps = new WeakMap<object, { order: CustomerOrder } | { error: PortalError }>();

function checkOrderProp(order: unknown): { order: CustomerOrder } | { error: PortalError } {
  const cacheable = typeof order === "object" && order !== null;
  let checked = cacheable ? checkedProps.get(order) : undefined;
  if (!checked) {
    try {
      checked = { order: parseOrder(order) };
    } catch (error) {
      if (!isPortalError(error)) throw error;
      checked = { error };
    }
    if (cacheable) checkedProps.set(order, checked);
  }
  return checked;
}

/** Resolves a component's `order` / `orderId` props into one shape the views switch on. */
export function useOrderSource({ order, orderId }: OrderSourceProps): OrderSource {
  const query = useOrder(orderId, { enabled: !order });
  const { refetch: queryRefetch } = query;
  const refetch = useCallback(() => {
    if (!order) void queryRefetch();
  }, [order, queryRefetch]);

  return useMemo<OrderSource>(() => {
    if (order) {
      const checked = checkOrderProp(order);
      if ("error" in checked) return { order: undefined, status: "error", error: checked.error, fetching: false, refetch };
      return { order: checked.order, status: "ready", error: null, fetching: false, refetch };
    }
    // Neither was given: the order shell explains that to the developer.
    if (!orderId) return { order: undefined, status: "error", error: null, fetching: false, refetch };
    if (query.data) return { order: query.data, status: "ready", error: query.error, fetching: query.isFetching, refetch };
    if (query.error) return { order: undefined, status: "error", error: query.error, fetching: query.isFetching, refetch };
    return { order: undefined, status: "loading", error: null, fetching: true, refetch };
  }, [order, orderId, query.data, query.error, query.isFetching, refetch]);
}
