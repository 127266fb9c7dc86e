export { orderKeys } from "./keys.js";
export { orderQueryOptions, type UseOrderOptions } from "./order-query.js";
export { useOrder } from "./use-order.js";
export { useConfirmedOrder, useOrderSaving, useUpdateOrderBilling, type UpdateContext, type UseUpdateOrderBillingResult } from "./use-update-order-billing.js";
export { ordersQueryOptions, type UseOrdersOptions } from "./orders-query.js";
export { useOrders, usePrefetchOrders, type UseOrdersResult } from "./use-orders.js";
