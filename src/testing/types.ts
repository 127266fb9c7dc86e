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

type RecurringInterval = "day" | "week" | "month" | "year";

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
  prices: FixturePrice[];
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
