// Subscriptions, the products a plan change may pick from, and saved cards, for stories, tests
// and the mock Polar (`createPolarMock({ subscriptions, products, paymentMethods })`). Free of msw
// and of React. Dates are fixed around the mock's clock (`MOCK_NOW`, 2026-03-20 12:00 UTC): the
// current period of a monthly subscription runs 2026-03-14 → 2026-04-14, as the orders' does.
import { FIXTURE_CUSTOMER_ID, OTHER_CUSTOMER_ID, makeOrganization, makeProduct, makeSubscription } from "./fixtures.js";
import type {
  FixtureCustomerSubscription,
  FixturePendingUpdate,
  FixturePrice,
  FixtureProduct,
  FixtureProductPrice,
  FixtureRecurringInterval,
  FixtureSeatPrice,
  FixtureSeatTier,
} from "./types.js";
import { recurringAmount } from "./prices.js";

const CATALOG_AT = "2025-11-02T10:00:00Z";
const PERIOD_START = "2026-03-14T09:26:53Z";
const PERIOD_END = "2026-04-14T09:26:53Z";

/** `c3d4e5f6-…-0000000001NN`: one fixed id per catalog product (the orders' own start at …0001). */
const productId = (n: number) => `c3d4e5f6-0000-4000-8000-${(0x100 + n).toString(16).padStart(12, "0")}`;
/** `b2c3d4e5-…-0000000001NN`: the price of product `n` (a second price: `n + 0x80`). */
const priceId = (n: number) => `b2c3d4e5-0000-4000-8000-${(0x100 + n).toString(16).padStart(12, "0")}`;
/** `f6a7b8c9-…-0000000001NN`: one fixed id per named subscription (the orders' embed …0001 and …0002). */
const subscriptionId = (n: number) => `f6a7b8c9-0000-4000-8000-${(0x100 + n).toString(16).padStart(12, "0")}`;
const updateId = (n: number) => `e7f8a9b0-0000-4000-8000-${(0x100 + n).toString(16).padStart(12, "0")}`;

/** A fixed price of `amount` minor units in `currency` (default usd) for the product `productId`. */
export function makeFixedPrice(productId: string, amount: number, overrides: Partial<FixturePrice> = {}): FixturePrice {
  return {
    created_at: CATALOG_AT,
    modified_at: null,
    id: overrides.id ?? priceId(0),
    source: "catalog",
    amount_type: "fixed",
    price_currency: "usd",
    tax_behavior: null,
    is_archived: false,
    product_id: productId,
    price_amount: amount,
    ...overrides,
  };
}

/** A seat price from its tiers; Polar derives the minimum from the first, the maximum from the last. */
export function makeSeatPrice(
  productId: string,
  tiers: FixtureSeatTier[],
  overrides: Partial<Omit<FixtureSeatPrice, "seat_tiers">> & { seat_tier_type?: "volume" | "graduated" } = {},
): FixtureSeatPrice {
  const { seat_tier_type = "volume", ...rest } = overrides;
  return {
    created_at: CATALOG_AT,
    modified_at: null,
    id: priceId(0),
    source: "catalog",
    amount_type: "seat_based",
    price_currency: "usd",
    tax_behavior: null,
    is_archived: false,
    product_id: productId,
    seat_tiers: {
      seat_tier_type,
      tiers,
      minimum_seats: tiers[0]?.min_seats ?? 1,
      maximum_seats: tiers.at(-1)?.max_seats ?? null,
    },
    ...rest,
  };
}

interface PlanOptions {
  name: string;
  description?: string;
  interval: FixtureRecurringInterval | null;
  count?: number;
  prices: (id: string) => FixtureProductPrice[];
  overrides?: Partial<FixtureProduct>;
}

function plan(n: number, { name, description, interval, count = 1, prices, overrides = {} }: PlanOptions): FixtureProduct {
  const id = productId(n);
  return makeProduct({
    id,
    created_at: CATALOG_AT,
    name,
    description: description ?? null,
    is_recurring: interval !== null,
    recurring_interval: interval,
    recurring_interval_count: interval === null ? null : count,
    prices: prices(id),
    ...overrides,
  });
}

const fixed = (n: number, amount: number, currency = "usd") => (id: string) => [makeFixedPrice(id, amount, { id: priceId(n), price_currency: currency })];

/**
 * The merchant's catalog: what a plan change may pick from, and each product Polar refuses with
 * its own 422 (archived, private, one-time, custom price, no price in the subscription's
 * currency). All belong to the fixtures' organization (`makeOrganization()`).
 */
export const productFixtures = {
  /** Starter, $19 a month: what most subscriptions below are on. */
  starter: plan(1, { name: "Starter", description: "The Starter plan, billed monthly.", interval: "month", prices: fixed(1, 1900) }),
  /** Pro, $49 a month: an upgrade on the same interval (prorated, no invoice under `prorate`). */
  pro: plan(2, { name: "Pro", description: "The Pro plan, billed monthly.", interval: "month", prices: fixed(2, 4900) }),
  /** Starter, $190 a year: another interval (an invoice now, even under `prorate`). */
  starterYearly: plan(3, { name: "Starter (yearly)", description: "The Starter plan, billed yearly.", interval: "year", prices: fixed(3, 19000) }),
  /** $5 a week. */
  weekly: plan(4, { name: "Coffee Club", description: "A bag of beans every week.", interval: "week", prices: fixed(4, 500) }),
  /** $2 a day. */
  daily: plan(5, { name: "Day Pass", description: "Access for a day at a time.", interval: "day", prices: fixed(5, 200) }),
  /** $45 every 3 months. */
  quarterly: plan(6, { name: "Quarterly Box", description: "A box every three months.", interval: "month", count: 3, prices: fixed(6, 4500) }),
  /** $12 a seat a month from 2 to 9 seats, $10 from 10 to 20 (volume tiers): minimum 2, maximum 20. */
  team: plan(7, {
    name: "Team",
    description: "For teams of 2 to 20.",
    interval: "month",
    prices: (id) => [
      makeSeatPrice(id, [
        { min_seats: 2, max_seats: 9, price_per_seat: 1200 },
        { min_seats: 10, max_seats: 20, price_per_seat: 1000 },
      ], { id: priceId(7) }),
    ],
  }),
  /** $20 a seat a month, from 1 seat, no maximum: a seat-based plan a seat-based subscription may move to. */
  teamPlus: plan(8, {
    name: "Team Plus",
    description: "For teams of any size.",
    interval: "month",
    prices: (id) => [makeSeatPrice(id, [{ min_seats: 1, max_seats: null, price_per_seat: 2000 }], { id: priceId(8) })],
  }),
  /** Free, monthly: a subscription on it needs no card. */
  free: plan(9, { name: "Free", description: "The free tier.", interval: "month", prices: fixed(9, 0) }),
  /** Pay what you want, monthly: 422 "Can't update to a product with custom prices." */
  payWhatYouWant: plan(10, {
    name: "Supporter",
    description: "Pay what you want, every month.",
    interval: "month",
    prices: (id) => [
      {
        created_at: CATALOG_AT,
        modified_at: null,
        id: priceId(10),
        source: "catalog",
        amount_type: "custom",
        price_currency: "usd",
        tax_behavior: null,
        is_archived: false,
        product_id: id,
        minimum_amount: 500,
        maximum_amount: null,
        preset_amount: 1500,
      },
    ],
  }),
  /** Priced in euros only: 422 "This product doesn't have a price for the subscription currency." */
  euro: plan(11, { name: "Starter (EUR)", description: "The Starter plan, billed monthly in euros.", interval: "month", prices: fixed(11, 1700, "eur") }),
  /** Archived: absent from the organization's products, 422 "Product is archived." */
  archived: plan(12, { name: "Legacy Plan", description: "No longer sold.", interval: "month", prices: fixed(12, 900), overrides: { is_archived: true } }),
  /** Private: absent from the organization's products, 422 "Product visibility is not allowed." */
  private: plan(13, { name: "Partner Plan", description: "For partners only.", interval: "month", prices: fixed(13, 2900), overrides: { visibility: "private" } }),
  /** One-time: 422 "Product is not recurring." */
  oneTime: plan(14, { name: "Lifetime Licence", description: "Paid once, yours forever.", interval: null, prices: fixed(14, 29900) }),
} satisfies Record<string, FixtureProduct>;

export type ProductFixtureName = keyof typeof productFixtures;

// The saved cards moved to payment-method-fixtures.ts with the billing feature; still exported here.
export { paymentMethodFixtures } from "./payment-method-fixtures.js";

/**
 * A customer-portal subscription on `product` (default: Starter), active in the current period,
 * with every key of the published document; `amount`, `currency` and the interval follow the
 * product unless overridden.
 */
export function makeCustomerSubscription(
  overrides: Partial<FixtureCustomerSubscription> = {},
): FixtureCustomerSubscription {
  const product = overrides.product ?? productFixtures.starter;
  const prices = overrides.prices ?? product.prices.filter((price) => !price.is_archived);
  const seatBased = prices.some((price) => price.amount_type === "seat_based");
  const seats = overrides.seats !== undefined ? overrides.seats : seatBased ? 2 : null;
  const base = makeSubscription({
    id: subscriptionId(0),
    created_at: PERIOD_START,
    product_id: product.id,
    amount: recurringAmount(prices, seats),
    currency: prices[0]?.price_currency ?? "usd",
    recurring_interval: product.recurring_interval ?? "month",
    recurring_interval_count: product.recurring_interval_count ?? 1,
    seats,
    checkout_id: "d4e5f6a7-0000-4000-8000-000000000101",
  });
  return {
    ...base,
    product,
    prices,
    meters: [],
    pending_update: null,
    payment_method_id: null,
    ...overrides,
    seats,
  };
}

function pending(n: number, update: Partial<FixturePendingUpdate>): FixturePendingUpdate {
  return { created_at: "2026-03-18T10:00:00Z", modified_at: null, id: updateId(n), applies_at: PERIOD_END, product_id: null, seats: null, units: null, ...update };
}

/**
 * One subscription per status and per flag, each with its own fixed id, all of
 * {@link FIXTURE_CUSTOMER_ID} (the default store of `createPolarMock`). `incomplete` has no
 * `started_at`, so Polar's list leaves it out (a GET by id still answers it).
 */
export const subscriptionFixtures = {
  active: makeCustomerSubscription({ id: subscriptionId(1), started_at: "2026-01-14T09:26:53Z", created_at: "2026-01-14T09:26:53Z" }),
  trialing: makeCustomerSubscription({
    id: subscriptionId(2),
    product: productFixtures.pro,
    status: "trialing",
    created_at: "2026-03-13T08:00:00Z",
    started_at: "2026-03-13T08:00:00Z",
    trial_start: "2026-03-13T08:00:00Z",
    trial_end: "2026-03-27T08:00:00Z",
    current_period_start: "2026-03-13T08:00:00Z",
    current_period_end: "2026-03-27T08:00:00Z",
  }),
  canceling: makeCustomerSubscription({
    id: subscriptionId(3),
    started_at: "2025-12-14T09:26:53Z",
    created_at: "2025-12-14T09:26:53Z",
    cancel_at_period_end: true,
    canceled_at: "2026-03-18T16:00:00Z",
    ends_at: PERIOD_END,
    customer_cancellation_reason: "too_expensive",
    customer_cancellation_comment: "Cheaper elsewhere for now.",
  }),
  pausing: makeCustomerSubscription({
    id: subscriptionId(4),
    product: productFixtures.weekly,
    started_at: "2026-02-20T07:00:00Z",
    created_at: "2026-02-20T07:00:00Z",
    current_period_start: "2026-03-20T07:00:00Z",
    current_period_end: "2026-03-27T07:00:00Z",
    pause_at_period_end: true,
    resumes_at: "2026-04-24T07:00:00Z",
  }),
  paused: makeCustomerSubscription({
    id: subscriptionId(5),
    product: productFixtures.quarterly,
    status: "paused",
    started_at: "2025-09-01T10:00:00Z",
    created_at: "2025-09-01T10:00:00Z",
    current_period_start: "2025-12-01T10:00:00Z",
    current_period_end: "2026-03-01T10:00:00Z",
    paused_at: "2026-03-01T10:00:00Z",
    resumes_at: "2026-06-01T10:00:00Z",
  }),
  pausedIndefinitely: makeCustomerSubscription({
    id: subscriptionId(6),
    product: productFixtures.weekly,
    status: "paused",
    started_at: "2025-10-06T07:00:00Z",
    created_at: "2025-10-06T07:00:00Z",
    current_period_start: "2026-02-23T07:00:00Z",
    current_period_end: "2026-03-02T07:00:00Z",
    paused_at: "2026-03-02T07:00:00Z",
    resumes_at: null,
  }),
  pastDue: makeCustomerSubscription({
    id: subscriptionId(7),
    product: productFixtures.pro,
    status: "past_due",
    started_at: "2025-11-14T09:26:53Z",
    created_at: "2025-11-14T09:26:53Z",
    past_due_at: "2026-03-14T09:30:00Z",
  }),
  pendingPlanChange: makeCustomerSubscription({
    id: subscriptionId(8),
    product: productFixtures.pro,
    started_at: "2025-10-14T09:26:53Z",
    created_at: "2025-10-14T09:26:53Z",
    pending_update: pending(8, { product_id: productFixtures.starter.id }),
  }),
  pendingSeatChange: makeCustomerSubscription({
    id: subscriptionId(9),
    product: productFixtures.team,
    seats: 5,
    started_at: "2026-02-14T09:26:53Z",
    created_at: "2026-02-14T09:26:53Z",
    pending_update: pending(9, { seats: 3 }),
  }),
  seats: makeCustomerSubscription({
    id: subscriptionId(10),
    product: productFixtures.team,
    seats: 5,
    started_at: "2026-01-20T09:26:53Z",
    created_at: "2026-01-20T09:26:53Z",
  }),
  yearly: makeCustomerSubscription({
    id: subscriptionId(11),
    product: productFixtures.starterYearly,
    started_at: "2025-06-01T12:00:00Z",
    created_at: "2025-06-01T12:00:00Z",
    current_period_start: "2025-06-01T12:00:00Z",
    current_period_end: "2026-06-01T12:00:00Z",
  }),
  daily: makeCustomerSubscription({
    id: subscriptionId(12),
    product: productFixtures.daily,
    started_at: "2026-03-01T00:00:00Z",
    created_at: "2026-03-01T00:00:00Z",
    current_period_start: "2026-03-20T00:00:00Z",
    current_period_end: "2026-03-21T00:00:00Z",
  }),
  free: makeCustomerSubscription({
    id: subscriptionId(13),
    product: productFixtures.free,
    started_at: "2026-02-01T00:00:00Z",
    created_at: "2026-02-01T00:00:00Z",
  }),
  /** Canceled at the end of a period that is over. */
  ended: makeCustomerSubscription({
    id: subscriptionId(14),
    status: "canceled",
    started_at: "2025-11-14T09:26:53Z",
    created_at: "2025-11-14T09:26:53Z",
    current_period_start: "2026-01-14T09:26:53Z",
    current_period_end: "2026-02-14T09:26:53Z",
    cancel_at_period_end: true,
    canceled_at: "2026-01-30T11:00:00Z",
    ends_at: "2026-02-14T09:26:53Z",
    ended_at: "2026-02-14T09:26:53Z",
    customer_cancellation_reason: "unused",
    customer_cancellation_comment: null,
  }),
  /** Revoked at once, mid-period. */
  canceled: makeCustomerSubscription({
    id: subscriptionId(15),
    product: productFixtures.weekly,
    status: "canceled",
    started_at: "2026-01-05T07:00:00Z",
    created_at: "2026-01-05T07:00:00Z",
    current_period_start: "2026-03-02T07:00:00Z",
    current_period_end: "2026-03-09T07:00:00Z",
    canceled_at: "2026-03-04T13:00:00Z",
    ends_at: "2026-03-04T13:00:00Z",
    ended_at: "2026-03-04T13:00:00Z",
    customer_cancellation_reason: "switched_service",
    customer_cancellation_comment: "Moved to a local roaster.",
  }),
  /** Every payment retry failed: Polar revoked it as unpaid. */
  unpaid: makeCustomerSubscription({
    id: subscriptionId(16),
    product: productFixtures.pro,
    status: "unpaid",
    started_at: "2025-08-14T09:26:53Z",
    created_at: "2025-08-14T09:26:53Z",
    current_period_start: "2026-01-14T09:26:53Z",
    current_period_end: "2026-02-14T09:26:53Z",
    past_due_at: "2026-01-14T09:30:00Z",
    ends_at: "2026-02-04T09:31:00Z",
    ended_at: "2026-02-04T09:31:00Z",
  }),
  /** The first payment failed and its window closed: never started, so not listed either. */
  incompleteExpired: makeCustomerSubscription({
    id: subscriptionId(18),
    product: productFixtures.pro,
    status: "incomplete_expired",
    created_at: "2026-02-10T18:00:00Z",
    started_at: null,
    current_period_start: "2026-02-10T18:00:00Z",
    current_period_end: "2026-03-10T18:00:00Z",
    ended_at: "2026-02-11T18:00:00Z",
  }),
  /** The first payment never went through: no `started_at`, so not listed. */
  incomplete: makeCustomerSubscription({
    id: subscriptionId(17),
    product: productFixtures.pro,
    status: "incomplete",
    created_at: "2026-03-19T18:00:00Z",
    started_at: null,
    current_period_start: "2026-03-19T18:00:00Z",
    current_period_end: "2026-04-19T18:00:00Z",
  }),
} satisfies Record<string, FixtureCustomerSubscription>;

export type SubscriptionFixtureName = keyof typeof subscriptionFixtures;

/** A subscription of {@link OTHER_CUSTOMER_ID}: the session may not see it (404, never 403). */
export const otherCustomerSubscription: FixtureCustomerSubscription = makeCustomerSubscription({
  id: subscriptionId(99),
  customer_id: OTHER_CUSTOMER_ID,
});

/** The organization of the fixtures with Polar's default settings, but pausing allowed (off by Polar's default). */
export const pausableOrganization = makeOrganization({
  customer_portal_settings: { usage: { show: true }, subscription: { update_seats: true, update_plan: true, pause: true }, customer: { allow_email_change: false } },
});
