// The orders feature's public face: the list, an order, its billing form, invoice and receipt.
// The root entry re-exports it whole; nothing here is imported by the core.

// Hooks and query options
export { orderKeys } from "./query/keys.js";
export { orderQueryOptions, type UseOrderOptions } from "./query/order-query.js";
export { useOrder } from "./query/use-order.js";
export { useUpdateOrderBilling, type UpdateContext, type UseUpdateOrderBillingResult } from "./query/use-update-order-billing.js";
export { ordersQueryOptions, type UseOrdersOptions } from "./query/orders-query.js";
export { useOrders, usePrefetchOrders, type UseOrdersResult } from "./query/use-orders.js";
export { useOrderInvoice, useOrderReceipt, type DocumentState, type OrderDocument } from "./query/use-order-documents.js";

// Endpoints, as functions over the client's request
export { getOrder, updateOrder } from "./api/order.js";
export { generateInvoice, getInvoiceUrl, getReceiptUrl } from "./api/documents.js";
export {
  listOrders,
  type ListOrdersParams,
  type NormalizedListOrdersParams,
  type OrderSorting,
  type OrderSortProperty,
  type OrdersPage,
  type ProductBillingType,
} from "./api/list.js";

// Components
export { BillingAddressForm, type BillingAddressFormProps } from "./components/BillingAddressForm/BillingAddressForm.js";
export { OrderDetail, type HeadingLevel, type OrderDetailProps } from "./components/OrderDetail/OrderDetail.js";
export { StatusBadge, type StatusBadgeProps } from "./components/OrderDetail/StatusBadge.js";
export { OrderItemsTable, type OrderItemsTableProps } from "./components/OrderItemsTable/OrderItemsTable.js";
export {
  InvoiceButton,
  OrderDocuments,
  ReceiptButton,
  type InvoiceButtonProps,
  type OrderDocumentsProps,
  type ReceiptButtonProps,
} from "./components/OrderDocuments/OrderDocuments.js";
export { OrdersTable, type OrdersTableProps } from "./components/OrdersTable/OrdersTable.js";
export type { OrderComponentProps } from "./components/order-component.js";

// The order as Polar answers it, and the update the kit sends
export type { Address, CustomerOrder, KnownBillingReason, KnownOrderStatus, OrderItem, OrderProduct, OrderSubscription } from "./schema/order.js";
export type { AddressInput, OrderBillingUpdate } from "./schema/billing.js";
