export { orderKeys } from "./keys";
export { orderQueryOptions, useOrder, type UseOrderOptions } from "./use-order";
export { useConfirmedOrder, useOrderSaving, useUpdateOrderBilling, type UpdateContext, type UseUpdateOrderBillingResult } from "./use-update-order-billing";
