// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";

// Polar adds fields and enum values every few months. Objects are loose (unknown keys are kept)
// and enums are plain strings, so a new value renders by its raw name instead of blanking the
// portal. Only what the UI relies on is strict: ids, integer amounts, dates that parse.

const dateTime = z.string().check(
  z.refine((value) => !Number.isNaN(Date.parse(value)), { message: "Expected an ISO 8601 date-time" }),
);
const amount = z.int();
const nullableString = z.optional(z.nullable(z.string()));
const nullableDate = z.optional(z.nullable(dateTime));

export const ORDER_STATUSES = ["draft", "pending", "paid", "refunded", "partially_refunded", "void"] as const;
export type KnownOrderStatus = (typeof ORDER_STATUSES)[number];

export const BILLING_REASONS = [
  "purchase",
  "subscription_create",
  "subscription_cycle",
  "subscription_update",
  "subscription_meter_cycle",
] as const;
export type KnownBillingReason = (typeof BILLING_REASONS)[number];

export const AddressSchema = z.looseObject({
  line1: nullableString,
  line2: nullableString,
  postal_code: nullableString,
  city: nullableString,
  state: nullableString,
  country: z.string(),
});
export type Address = z.infer<typeof AddressSchema>;

export const OrderItemSchema = z.looseObject({
  id: z.string(),
  label: z.string(),
  amount,
  tax_amount: amount,
  proration: z.boolean(),
  product_price_id: nullableString,
  start_timestamp: nullableDate,
  end_timestamp: nullableDate,
  created_at: z.optional(dateTime),
  modified_at: nullableDate,
});
export type OrderItem = z.infer<typeof OrderItemSchema>;

export const OrderProductSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
});
export type OrderProduct = z.infer<typeof OrderProductSchema>;

// Only the fields the portal shows are checked; the rest pass through untouched (loose).
export const OrderSubscriptionSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  recurring_interval: z.string(),
  recurring_interval_count: z.optional(z.nullable(z.int())),
  current_period_start: dateTime,
  current_period_end: nullableDate,
  cancel_at_period_end: z.boolean(),
});
export type OrderSubscription = z.infer<typeof OrderSubscriptionSchema>;

export const CustomerOrderSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created_at: dateTime,
  modified_at: nullableDate,
  customer_id: z.string(),
  status: z.string(),
  paid: z.boolean(),
  billing_reason: z.string(),

  currency: z.string().check(z.minLength(3)),
  subtotal_amount: amount,
  discount_amount: amount,
  net_amount: amount,
  tax_amount: amount,
  total_amount: amount,
  applied_balance_amount: amount,
  due_amount: amount,
  refunded_amount: amount,
  refunded_tax_amount: amount,
  // Newer answers only; the seed's shape has no refundable amounts.
  refundable_amount: z.optional(amount),
  refundable_tax_amount: z.optional(amount),

  billing_name: z.nullable(z.string()),
  billing_address: z.nullable(AddressSchema),
  invoice_number: z.nullable(z.string()),
  is_invoice_generated: z.boolean(),
  receipt_number: nullableString,

  seats: z.optional(z.nullable(z.int())),
  units: z.optional(z.nullable(z.int())),

  product_id: nullableString,
  discount_id: nullableString,
  subscription_id: nullableString,
  checkout_id: nullableString,

  product: z.optional(z.nullable(OrderProductSchema)),
  subscription: z.optional(z.nullable(OrderSubscriptionSchema)),
  items: z.array(OrderItemSchema),
  description: z.string(),
  next_payment_attempt_at: nullableDate,
});
export type CustomerOrder = z.infer<typeof CustomerOrderSchema>;
