// The billing feature's public face (saved payment methods, failed payments, billing details):
// the data layer first (hooks, endpoints, Polar's rules as the kit reads them, the types); the
// components are listed below it. The root entry re-exports it whole; the schemas are in
// `react-polar-portal/schema`.

// Hooks and query options
export { billingKeys } from "./query/keys.js";
export { customerQueryOptions, paymentMethodsQueryOptions, type UseBillingQueryOptions } from "./query/billing-query.js";
export { useCustomer, useUpdateCustomer, type CustomerPatchContext, type UseUpdateCustomerResult } from "./query/use-customer.js";
export {
  useDeletePaymentMethod,
  usePaymentMethods,
  useSetDefaultPaymentMethod,
  type UseDeletePaymentMethodResult,
  type UsePaymentMethodsResult,
  type UseSetDefaultPaymentMethodResult,
} from "./query/use-payment-methods.js";
export { useFailedPayments, type UseFailedPaymentsResult } from "./query/use-failed-payments.js";
export { usePayOrder, type UsePayOrderOptions, type UsePayOrderResult } from "./query/use-pay-order.js";
export { PAY_POLL, payPollDelay, type PayOrderPhase, type PayOrderState } from "./query/pay-order.js";

// Endpoints, as functions over the client's request
export { deletePaymentMethod, getCustomer, listAllPaymentMethods, listPaymentMethods, updateCustomer } from "./api/customer.js";
export { confirmOrderPayment, getOrderPaymentStatus } from "./api/order-payment.js";
export { billingRefusal, refusalField, type BillingRefusal, type BillingRefusalKind } from "./api/refusal.js";

// Polar's rules, as the kit reads them
export { cardExpiry, isCard, isKrCard, type CardExpiry } from "./schema/payment-method.js";
export { isRetryableOrder } from "./schema/failed.js";

// The customer and payment methods as Polar answers them, and the changes the kit sends
export type { CustomerPatch, CustomerUpdate, PortalCustomer } from "./schema/customer.js";
export type {
  CardMetadata,
  KrCardMetadata,
  PaymentMethod,
  PaymentMethodCard,
  PaymentMethodGeneric,
  PaymentMethodKrCard,
} from "./schema/payment-method.js";
export type { OrderPaymentStatus, PaymentConfirmation } from "./schema/payment.js";

// Polar's card embed, framed by the kit (the embed itself loads from `react-polar-portal/embed`)
export * from "./embed/index.js";

// Components
export { PaymentMethodsList, type PaymentMethodsListProps } from "./components/PaymentMethodsList/PaymentMethodsList.js";
export { AddPaymentMethod, type AddPaymentMethodProps, type AddCardState } from "./components/AddPaymentMethod/AddPaymentMethod.js";
export { FailedPaymentBanner, type FailedPaymentBannerProps } from "./components/FailedPaymentBanner/FailedPaymentBanner.js";
export { PayNowDialog, type PayNowDialogProps } from "./components/PayNowDialog/PayNowDialog.js";
export { BillingDetailsForm, type BillingDetailsFormProps } from "./components/BillingDetailsForm/BillingDetailsForm.js";
