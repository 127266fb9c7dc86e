export { orderKeys } from "./keys";
export { orderQueryOptions, type UseOrderOptions } from "./order-query";
export { useOrder } from "./use-order";
export { useConfirmedOrder, useOrderSaving, useUpdateOrderBilling, type UpdateContext, type UseUpdateOrderBillingResult } from "./use-update-order-billing";
