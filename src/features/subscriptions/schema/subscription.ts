// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";
import { PortalOrganizationSchema } from "../../../core/session/schema.js";

// Polar's subscription as its customer portal answers it (`CustomerSubscription` of the published
// OpenAPI document, `customer_portal/schemas/subscription.py` in Polar's source). Loose like the
// order: unknown keys are kept and enums are plain strings, so a status or price type Polar adds
// later renders by its raw name instead of blanking the portal; `units` (in Polar's source, not
// in the published document) is accepted either way. Only what the kit computes with is strict:
// ids, integer amounts, dates that parse.

const dateTime = z.string().check(
  z.refine((value) => !Number.isNaN(Date.parse(value)), { message: "Expected an ISO 8601 date-time" }),
);
const amount = z.int();
const nullableString = z.optional(z.nullable(z.string()));
const nullableDate = z.nullable(dateTime);
const optionalDate = z.optional(z.nullable(dateTime));
const nullableInt = z.optional(z.nullable(z.int()));

export const SUBSCRIPTION_STATUSES = ["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"] as const;
export type KnownSubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** Polar's eight reasons a customer may give for cancelling (`CustomerCancellationReason`). */
export const CANCELLATION_REASONS = [
  "customer_service",
  "low_quality",
  "missing_features",
  "switched_service",
  "too_complex",
  "too_expensive",
  "unused",
  "other",
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const SUBSCRIPTION_RECURRING_INTERVALS = ["day", "week", "month", "year"] as const;
export type SubscriptionRecurringInterval = (typeof SUBSCRIPTION_RECURRING_INTERVALS)[number];

/** How Polar bills a plan or seat change (`SubscriptionProrationBehavior`; `reset` is internal). */
export type KnownProrationBehavior = "invoice" | "prorate" | "next_period" | "reset";

export const SeatTierSchema = z.looseObject({
  min_seats: z.int(),
  max_seats: nullableInt,
  price_per_seat: amount,
});

export const SeatTiersSchema = z.looseObject({
  /** `volume` (every seat at the rate of the tier the count falls in; the default) or `graduated`. */
  seat_tier_type: nullableString,
  tiers: z.array(SeatTierSchema),
  minimum_seats: nullableInt,
  maximum_seats: nullableInt,
});

// One object for Polar's price union (fixed, custom, seat_based, metered_unit, the legacy recurring
// fixed and custom, and `free` of older answers): what each kind needs is optional here and read
// by its `amount_type`, so a kind Polar adds later is still a price (of unknown amount).
export const SubscriptionPriceSchema = z.looseObject({
  id: z.string(),
  amount_type: z.string(),
  price_currency: z.string(),
  is_archived: z.boolean(),
  product_id: z.optional(z.string()),
  source: nullableString,
  created_at: z.optional(dateTime),
  modified_at: optionalDate,
  /** `fixed`. */
  price_amount: z.optional(amount),
  /** `custom`. */
  minimum_amount: nullableInt,
  maximum_amount: nullableInt,
  preset_amount: nullableInt,
  /** `seat_based`. */
  seat_tiers: z.optional(z.nullable(SeatTiersSchema)),
  /** `metered_unit`: a decimal string, in cents per unit. */
  unit_amount: z.optional(z.string()),
  cap_amount: nullableInt,
  meter_id: nullableString,
  /** Legacy recurring prices only (`type: "recurring"`, `legacy: true`). */
  type: nullableString,
  recurring_interval: nullableString,
  legacy: z.optional(z.boolean()),
});

export const SubscriptionBenefitSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  description: z.string(),
});

// `CustomerProduct`: a product as the organization's portal lists it.
export const PortalProductSchema = z.looseObject({
  id: z.string(),
  created_at: z.optional(dateTime),
  modified_at: optionalDate,
  name: z.string(),
  description: nullableString,
  /** `public`, `private` or `draft`: the portal lets a customer move only to a public product. */
  visibility: z.optional(z.string()),
  recurring_interval: nullableString,
  recurring_interval_count: nullableInt,
  trial_interval: nullableString,
  trial_interval_count: nullableInt,
  is_recurring: z.boolean(),
  is_archived: z.boolean(),
  organization_id: z.string(),
  prices: z.array(SubscriptionPriceSchema),
  benefits: z.optional(z.array(SubscriptionBenefitSchema)),
  medias: z.optional(z.array(z.unknown())),
});

// `CustomerOrganization`: the core's organization schema, with the dates Polar also sends.
export const SubscriptionOrganizationSchema = z.extend(PortalOrganizationSchema, { created_at: z.optional(dateTime), modified_at: optionalDate });

// `CustomerSubscriptionProduct`: the product with its organization and that organization's
// portal settings (whether a plan change, seats or a pause are allowed) and proration behaviour.
export const SubscriptionProductSchema = z.extend(PortalProductSchema, { organization: SubscriptionOrganizationSchema });

export const PendingSubscriptionUpdateSchema = z.looseObject({
  id: z.string(),
  created_at: z.optional(dateTime),
  modified_at: optionalDate,
  /** When the change takes effect: the start of the next period. */
  applies_at: dateTime,
  product_id: nullableString,
  seats: nullableInt,
  units: nullableInt,
});

export const SubscriptionMeterSchema = z.looseObject({
  id: z.string(),
  created_at: z.optional(dateTime),
  modified_at: optionalDate,
  consumed_units: z.number(),
  credited_units: z.number(),
  /** What the usage so far costs, in the currency's minor unit. */
  amount,
  meter_id: z.string(),
  meter: z.looseObject({ id: z.string(), name: z.string() }),
});

export const CustomerSubscriptionSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  created_at: dateTime,
  modified_at: optionalDate,
  amount,
  currency: z.string().check(z.minLength(3)),
  recurring_interval: z.string(),
  recurring_interval_count: z.optional(z.int()),
  status: z.string(),
  current_period_start: dateTime,
  current_period_end: dateTime,
  current_meter_period_start: optionalDate,
  current_meter_period_end: optionalDate,
  trial_start: nullableDate,
  trial_end: nullableDate,
  cancel_at_period_end: z.boolean(),
  canceled_at: nullableDate,
  started_at: nullableDate,
  ends_at: nullableDate,
  ended_at: nullableDate,
  past_due_at: optionalDate,
  pause_at_period_end: z.optional(z.boolean()),
  paused_at: optionalDate,
  resumes_at: optionalDate,
  customer_id: z.string(),
  product_id: z.string(),
  discount_id: nullableString,
  checkout_id: nullableString,
  seats: nullableInt,
  units: nullableInt,
  customer_cancellation_reason: nullableString,
  customer_cancellation_comment: nullableString,
  product: SubscriptionProductSchema,
  prices: z.array(SubscriptionPriceSchema),
  meters: z.optional(z.array(SubscriptionMeterSchema)),
  pending_update: z.optional(z.nullable(PendingSubscriptionUpdateSchema)),
});

/** A pending proration in a preview: positive to charge, negative to credit. */
export const ChargePreviewProrationSchema = z.looseObject({ label: z.string(), amount });

/** `SubscriptionChargePreview`: the answer of the private charge-preview and change-preview routes. */
export const SubscriptionChargePreviewSchema = z.looseObject({
  base_amount: amount,
  metered_amount: amount,
  proration_amount: amount,
  prorations: z.array(ChargePreviewProrationSchema),
  subtotal_amount: amount,
  discount_amount: amount,
  net_amount: amount,
  tax_amount: amount,
  total_amount: amount,
  applied_balance_amount: amount,
  due_amount: amount,
});

// Plain interfaces, written out (see orders' schema/order.ts for why): Polar's SDK types assign
// to them, a typo does not compile as `unknown`, and `SameShape` at the end keeps each in step
// with its schema.

type SubscriptionStatus = KnownSubscriptionStatus | (string & {});
type RecurringInterval = SubscriptionRecurringInterval | (string & {});

/** A seat tier: `price_per_seat` for counts from `min_seats` to `max_seats` (null: no upper bound). */
export interface SeatTier {
  min_seats: number;
  max_seats?: number | null;
  price_per_seat: number;
}

export interface SeatTiers {
  seat_tier_type?: "volume" | "graduated" | (string & {}) | null;
  tiers: SeatTier[];
  minimum_seats?: number | null;
  maximum_seats?: number | null;
}

/**
 * One of a product's prices, whatever its `amount_type` (`fixed`, `custom`, `seat_based`,
 * `metered_unit`, a legacy recurring `fixed`/`custom`, or a newer kind). Amounts are integers in
 * the currency's minor unit.
 */
export interface SubscriptionPrice {
  id: string;
  amount_type: "fixed" | "custom" | "free" | "seat_based" | "metered_unit" | (string & {});
  /** Lower-case ISO 4217. */
  price_currency: string;
  is_archived: boolean;
  product_id?: string;
  source?: string | null;
  created_at?: string;
  modified_at?: string | null;
  price_amount?: number;
  minimum_amount?: number | null;
  maximum_amount?: number | null;
  preset_amount?: number | null;
  seat_tiers?: SeatTiers | null;
  unit_amount?: string;
  cap_amount?: number | null;
  meter_id?: string | null;
  type?: string | null;
  recurring_interval?: string | null;
  legacy?: boolean;
}

/** A benefit a product grants, as the portal shows it. */
export interface SubscriptionBenefit {
  id: string;
  type: string;
  description: string;
}

/** A product as the organization's portal lists it (`CustomerProduct`). */
export interface PortalProduct {
  id: string;
  created_at?: string;
  modified_at?: string | null;
  name: string;
  description?: string | null;
  visibility?: "public" | "private" | "draft" | (string & {});
  recurring_interval?: RecurringInterval | null;
  recurring_interval_count?: number | null;
  trial_interval?: RecurringInterval | null;
  trial_interval_count?: number | null;
  is_recurring: boolean;
  is_archived: boolean;
  organization_id: string;
  prices: SubscriptionPrice[];
  benefits?: SubscriptionBenefit[];
  medias?: unknown[];
}

/**
 * The merchant's organization as a subscription's product carries it (`CustomerOrganization`):
 * what its portal allows and how it bills a plan or seat change.
 */
export interface SubscriptionOrganization {
  created_at?: string;
  modified_at?: string | null;
  id: string;
  name: string;
  slug: string;
  avatar_url: string | null;
  /** `invoice`, `prorate` (Polar's default) or `next_period`; `reset` is Polar's own. */
  proration_behavior: KnownProrationBehavior | (string & {});
  allow_customer_updates: boolean;
  customer_portal_settings: {
    usage: { show: boolean };
    /** What the customer may change; Polar answers 403 to the rest. `pause` is off unless set. */
    subscription: { update_seats: boolean; update_plan: boolean; pause?: boolean };
    customer?: { allow_email_change?: boolean };
  };
  organization_features?: { member_model_enabled?: boolean; checkout_localization_enabled?: boolean };
}

/** The product a subscription is for, with its organization's portal settings (`CustomerSubscriptionProduct`). */
export interface SubscriptionProduct extends PortalProduct {
  organization: SubscriptionOrganization;
}

/** A change Polar will apply at the start of the next period (`proration_behavior` `next_period`). */
export interface PendingSubscriptionUpdate {
  id: string;
  created_at?: string;
  modified_at?: string | null;
  applies_at: string;
  product_id?: string | null;
  seats?: number | null;
  units?: number | null;
}

/** Usage of one meter in the current period. */
export interface SubscriptionMeter {
  id: string;
  created_at?: string;
  modified_at?: string | null;
  consumed_units: number;
  credited_units: number;
  amount: number;
  meter_id: string;
  meter: { id: string; name: string };
}

/**
 * A customer's subscription as Polar's customer portal answers it (`GET`/`PATCH
 * /v1/customer-portal/subscriptions/{id}`, and each item of the list). Amounts are integers in the
 * currency's minor unit; dates are ISO 8601 strings. Fields Polar adds later are kept at run time
 * but not typed here.
 */
export interface CustomerSubscription {
  id: string;
  created_at: string;
  modified_at?: string | null;
  /** What each period bills for the product's static prices (seats included). */
  amount: number;
  currency: string;
  recurring_interval: RecurringInterval;
  recurring_interval_count?: number;
  /** One of {@link SUBSCRIPTION_STATUSES}, or a newer status (shown by its raw name). */
  status: SubscriptionStatus;
  current_period_start: string;
  current_period_end: string;
  current_meter_period_start?: string | null;
  current_meter_period_end?: string | null;
  trial_start: string | null;
  trial_end: string | null;
  cancel_at_period_end: boolean;
  canceled_at: string | null;
  started_at: string | null;
  /** When it will end (a cancel at period end) or ended. */
  ends_at: string | null;
  ended_at: string | null;
  past_due_at?: string | null;
  pause_at_period_end?: boolean;
  paused_at?: string | null;
  resumes_at?: string | null;
  customer_id: string;
  product_id: string;
  discount_id?: string | null;
  checkout_id?: string | null;
  seats?: number | null;
  units?: number | null;
  customer_cancellation_reason?: CancellationReason | (string & {}) | null;
  customer_cancellation_comment?: string | null;
  product: SubscriptionProduct;
  prices: SubscriptionPrice[];
  meters?: SubscriptionMeter[];
  pending_update?: PendingSubscriptionUpdate | null;
}

/** Polar's preview of a charge (`SubscriptionChargePreview`), every amount in the minor unit. */
export interface SubscriptionChargePreview {
  base_amount: number;
  metered_amount: number;
  proration_amount: number;
  prorations: { label: string; amount: number }[];
  subtotal_amount: number;
  discount_amount: number;
  net_amount: number;
  tax_amount: number;
  total_amount: number;
  /** Negative when the customer's credit lowers what is due; positive when it clears a debt. */
  applied_balance_amount: number;
  /** What is actually charged: total plus applied balance, at least 0. */
  due_amount: number;
}

// Never used: a mismatch fails to compile here, naming the schema whose type drifted.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof SeatTiersSchema>, SeatTiers>>,
  Checked<SameShape<z.infer<typeof SubscriptionPriceSchema>, SubscriptionPrice>>,
  Checked<SameShape<z.infer<typeof SubscriptionBenefitSchema>, SubscriptionBenefit>>,
  Checked<SameShape<z.infer<typeof PortalProductSchema>, PortalProduct>>,
  Checked<SameShape<z.infer<typeof SubscriptionOrganizationSchema>, SubscriptionOrganization>>,
  Checked<SameShape<z.infer<typeof SubscriptionProductSchema>, SubscriptionProduct>>,
  Checked<SameShape<z.infer<typeof PendingSubscriptionUpdateSchema>, PendingSubscriptionUpdate>>,
  Checked<SameShape<z.infer<typeof SubscriptionMeterSchema>, SubscriptionMeter>>,
  Checked<SameShape<z.infer<typeof CustomerSubscriptionSchema>, CustomerSubscription>>,
  Checked<SameShape<z.infer<typeof SubscriptionChargePreviewSchema>, SubscriptionChargePreview>>,
];
