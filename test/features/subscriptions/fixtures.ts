// Subscriptions in Polar's published shape (`CustomerSubscription` of the customer portal's OpenAPI
// document), for the data layer's tests until the testing kit's mock serves them.
import type { CustomerSubscription, PortalProduct, SeatTier, SubscriptionPrice, SubscriptionProduct } from "../../../src/features/subscriptions/index.js";

export const ORG_ID = "3f2a6a3e-8a44-4b0e-9a55-0b1c2d3e4f50";
export const CUSTOMER_ID = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
export const SUB_ID = "5d1a0c2e-7f3b-4c8d-9e0f-1a2b3c4d5e6f";
const NOW = "2026-12-01T00:00:00Z";

export function fixedPrice(amount: number, more: Partial<SubscriptionPrice> = {}): SubscriptionPrice {
  return {
    created_at: NOW,
    modified_at: null,
    id: `price-fixed-${amount}-${more.price_currency ?? "usd"}`,
    source: "catalog",
    amount_type: "fixed",
    price_currency: "usd",
    tax_behavior: null,
    is_archived: false,
    product_id: "prod-starter",
    price_amount: amount,
    ...more,
  } as SubscriptionPrice;
}

export function seatPrice(tiers: SeatTier[], more: Partial<SubscriptionPrice> = {}): SubscriptionPrice {
  return {
    created_at: NOW,
    modified_at: null,
    id: "price-seats",
    source: "catalog",
    amount_type: "seat_based",
    price_currency: "usd",
    is_archived: false,
    product_id: "prod-team",
    seat_tiers: { seat_tier_type: "volume", tiers, minimum_seats: tiers[0]!.min_seats, maximum_seats: tiers.at(-1)!.max_seats ?? null },
    ...more,
  };
}

export const ORGANIZATION: SubscriptionProduct["organization"] = {
  created_at: NOW,
  modified_at: null,
  id: ORG_ID,
  name: "Acme",
  slug: "acme",
  avatar_url: null,
  proration_behavior: "prorate",
  allow_customer_updates: true,
  customer_portal_settings: {
    usage: { show: true },
    subscription: { update_seats: true, update_plan: true, pause: false },
    customer: { allow_email_change: false },
  },
  organization_features: { member_model_enabled: false, checkout_localization_enabled: false },
};

export function makeProduct(more: Partial<PortalProduct> = {}): PortalProduct {
  return {
    id: "prod-starter",
    created_at: NOW,
    modified_at: null,
    trial_interval: null,
    trial_interval_count: null,
    name: "Starter",
    description: null,
    visibility: "public",
    recurring_interval: "month",
    recurring_interval_count: 1,
    is_recurring: true,
    is_archived: false,
    organization_id: ORG_ID,
    prices: [fixedPrice(1000)],
    benefits: [],
    medias: [],
    ...more,
  } as PortalProduct;
}

export function makeSubscription(more: Partial<CustomerSubscription> = {}, organization: Partial<SubscriptionProduct["organization"]> = {}): CustomerSubscription {
  const product: SubscriptionProduct = { ...makeProduct(), meter_interval: null, meter_interval_count: null, organization: { ...ORGANIZATION, ...organization } } as SubscriptionProduct;
  return {
    created_at: "2026-10-15T09:00:00Z",
    modified_at: null,
    id: SUB_ID,
    amount: 1000,
    currency: "usd",
    recurring_interval: "month",
    recurring_interval_count: 1,
    status: "active",
    current_period_start: "2026-11-15T09:00:00Z",
    current_period_end: "2026-12-15T09:00:00Z",
    current_meter_period_start: null,
    current_meter_period_end: null,
    trial_start: null,
    trial_end: null,
    cancel_at_period_end: false,
    canceled_at: null,
    started_at: "2026-10-15T09:00:00Z",
    ends_at: null,
    ended_at: null,
    past_due_at: null,
    pause_at_period_end: false,
    paused_at: null,
    resumes_at: null,
    customer_id: CUSTOMER_ID,
    product_id: product.id,
    discount_id: null,
    checkout_id: null,
    seats: null,
    customer_cancellation_reason: null,
    customer_cancellation_comment: null,
    product,
    prices: product.prices,
    meters: [],
    pending_update: null,
    ...more,
  };
}
