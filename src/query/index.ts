export { orderKeys } from "./keys";
export { useOrder, type UseOrderOptions } from "./use-order";
export { useUpdateOrderBilling, type UseUpdateOrderBillingResult } from "./use-update-order-billing";
