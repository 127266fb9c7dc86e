// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import { AddressSchema, type Address } from "../../../core/address/schema.js";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

// The address is Polar's one shape, an order's and a customer's alike: the core's.
export { AddressSchema, type Address } from "../../../core/address/schema.js";

// Polar adds fields and enum values every few months. Objects are loose (unknown keys are kept)
// and enums are plain strings, so a new value renders by its raw name instead of blanking the
// portal. Only what the UI relies on is strict: ids, integer amounts, dates that parse.

const dateTime = z.string().check(
  z.refine((value) => !Number.isNaN(Date.parse(value)), { message: "Expected an ISO 8601 date-time" }),
);
const amount = z.int();
const nullableString = z.optional(z.nullable(z.string()));
const nullableDate = z.optional(z.nullable(dateTime));
const nullableInt = z.optional(z.nullable(z.int()));

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

export const OrderProductSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: nullableString,
});

// Only the fields the portal shows are checked; the rest pass through untouched (loose).
export const OrderSubscriptionSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  recurring_interval: z.string(),
  recurring_interval_count: nullableInt,
  current_period_start: dateTime,
  current_period_end: nullableDate,
  cancel_at_period_end: z.boolean(),
});

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

  seats: nullableInt,
  units: nullableInt,

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

// The public types are plain interfaces, written out, rather than `z.infer` of the schemas: a
// loose object infers `[key: string]: unknown` at every level, which Polar's SDK interfaces
// (`CustomerOrder` of `@polar-sh/sdk/2026-04` and `/2026-10`) cannot be assigned to, and which
// lets a typo such as `order.billing_nmae` compile as `unknown`. Unknown fields are still kept
// at run time (the schemas stay loose); they are only left out of the types. The schemas stay
// the source of truth: `SameShape` below fails to compile when an interface and its schema
// disagree on a field, its optionality or its type, so the two cannot drift apart.

// A known value or any other string: editors still suggest the known ones, the SDK's enums
// assign, and a value Polar adds later is still an order (it renders by its raw name).
type OrderStatus = KnownOrderStatus | (string & {});
type BillingReason = KnownBillingReason | (string & {});

/** A line of the order. Amounts are integers in the currency's minor unit; a credit is negative. */
export interface OrderItem {
  id: string;
  label: string;
  amount: number;
  tax_amount: number;
  /** A prorated charge or credit from a mid-period plan change. */
  proration: boolean;
  product_price_id?: string | null;
  /** The period a prorated line covers (ISO 8601); absent from the older API shape. */
  start_timestamp?: string | null;
  end_timestamp?: string | null;
  created_at?: string;
  modified_at?: string | null;
}

/** The product the order is for, as far as the portal shows it (Polar sends more). */
export interface OrderProduct {
  id: string;
  name: string;
  description?: string | null;
}

/** The subscription an order belongs to, as far as the portal shows it (Polar sends more). */
export interface OrderSubscription {
  id: string;
  /** `active`, `past_due`, `canceled`, …: any string, so a new status does not break the portal. */
  status: string;
  /** `day`, `week`, `month` or `year`, every `recurring_interval_count` of them. */
  recurring_interval: string;
  recurring_interval_count?: number | null;
  current_period_start: string;
  current_period_end?: string | null;
  cancel_at_period_end: boolean;
}

/**
 * A customer's order as Polar's customer portal answers it (`GET` and `PATCH
 * /v1/customer-portal/orders/{id}`), in the newest shape and in the older one of Polar's
 * reference pages. An order typed with Polar's SDK (`CustomerOrder` of `@polar-sh/sdk/2026-04`
 * or `/2026-10`) can be passed wherever this type is asked for.
 *
 * Amounts are integers in the currency's minor unit (cents; yen for `jpy`). Dates are ISO 8601
 * strings. Fields Polar adds later are kept at run time but not typed here.
 */
export interface CustomerOrder {
  id: string;
  created_at: string;
  modified_at?: string | null;
  customer_id: string;
  /** One of {@link ORDER_STATUSES}, or a newer status (shown by its raw name). */
  status: OrderStatus;
  paid: boolean;
  /** One of {@link BILLING_REASONS}, or a newer reason. */
  billing_reason: BillingReason;

  /** Lower-case ISO 4217, e.g. `usd`. */
  currency: string;
  subtotal_amount: number;
  discount_amount: number;
  /** Subtotal minus discount, before tax. */
  net_amount: number;
  tax_amount: number;
  /** Net plus tax. */
  total_amount: number;
  /** Negative: the customer's credit lowered what is due; positive: an earlier debt raised it. */
  applied_balance_amount: number;
  /** `max(0, total + applied balance)`, filled on paid orders too: owed only while unpaid. */
  due_amount: number;
  refunded_amount: number;
  refunded_tax_amount: number;
  /** Absent from the older API shape. */
  refundable_amount?: number;
  refundable_tax_amount?: number;

  /** The name printed on the invoice. */
  billing_name: string | null;
  billing_address: Address | null;
  invoice_number: string | null;
  is_invoice_generated: boolean;
  /** Null until a receipt exists; absent from the older API shape. */
  receipt_number?: string | null;

  seats?: number | null;
  units?: number | null;

  product_id?: string | null;
  discount_id?: string | null;
  subscription_id?: string | null;
  checkout_id?: string | null;

  product?: OrderProduct | null;
  subscription?: OrderSubscription | null;
  items: OrderItem[];
  description: string;
  /** When Polar retries a failed payment (dunning); null otherwise. */
  next_payment_attempt_at?: string | null;
}

// Never used: a mismatch fails to compile here, naming the schema whose type drifted.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof OrderItemSchema>, OrderItem>>,
  Checked<SameShape<z.infer<typeof OrderProductSchema>, OrderProduct>>,
  Checked<SameShape<z.infer<typeof OrderSubscriptionSchema>, OrderSubscription>>,
  Checked<SameShape<z.infer<typeof CustomerOrderSchema>, CustomerOrder>>,
];
