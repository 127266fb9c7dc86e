// The public face of react-polar-portal: what the README promises and nothing else. Schemas and
// form helpers live in `react-polar-portal/schema`, fixtures and the mock Polar in
// `react-polar-portal/testing`.

// Provider
export { PortalProvider, type PortalProviderProps } from "./core/provider/PortalProvider.js";
export { usePortalClient } from "./core/provider/context.js";

// Hooks and query options
export {
  orderKeys,
  orderQueryOptions,
  ordersQueryOptions,
  useOrder,
  useOrders,
  usePrefetchOrders,
  useUpdateOrderBilling,
  type UpdateContext,
  type UseOrderOptions,
  type UseOrdersOptions,
  type UseOrdersResult,
  type UseUpdateOrderBillingResult,
} from "./features/orders/query/index.js";
export { useOrderInvoice, useOrderReceipt, type DocumentState, type OrderDocument } from "./features/orders/query/use-order-documents.js";

// Talking to Polar
export {
  createPortalClient,
  POLAR_SERVERS,
  type PolarApiVersion,
  type PolarServer,
  type PortalClient,
  type PortalClientOptions,
  type PortalRequest,
  type PortalResponse,
  type RequestOptions,
  type TokenSource,
} from "./core/client/client.js";
export { generateInvoice, getInvoiceUrl, getReceiptUrl } from "./features/orders/api/documents.js";
export {
  listOrders,
  type ListOrdersParams,
  type NormalizedListOrdersParams,
  type OrderSorting,
  type OrderSortProperty,
  type OrdersPage,
  type ProductBillingType,
} from "./features/orders/api/list.js";
export { PortalError, isPortalError, type FieldErrors, type PortalErrorInit, type PortalErrorKind, type ValidationIssue } from "./core/client/errors.js";

// Components
export { BillingAddressForm, type BillingAddressFormProps } from "./features/orders/components/BillingAddressForm/index.js";
export { OrderDetail, StatusBadge, type HeadingLevel, type OrderDetailProps, type StatusBadgeProps } from "./features/orders/components/OrderDetail/index.js";
export { OrderItemsTable, type OrderItemsTableProps } from "./features/orders/components/OrderItemsTable/index.js";
export {
  InvoiceButton,
  OrderDocuments,
  ReceiptButton,
  type InvoiceButtonProps,
  type OrderDocumentsProps,
  type ReceiptButtonProps,
} from "./features/orders/components/OrderDocuments/index.js";
export { OrdersTable, type OrdersTableProps } from "./features/orders/components/OrdersTable/index.js";
export { CustomerPortal, type CustomerPortalProps } from "./portal/CustomerPortal/index.js";
export type { OrderComponentProps } from "./features/orders/components/order-component.js";
export type { RootAttributes } from "./core/shell/root-props.js";

// Formatting and words
export { formatDate, formatMoney, type DateFormatOptions } from "./core/format/index.js";
export {
  defaultMessages,
  plural,
  useMessages,
  type MessageKey,
  type MessageOverrides,
  type MessagePack,
  type Messages,
  type PluralForms,
  type PostalCodeErrorValues,
} from "./core/i18n/index.js";

// The order as Polar answers it, and the update the kit sends
export type {
  Address,
  CustomerOrder,
  KnownBillingReason,
  KnownOrderStatus,
  OrderItem,
  OrderProduct,
  OrderSubscription,
} from "./features/orders/schema/order.js";
export type { AddressInput, OrderBillingUpdate } from "./features/orders/schema/billing.js";
