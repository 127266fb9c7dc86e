import { useCallback, useMemo } from "react";
import type { Source } from "../../../core/shell/shell.js";
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

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

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
export function useOrderSource({ order, orderId }: OrderSourceProps): Source<CustomerOrder> {
  const query = useOrder(orderId, { enabled: !order });
  const { refetch: queryRefetch } = query;
  const refetch = useCallback(() => {
    if (!order) void queryRefetch();
  }, [order, queryRefetch]);

  return useMemo<Source<CustomerOrder>>(() => {
    if (order) {
      const checked = checkOrderProp(order);
      if ("error" in checked) return { data: undefined, status: "error", error: checked.error, fetching: false, refetch };
      return { data: checked.order, status: "ready", error: null, fetching: false, refetch };
    }
    // Neither was given: the shell explains that to the developer.
    if (!orderId) {
      const missing = process.env.NODE_ENV !== "production" ? "an `order` or an `orderId`" : undefined;
      return { data: undefined, status: "error", error: null, fetching: false, refetch, missing };
    }
    if (query.data) return { data: query.data, status: "ready", error: query.error, fetching: query.isFetching, refetch };
    if (query.error) return { data: undefined, status: "error", error: query.error, fetching: query.isFetching, refetch };
    return { data: undefined, status: "loading", error: null, fetching: true, refetch };
  }, [order, orderId, query.data, query.error, query.isFetching, refetch]);
}
