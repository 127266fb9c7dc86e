// The public face of react-polar-portal: what the README promises and nothing else. Schemas and
// form helpers live in `react-polar-portal/schema`, fixtures and the mock Polar in
// `react-polar-portal/testing`.

// Provider
export { PortalProvider, type PortalProviderProps } from "./provider/PortalProvider";
export { usePortalClient } from "./provider/context";

// Hooks and query options
export {
  orderKeys,
  orderQueryOptions,
  useOrder,
  useUpdateOrderBilling,
  type UpdateContext,
  type UseOrderOptions,
  type UseUpdateOrderBillingResult,
} from "./query";

// Talking to Polar
export {
  createPortalClient,
  POLAR_SERVERS,
  type PolarApiVersion,
  type PolarServer,
  type PortalClient,
  type PortalClientOptions,
  type RequestOptions,
  type TokenSource,
} from "./client/client";
export { PortalError, isPortalError, type FieldErrors, type PortalErrorInit, type PortalErrorKind } from "./client/errors";

// Components
export { BillingAddressForm, type BillingAddressFormProps } from "./components/BillingAddressForm";
export { OrderDetail, StatusBadge, type HeadingLevel, type OrderDetailProps, type StatusBadgeProps } from "./components/OrderDetail";
export { OrderItemsTable, type OrderItemsTableProps } from "./components/OrderItemsTable";
export type { OrderComponentProps, RootAttributes } from "./components/shared";

// Formatting and words
export { formatDate, formatMoney, type DateFormatOptions } from "./format";
export {
  defaultMessages,
  plural,
  useMessages,
  type MessageKey,
  type MessageOverrides,
  type Messages,
  type PluralForms,
  type PostalCodeErrorValues,
} from "./i18n";

// The order as Polar answers it, and the update the kit sends
export type {
  Address,
  CustomerOrder,
  KnownBillingReason,
  KnownOrderStatus,
  OrderItem,
  OrderProduct,
  OrderSubscription,
} from "./schema/order";
export type { AddressInput, OrderBillingUpdate } from "./schema/billing";
