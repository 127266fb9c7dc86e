// The public face of react-polar-portal: what the README promises and nothing else. Schemas and
// form helpers live in `react-polar-portal/schema`, fixtures and the mock Polar in
// `react-polar-portal/testing`.

// Provider
export { PortalProvider, type PortalProviderProps } from "./provider/PortalProvider.js";
export { usePortalClient } from "./provider/context.js";

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
} from "./query/index.js";
export { organizationKeys, portalKeys, sessionKeys } from "./query/keys.js";
export { canManageBilling, customerSessionUserQueryOptions, portalOrganizationQueryOptions } from "./query/session-query.js";
export { useBillingAccess, useCustomerSessionUser, usePortalOrganization, type BillingAccess } from "./query/use-session.js";
export { useOrderInvoice, useOrderReceipt, type DocumentState, type OrderDocument } from "./query/use-order-documents.js";

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
} from "./client/client.js";
export { SESSION_EXPIRY_MARGIN_MS, type CustomerSessionLike, type TokenAnswer, type TokenSource } from "./client/token.js";
export { getCustomerSessionUser, getPortalOrganization } from "./client/session.js";
export { generateInvoice, getInvoiceUrl, getReceiptUrl } from "./client/documents.js";
export {
  listOrders,
  type ListOrdersParams,
  type NormalizedListOrdersParams,
  type OrderSorting,
  type OrderSortProperty,
  type OrdersPage,
  type ProductBillingType,
} from "./client/orders-list.js";
export {
  PortalError,
  isPortalError,
  resourceOf,
  type FieldErrors,
  type PortalErrorInit,
  type PortalErrorKind,
  type PortalResource,
  type ValidationIssue,
} from "./client/errors.js";

// Components
export { BillingAddressForm, type BillingAddressFormProps } from "./components/BillingAddressForm/index.js";
export { OrderDetail, StatusBadge, type HeadingLevel, type OrderDetailProps, type StatusBadgeProps } from "./components/OrderDetail/index.js";
export { OrderItemsTable, type OrderItemsTableProps } from "./components/OrderItemsTable/index.js";
export {
  InvoiceButton,
  OrderDocuments,
  ReceiptButton,
  type InvoiceButtonProps,
  type OrderDocumentsProps,
  type ReceiptButtonProps,
} from "./components/OrderDocuments/index.js";
export { OrdersTable, type OrdersTableProps } from "./components/OrdersTable/index.js";
export { CustomerPortal, type CustomerPortalProps } from "./components/CustomerPortal/index.js";
export type { OrderComponentProps, RootAttributes } from "./components/shared/index.js";

// Formatting and words
export { formatDate, formatMoney, type DateFormatOptions } from "./format/index.js";
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
} from "./i18n/index.js";

// The order as Polar answers it, and the update the kit sends
export type {
  Address,
  CustomerOrder,
  KnownBillingReason,
  KnownOrderStatus,
  OrderItem,
  OrderProduct,
  OrderSubscription,
} from "./schema/order.js";
export type { AddressInput, OrderBillingUpdate } from "./schema/billing.js";
// Who the session is and what the merchant's portal allows
export type {
  CustomerPortalSettings,
  KnownMemberRole,
  PortalOrganization,
  PortalOrganizationData,
  PortalUser,
} from "./schema/session.js";
