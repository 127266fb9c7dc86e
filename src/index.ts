export { PortalProvider, type PortalProviderProps } from "./provider/PortalProvider";
export { usePortalContext, type PortalContextValue } from "./provider/context";
export { orderKeys, orderQueryOptions, useOrder, useUpdateOrderBilling, type UseOrderOptions, type UseUpdateOrderBillingResult } from "./query";
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
export { PortalError, isPortalError, type FieldErrors, type PortalErrorKind } from "./client/errors";
export {
  CustomerOrderSchema,
  AddressSchema,
  OrderItemSchema,
  ORDER_STATUSES,
  BILLING_REASONS,
  type CustomerOrder,
  type Address,
  type OrderItem,
  type OrderProduct,
  type OrderSubscription,
  type KnownOrderStatus,
  type KnownBillingReason,
} from "./schema/order";
export { OrderBillingUpdateSchema, type OrderBillingUpdate, type AddressInput } from "./schema/billing";
export { BillingAddressForm, type BillingAddressFormProps } from "./components/BillingAddressForm";
export { OrderDetail, StatusBadge, type OrderDetailProps, type StatusBadgeProps, type HeadingLevel } from "./components/OrderDetail";
export { OrderItemsTable, type OrderItemsTableProps } from "./components/OrderItemsTable";
export { formatMoney, formatDate, type DateFormatOptions } from "./format";
export {
  createBillingFormSchema,
  billingFormValuesFrom,
  toBillingUpdate,
  isValidPostalCode,
  POSTAL_CODE_FORMATS,
  type BillingFormValues,
  type BillingFormField,
  type BillingFormSchemaOptions,
} from "./schema/billing-form";
export { INPUT_COUNTRIES, US_STATES, CA_PROVINCES, type InputCountry } from "./schema/countries";
export { defaultMessages, plural, useMessages, type Messages, type MessageKey, type MessageOverrides } from "./i18n";
