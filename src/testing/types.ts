import type { Address, CustomerOrder, KnownBillingReason, KnownOrderStatus, OrderItem, OrderProduct, OrderSubscription } from "../features/orders/schema/order.js";

// The shapes the fixtures, `makeOrder()` and the mock's answers are built in: Polar's newest
// contract, every field present, every enum a value Polar documents. They narrow the kit's own
// types (so a fixture goes wherever an order does) and follow `CustomerOrder` of Polar's SDK
// (`@polar-sh/sdk/2026-04` and `/2026-10`) field for field, so a fixture can also be handed to
// code typed with the SDK. The kit does not depend on the SDK: test/types/sdk.test-d.tsx pins
// that these stay assignable to its types.

/** ISO 3166-1 alpha-2, as Polar answers it (what it accepts on input, plus CU, IR, KP, RU, SY). */
export type FixtureCountry =
  | "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ"
  | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS"
  | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN"
  | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE"
  | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF"
  | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM"
  | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM"
  | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC"
  | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK"
  | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA"
  | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG"
  | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW"
  | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS"
  | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO"
  | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI"
  | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";

export interface FixtureAddress extends Address {
  country: FixtureCountry;
}

export interface FixtureItem extends OrderItem {
  created_at: string;
  modified_at: string | null;
  product_price_id: string | null;
  start_timestamp: string | null;
  end_timestamp: string | null;
}

export type FixtureRecurringInterval = "day" | "week" | "month" | "year";
type RecurringInterval = FixtureRecurringInterval;

/** A fixed price in the price's currency (minor units). */
export interface FixturePrice {
  created_at: string;
  modified_at: string | null;
  id: string;
  source: "catalog" | "ad_hoc";
  amount_type: "fixed";
  price_currency: string;
  tax_behavior: "location" | "inclusive" | "exclusive" | null;
  is_archived: boolean;
  product_id: string;
  price_amount: number;
}

/** The keys every price of Polar's `ProductPrice` union shares. */
interface FixturePriceBase {
  created_at: string;
  modified_at: string | null;
  id: string;
  source: "catalog" | "ad_hoc";
  price_currency: string;
  tax_behavior: "location" | "inclusive" | "exclusive" | null;
  is_archived: boolean;
  product_id: string;
}

/** A pay-what-you-want price (`ProductPriceCustom`): Polar refuses a plan change to it. */
export interface FixtureCustomPrice extends FixturePriceBase {
  amount_type: "custom";
  minimum_amount: number;
  maximum_amount: number | null;
  preset_amount: number | null;
}

/** One tier of a seat price: from `min_seats` to `max_seats` (null: no end), per seat. */
export interface FixtureSeatTier {
  min_seats: number;
  max_seats: number | null;
  price_per_seat: number;
}

/** A seat-based price (`ProductPriceSeatBased`); its minimum and maximum come from the tiers. */
export interface FixtureSeatPrice extends FixturePriceBase {
  amount_type: "seat_based";
  seat_tiers: {
    /** `volume` (default): every seat at the matching tier's rate; `graduated`: each tier's range at its own. */
    seat_tier_type?: "volume" | "graduated";
    tiers: FixtureSeatTier[];
    minimum_seats: number;
    maximum_seats: number | null;
  };
}

/** A price per unit of a meter (`ProductPriceMeteredUnit`), billed after the period. */
export interface FixtureMeteredPrice extends FixturePriceBase {
  amount_type: "metered_unit";
  unit_amount: string;
  cap_amount: number | null;
  meter_id: string;
  meter: { id: string; name: string; unit: "scalar" | "token" | "custom"; custom_label: string | null; custom_multiplier: number | null };
}

/** Any price of Polar's `ProductPrice` union. */
export type FixtureProductPrice = FixturePrice | FixtureCustomPrice | FixtureSeatPrice | FixtureMeteredPrice;

/** A custom benefit, the simplest kind Polar grants. */
export interface FixtureBenefit {
  id: string;
  created_at: string;
  modified_at: string | null;
  type: "custom";
  description: string;
  selectable: boolean;
  deletable: boolean;
  is_deleted: boolean;
  organization_id: string;
  /**
   * Not part of Polar's answer: the mock leaves a benefit whose visibility is not `"public"` out
   * of every order it answers (as Polar's customer portal does) and drops this key.
   */
  visibility?: "public" | "private" | "draft";
}

/** An image of the product. */
export interface FixtureMedia {
  id: string;
  organization_id: string;
  name: string;
  path: string;
  mime_type: string;
  size: number;
  storage_version: string | null;
  checksum_etag: string | null;
  checksum_sha256_base64: string | null;
  checksum_sha256_hex: string | null;
  last_modified_at: string | null;
  version: string | null;
  service: "product_media";
  is_uploaded: boolean;
  created_at: string;
  size_readable: string;
  public_url: string;
}

/** The merchant's organization, as the customer portal embeds it in a product. */
export interface FixtureOrganization {
  created_at: string;
  modified_at: string | null;
  id: string;
  name: string;
  slug: string;
  avatar_url: string | null;
  proration_behavior: "invoice" | "prorate" | "next_period" | "reset";
  allow_customer_updates: boolean;
  customer_portal_settings: {
    usage: { show: boolean };
    subscription: { update_seats: boolean; update_plan: boolean; update_units?: boolean; pause?: boolean };
    customer?: { allow_email_change?: boolean };
  };
  organization_features?: { member_model_enabled?: boolean; checkout_localization_enabled?: boolean };
}

export interface FixtureProduct extends OrderProduct {
  created_at: string;
  modified_at: string | null;
  trial_interval: RecurringInterval | null;
  trial_interval_count: number | null;
  description: string | null;
  visibility: "draft" | "private" | "public";
  recurring_interval: RecurringInterval | null;
  recurring_interval_count: number | null;
  meter_interval: RecurringInterval | null;
  meter_interval_count: number | null;
  is_recurring: boolean;
  is_archived: boolean;
  organization_id: string;
  prices: FixtureProductPrice[];
  benefits: FixtureBenefit[];
  medias: FixtureMedia[];
  organization: FixtureOrganization;
}

export interface FixtureSubscription extends OrderSubscription {
  created_at: string;
  modified_at: string | null;
  amount: number;
  currency: string;
  recurring_interval: RecurringInterval;
  recurring_interval_count: number;
  status: "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "canceled" | "unpaid" | "paused";
  current_period_end: string;
  current_meter_period_start: string | null;
  current_meter_period_end: string | null;
  trial_start: string | null;
  trial_end: string | null;
  canceled_at: string | null;
  started_at: string | null;
  ends_at: string | null;
  ended_at: string | null;
  past_due_at?: string | null;
  pause_at_period_end: boolean;
  paused_at: string | null;
  resumes_at: string | null;
  customer_id: string;
  product_id: string;
  discount_id: string | null;
  checkout_id: string | null;
  seats?: number | null;
  units: number | null;
  customer_cancellation_reason:
    | "customer_service"
    | "low_quality"
    | "missing_features"
    | "switched_service"
    | "too_complex"
    | "too_expensive"
    | "unused"
    | "other"
    | null;
  customer_cancellation_comment: string | null;
}

/** A {@link CustomerOrder} in Polar's newest shape: every field present, every enum a known value. */
export interface FixtureOrder extends CustomerOrder {
  modified_at: string | null;
  status: KnownOrderStatus;
  billing_reason: KnownBillingReason;
  refundable_amount: number;
  refundable_tax_amount: number;
  billing_address: FixtureAddress | null;
  receipt_number: string | null;
  units: number | null;
  product_id: string | null;
  discount_id: string | null;
  subscription_id: string | null;
  checkout_id: string | null;
  product: FixtureProduct | null;
  subscription: FixtureSubscription | null;
  items: FixtureItem[];
}

/** A change Polar will apply at the start of the next period (`PendingSubscriptionUpdate`). */
export interface FixturePendingUpdate {
  created_at: string;
  modified_at: string | null;
  id: string;
  applies_at: string;
  /** The product it switches to; null: the product stays. */
  product_id: string | null;
  /** The seats it sets; null: the seats stay. */
  seats: number | null;
  /** The units it sets (Polar answers it; the published 2026-04 document does not list it yet). */
  units: number | null;
}

/** A meter's usage in the current period (`CustomerSubscriptionMeter`). */
export interface FixtureSubscriptionMeter {
  created_at: string;
  modified_at: string | null;
  id: string;
  consumed_units: number;
  credited_units: number;
  /** What the usage costs so far, in minor units. */
  amount: number;
  meter_id: string;
  meter: { created_at: string; modified_at: string | null; id: string; name: string };
}

/**
 * A subscription as Polar's customer portal answers it (`CustomerSubscription` of
 * `GET /v1/customer-portal/subscriptions/{id}`), every field present, plus what Polar keeps but
 * does not answer (the mock drops it from every answer): the card that bills it.
 */
export interface FixtureCustomerSubscription extends FixtureSubscription {
  seats: number | null;
  product: FixtureProduct;
  /** The subscription's prices (the product's, in the subscription's currency, when it started). */
  prices: FixtureProductPrice[];
  meters: FixtureSubscriptionMeter[];
  pending_update: FixturePendingUpdate | null;
  /**
   * Not part of Polar's answer: the card that bills it (a `FixturePaymentMethod` id); null
   * or left out, the customer's default card does. Polar charges this one first.
   */
  payment_method_id?: string | null;
}

/** The merchant's organization as the mock keeps it: what Polar answers, and settings it keeps to itself. */
export interface FixtureMockOrganization extends FixtureOrganization {
  /**
   * Not part of Polar's answer: days a past-due customer keeps their benefits (Polar's
   * `subscription_settings.benefit_revocation_grace_period`, default 0). Above 0, a past-due
   * subscription cannot be revoked (409 `RevokeNotAllowed`).
   */
  benefit_revocation_grace_period?: number;
}
