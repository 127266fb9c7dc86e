// `react-polar-portal/schema`: the contract as zod schemas (orders, subscriptions, billing) and the
// billing name and address form's rules (the core's, an order's and a customer's alike), free of
// React (usable on a server, in a route handler, in a merchant's own form).
export { AddressInputSchema } from "../core/address/input-schema.js";
export { AddressSchema, type Address, type AddressInput } from "../core/address/schema.js";
export { parseOrder } from "../features/orders/schema/parse-order.js";
export {
  BILLING_REASONS,
  CustomerOrderSchema,
  ORDER_STATUSES,
  OrderItemSchema,
  OrderProductSchema,
  OrderSubscriptionSchema,
  type CustomerOrder,
  type KnownBillingReason,
  type KnownOrderStatus,
  type OrderItem,
  type OrderProduct,
  type OrderSubscription,
} from "../features/orders/schema/order.js";
export { OrderBillingUpdateSchema, type OrderBillingUpdate } from "../features/orders/schema/billing.js";
export {
  billingFormValuesFrom,
  createBillingFormSchema,
  isValidPostalCode,
  normalizePostalCode,
  POSTAL_CODE_FORMATS,
  toBillingUpdate,
  type BillingFormField,
  type BillingFormSchemaOptions,
  type BillingFormValues,
} from "../core/address/form.js";
export { CA_PROVINCES, INPUT_COUNTRIES, US_STATES, type InputCountry } from "../core/address/countries.js";
export { parseSubscription } from "../features/subscriptions/schema/parse.js";
export {
  CANCELLATION_REASONS,
  CustomerSubscriptionSchema,
  PortalProductSchema,
  SUBSCRIPTION_STATUSES,
  SubscriptionChargePreviewSchema,
} from "../features/subscriptions/schema/subscription.js";
export { PLAN_CHANGE_REFUSALS } from "../features/subscriptions/schema/eligibility.js";
export { parseCustomer, parsePaymentMethod } from "../features/billing/schema/parse.js";
export { CustomerUpdateSchema, PortalCustomerSchema, customerPatchBody } from "../features/billing/schema/customer.js";
export {
  CardMetadataSchema,
  KrCardMetadataSchema,
  PaymentMethodCardSchema,
  PaymentMethodGenericSchema,
  PaymentMethodKrCardSchema,
  readPaymentMethod,
} from "../features/billing/schema/payment-method.js";
export { PaymentConfirmationSchema, PaymentStatusSchema } from "../features/billing/schema/payment.js";
