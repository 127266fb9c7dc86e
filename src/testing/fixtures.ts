import type { CustomerOrder, OrderItem } from "../features/orders/schema/order.js";
import type { FixtureItem, FixtureOrder, FixtureOrganization, FixtureProduct, FixtureSubscription } from "./types.js";

// Fixed ids (UUID v4) and dates keep stories and screenshots identical run to run.
export const FIXTURE_CUSTOMER_ID = "6b4f3a2e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
/** A customer other than the session's: the mock answers their orders 404, as Polar does. */
export const OTHER_CUSTOMER_ID = "7c5a4b3f-2d3e-4f60-9bac-1d2e3f4a5b6c";
export const FIXTURE_ORDER_ID = "0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6";
export const FIXTURE_ORGANIZATION_ID = "e5f6a7b8-0000-4000-8000-000000000001";
const ONE_TIME_PRODUCT_ID = "c3d4e5f6-0000-4000-8000-000000000001";
const MONTHLY_PRODUCT_ID = "c3d4e5f6-0000-4000-8000-000000000002";
const SUBSCRIPTION_ID = "f6a7b8c9-0000-4000-8000-000000000001";

const CREATED_AT = "2026-03-14T09:26:53Z";
const PERIOD_START = "2026-03-14T09:26:53Z";
const PERIOD_END = "2026-04-14T09:26:53Z";

/** `0d6e2f1a-…-7182930000NN`: one fixed order id per named fixture. */
function orderId(n: number): string {
  return `0d6e2f1a-3b4c-4d5e-9f60-${(0x718293000000 + n).toString(16)}`;
}

/** `a1b2c3d4-…-NNNNNNNNNNNN`: item ids, unique within and across fixtures. */
export function fixtureItemId(n: number): string {
  return `a1b2c3d4-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

export function makeItem(overrides: Partial<FixtureItem> = {}): FixtureItem {
  return {
    id: fixtureItemId(1),
    created_at: CREATED_AT,
    modified_at: null,
    label: "Pro Plan",
    amount: 10000,
    tax_amount: 720,
    proration: false,
    product_price_id: "b2c3d4e5-0000-4000-8000-000000000001",
    start_timestamp: null,
    end_timestamp: null,
    ...overrides,
  };
}

/** The merchant's organization with Polar's default portal settings (pausing off, email change off). */
export function makeOrganization(overrides: Partial<FixtureOrganization> = {}): FixtureOrganization {
  return {
    created_at: "2025-01-02T08:00:00Z",
    modified_at: null,
    id: FIXTURE_ORGANIZATION_ID,
    name: "Analytical Engines Ltd",
    slug: "analytical-engines",
    avatar_url: null,
    proration_behavior: "prorate",
    allow_customer_updates: true,
    customer_portal_settings: {
      usage: { show: true },
      subscription: { update_seats: true, update_plan: true },
      customer: { allow_email_change: false },
    },
    organization_features: { member_model_enabled: false, checkout_localization_enabled: false },
    ...overrides,
  };
}

/** The product as the customer portal embeds it, with every key of the published document. */
export function makeProduct(overrides: Partial<FixtureProduct> = {}): FixtureProduct {
  const id = overrides.id ?? ONE_TIME_PRODUCT_ID;
  return {
    id,
    created_at: CREATED_AT,
    modified_at: null,
    trial_interval: null,
    trial_interval_count: null,
    name: "Pro Plan",
    description: "Everything in Pro, paid once.",
    visibility: "public",
    recurring_interval: null,
    recurring_interval_count: null,
    meter_interval: null,
    meter_interval_count: null,
    is_recurring: false,
    is_archived: false,
    organization_id: FIXTURE_ORGANIZATION_ID,
    prices: [
      {
        created_at: CREATED_AT,
        modified_at: null,
        id: "b2c3d4e5-0000-4000-8000-000000000001",
        source: "catalog",
        amount_type: "fixed",
        price_currency: "usd",
        tax_behavior: null,
        is_archived: false,
        product_id: id,
        price_amount: 10000,
      },
    ],
    benefits: [],
    medias: [],
    organization: makeOrganization(),
    ...overrides,
  };
}

/** A monthly subscription in its current period, with every key of the published document. */
export function makeSubscription(overrides: Partial<FixtureSubscription> = {}): FixtureSubscription {
  return {
    created_at: PERIOD_START,
    modified_at: null,
    id: SUBSCRIPTION_ID,
    amount: 1900,
    currency: "usd",
    recurring_interval: "month",
    recurring_interval_count: 1,
    status: "active",
    current_period_start: PERIOD_START,
    current_period_end: PERIOD_END,
    current_meter_period_start: null,
    current_meter_period_end: null,
    trial_start: null,
    trial_end: null,
    cancel_at_period_end: false,
    canceled_at: null,
    started_at: PERIOD_START,
    ends_at: null,
    ended_at: null,
    past_due_at: null,
    pause_at_period_end: false,
    paused_at: null,
    resumes_at: null,
    customer_id: FIXTURE_CUSTOMER_ID,
    product_id: MONTHLY_PRODUCT_ID,
    discount_id: null,
    checkout_id: null,
    seats: null,
    units: null,
    customer_cancellation_reason: null,
    customer_cancellation_comment: null,
    ...overrides,
  };
}

/**
 * A paid one-time purchase with a US billing address; every field of the newest shape. Overrides
 * outside Polar's contract (an unknown status, say) are accepted too, and then the result is
 * typed as the kit's wider {@link CustomerOrder}.
 */
export function makeOrder(overrides?: Partial<FixtureOrder>): FixtureOrder;
export function makeOrder(overrides: Partial<CustomerOrder>): CustomerOrder;
export function makeOrder(overrides: Partial<CustomerOrder> = {}): CustomerOrder {
  const order: FixtureOrder = {
    id: FIXTURE_ORDER_ID,
    created_at: CREATED_AT,
    modified_at: null,
    customer_id: FIXTURE_CUSTOMER_ID,
    status: "paid",
    paid: true,
    billing_reason: "purchase",
    currency: "usd",
    subtotal_amount: 10000,
    discount_amount: 0,
    net_amount: 10000,
    tax_amount: 720,
    total_amount: 10720,
    applied_balance_amount: 0,
    // Polar computes this as max(0, total + applied balance) whatever the status, so a paid
    // order still carries it: the UI must not read it as "still owed" on its own.
    due_amount: 10720,
    refunded_amount: 0,
    refunded_tax_amount: 0,
    refundable_amount: 10000,
    refundable_tax_amount: 720,
    billing_name: "Ada Lovelace",
    billing_address: {
      line1: "1 Analytical Way",
      line2: null,
      postal_code: "94107",
      city: "San Francisco",
      state: "US-CA",
      country: "US",
    },
    invoice_number: "POLAR-0042",
    is_invoice_generated: false,
    receipt_number: "R-0042",
    seats: null,
    units: null,
    product_id: ONE_TIME_PRODUCT_ID,
    discount_id: null,
    subscription_id: null,
    checkout_id: "d4e5f6a7-0000-4000-8000-000000000001",
    product: makeProduct(),
    subscription: null,
    items: [makeItem()],
    description: "Pro Plan",
    next_payment_attempt_at: null,
  };
  return { ...order, ...overrides };
}

export type OrderAmounts = Pick<
  FixtureOrder,
  | "subtotal_amount"
  | "discount_amount"
  | "net_amount"
  | "tax_amount"
  | "total_amount"
  | "applied_balance_amount"
  | "due_amount"
  | "refunded_amount"
  | "refunded_tax_amount"
  | "refundable_amount"
  | "refundable_tax_amount"
>;

export interface OrderAmountsInput {
  items: readonly Pick<OrderItem, "amount" | "tax_amount">[];
  discount_amount?: number;
  /** Defaults to the sum of the items' tax. */
  tax_amount?: number;
  /** Negative: the customer's credit lowered the amount due; positive: an earlier debt raised it. */
  applied_balance_amount?: number;
  refunded_amount?: number;
  refunded_tax_amount?: number;
}

/**
 * The money fields as Polar derives them (its Order model): subtotal is the sum of the items,
 * net = subtotal − discount, total = net + tax, due = max(0, total + applied balance),
 * refundable = max(0, net + applied balance − refunded), refundable tax = max(0, tax − refunded tax).
 */
export function orderAmounts(input: OrderAmountsInput): OrderAmounts {
  const subtotal = input.items.reduce((sum, item) => sum + item.amount, 0);
  const discount = input.discount_amount ?? 0;
  const tax = input.tax_amount ?? input.items.reduce((sum, item) => sum + item.tax_amount, 0);
  const applied = input.applied_balance_amount ?? 0;
  const refunded = input.refunded_amount ?? 0;
  const refundedTax = input.refunded_tax_amount ?? 0;
  const net = subtotal - discount;
  const total = net + tax;
  return {
    subtotal_amount: subtotal,
    discount_amount: discount,
    net_amount: net,
    tax_amount: tax,
    total_amount: total,
    applied_balance_amount: applied,
    due_amount: Math.max(0, total + applied),
    refunded_amount: refunded,
    refunded_tax_amount: refundedTax,
    refundable_amount: Math.max(0, net + applied - refunded),
    refundable_tax_amount: Math.max(0, tax - refundedTax),
  };
}

/** Polar's `paid` is derived from the status. */
const PAID_STATUSES = new Set(["paid", "refunded", "partially_refunded"]);

/** An order whose money fields and `paid` flag agree with its items and status. */
function consistentOrder(
  overrides: Partial<FixtureOrder>,
  amounts: Omit<OrderAmountsInput, "items"> = {},
): FixtureOrder {
  const base = makeOrder(overrides);
  return {
    ...base,
    paid: overrides.paid ?? PAID_STATUSES.has(base.status),
    ...orderAmounts({ ...amounts, items: base.items }),
  };
}

const monthlyProduct = makeProduct({
  id: MONTHLY_PRODUCT_ID,
  name: "Starter",
  description: "The Starter plan, billed monthly.",
  is_recurring: true,
  recurring_interval: "month",
  recurring_interval_count: 1,
  prices: [
    {
      created_at: CREATED_AT,
      modified_at: null,
      id: "b2c3d4e5-0000-4000-8000-000000000002",
      source: "catalog",
      amount_type: "fixed",
      price_currency: "usd",
      tax_behavior: null,
      is_archived: false,
      product_id: MONTHLY_PRODUCT_ID,
      price_amount: 1900,
    },
  ],
});

function subscriptionOrder(overrides: Partial<FixtureOrder>, subscription: Partial<FixtureSubscription> = {}) {
  return consistentOrder({
    billing_reason: "subscription_create",
    product_id: MONTHLY_PRODUCT_ID,
    subscription_id: SUBSCRIPTION_ID,
    product: monthlyProduct,
    subscription: makeSubscription(subscription),
    description: "Starter",
    items: [
      makeItem({
        label: "Starter",
        amount: 1900,
        tax_amount: 152,
        product_price_id: "b2c3d4e5-0000-4000-8000-000000000002",
      }),
    ],
    ...overrides,
  });
}

/**
 * An order with `n` line items (tables, scrolling, benchmarks). Amounts stay consistent: item
 * `i` costs (1000 + 10·i) minor units plus 8 % tax.
 */
export function manyItemsOrder(n: number): FixtureOrder {
  const items = Array.from({ length: n }, (_, index) => {
    const amount = 1000 + 10 * (index + 1);
    return makeItem({
      id: fixtureItemId(0x1000 + index),
      label: `Seat add-on #${index + 1}`,
      amount,
      tax_amount: Math.round(amount * 0.08),
    });
  });
  return consistentOrder({
    id: orderId(13),
    description: "Team seats",
    items,
  });
}

const TEAM_PRODUCT_ID = "c3d4e5f6-0000-4000-8000-000000000003";
const ANNUAL_PRODUCT_ID = "c3d4e5f6-0000-4000-8000-000000000004";
const ANNUAL_SUBSCRIPTION_ID = "f6a7b8c9-0000-4000-8000-000000000002";

/** The products {@link manyOrders} cycles through: two one-time, two recurring. */
const LIST_PRODUCTS: { product: FixtureProduct; subscription?: FixtureSubscription; price: number }[] = [
  { product: makeProduct(), price: 10000 },
  { product: monthlyProduct, subscription: makeSubscription(), price: 1900 },
  { product: makeProduct({ id: TEAM_PRODUCT_ID, name: "Team Seats", description: "Seats for your team." }), price: 4500 },
  {
    product: makeProduct({ id: ANNUAL_PRODUCT_ID, name: "Analytics Annual", is_recurring: true, recurring_interval: "year", recurring_interval_count: 1 }),
    subscription: makeSubscription({ id: ANNUAL_SUBSCRIPTION_ID, product_id: ANNUAL_PRODUCT_ID, amount: 19000, recurring_interval: "year" }),
    price: 19000,
  },
];

/**
 * `n` orders of the fixture customer for list tests: four products (one-time and recurring, two
 * subscriptions), one a day going back from 2026-03-14 (index 0 newest, so the default
 * `-created_at` order is index order), amounts that vary without ties between neighbours.
 */
export function manyOrders(n: number): FixtureOrder[] {
  return Array.from({ length: n }, (_, index) => {
    const { product, subscription, price } = LIST_PRODUCTS[index % LIST_PRODUCTS.length]!;
    const amount = price + ((index * 37) % 50) * 10;
    const created = new Date(Date.parse(CREATED_AT) - index * 86_400_000).toISOString().replace(".000Z", "Z");
    return consistentOrder({
      id: `0d6e2f1a-3b4c-4d5e-9f60-${(0x718294000000 + index).toString(16)}`,
      created_at: created,
      billing_reason: subscription ? (index < LIST_PRODUCTS.length ? "subscription_create" : "subscription_cycle") : "purchase",
      product_id: product.id,
      product,
      subscription_id: subscription?.id ?? null,
      subscription: subscription ?? null,
      description: product.name,
      invoice_number: `POLAR-${String(1000 + index)}`,
      receipt_number: `R-${String(1000 + index)}`,
      items: [makeItem({ id: fixtureItemId(0x2000 + index), created_at: created, label: product.name, amount, tax_amount: Math.round(amount * 0.08) })],
    });
  });
}

const LONG_PRODUCT_NAME =
  "Enterprise Analytics Suite — Annual Licence for Unlimited Seats, Priority Support, a Dedicated Success Manager, Custom Integrations and On-Premise Deployment Rights (Multi-Region Renewal)";
const LONG_BILLING_NAME =
  "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr., on behalf of The Extraordinarily Long-Named International Consortium for Computational Engines and Difference Machines GmbH & Co. KG";

/**
 * Named, internally consistent orders for stories and tests. Each has its own fixed id and
 * belongs to {@link FIXTURE_CUSTOMER_ID}.
 */
export const fixtures = {
  paid: consistentOrder({}),
  pending: consistentOrder({ id: orderId(1), status: "pending", receipt_number: null }),
  refunded: consistentOrder(
    { id: orderId(2), status: "refunded", receipt_number: "R-0043", invoice_number: "POLAR-0043" },
    { refunded_amount: 10000, refunded_tax_amount: 720 },
  ),
  partiallyRefunded: consistentOrder(
    { id: orderId(3), status: "partially_refunded", receipt_number: "R-0044", invoice_number: "POLAR-0044" },
    { refunded_amount: 4000, refunded_tax_amount: 288 },
  ),
  // Polar assigns the invoice number when a draft is finalized.
  draft: consistentOrder({ id: orderId(4), status: "draft", invoice_number: null, receipt_number: null }),
  void: consistentOrder({ id: orderId(5), status: "void", receipt_number: null, invoice_number: "POLAR-0045" }),
  discounted: consistentOrder(
    {
      id: orderId(6),
      invoice_number: "POLAR-0046",
      receipt_number: "R-0046",
      discount_id: "9a8b7c6d-0000-4000-8000-000000000001",
      // 20 % off; tax is 8 % of the discounted (net) amount.
      items: [makeItem({ tax_amount: 640 })],
    },
    { discount_amount: 2000 },
  ),
  subscription: subscriptionOrder({ id: orderId(7), invoice_number: "POLAR-0047", receipt_number: "R-0047" }),
  subscriptionCanceling: subscriptionOrder(
    { id: orderId(8), billing_reason: "subscription_cycle", invoice_number: "POLAR-0048", receipt_number: "R-0048" },
    { cancel_at_period_end: true, canceled_at: "2026-03-20T16:00:00Z", ends_at: PERIOD_END },
  ),
  balanceCredit: consistentOrder(
    { id: orderId(9), invoice_number: "POLAR-0049", receipt_number: "R-0049" },
    { applied_balance_amount: -3000 },
  ),
  balanceOwed: consistentOrder(
    { id: orderId(10), invoice_number: "POLAR-0050", receipt_number: "R-0050" },
    { applied_balance_amount: 1500 },
  ),
  jpy: consistentOrder({
    id: orderId(11),
    currency: "jpy",
    invoice_number: "POLAR-0051",
    receipt_number: "R-0051",
    billing_name: "山田 花子",
    billing_address: { line1: "千代田1-1", line2: null, postal_code: "100-0001", city: "千代田区", state: "東京都", country: "JP" },
    // Zero-decimal: ¥4,980 is 4980 minor units, 10 % consumption tax.
    items: [makeItem({ amount: 4980, tax_amount: 498 })],
  }),
  eur: consistentOrder({
    id: orderId(12),
    currency: "eur",
    invoice_number: "POLAR-0052",
    receipt_number: "R-0052",
    billing_name: "Émilie Dubois",
    billing_address: { line1: "12 Rue de Rivoli", line2: "Bâtiment B", postal_code: "75001", city: "Paris", state: null, country: "FR" },
    // €49.00 with 20 % VAT.
    items: [makeItem({ amount: 4900, tax_amount: 980 })],
  }),
  manyItems: manyItemsOrder(25),
  noBilling: consistentOrder({
    id: orderId(14),
    invoice_number: "POLAR-0054",
    receipt_number: "R-0054",
    billing_name: null,
    billing_address: null,
  }),
  dunning: subscriptionOrder(
    {
      id: orderId(15),
      status: "pending",
      billing_reason: "subscription_cycle",
      invoice_number: "POLAR-0055",
      receipt_number: null,
      next_payment_attempt_at: "2026-03-17T09:26:53Z",
    },
    { status: "past_due", past_due_at: "2026-03-14T09:30:00Z" },
  ),
  longText: consistentOrder({
    id: orderId(16),
    invoice_number: "POLAR-2026-000000000056",
    receipt_number: "R-2026-000000000056",
    billing_name: LONG_BILLING_NAME,
    billing_address: {
      line1: "Building 7, Floor 42, Suite 4200 — Attention: Accounts Payable, Procurement & Vendor Management Office",
      line2: "c/o Registered Agent Services International, Post Office Box 1234567890",
      postal_code: "10115",
      city: "Berlin-Charlottenburg-Wilmersdorf",
      state: null,
      country: "DE",
    },
    description: LONG_PRODUCT_NAME,
    product: makeProduct({ name: LONG_PRODUCT_NAME }),
    items: [makeItem({ label: LONG_PRODUCT_NAME })],
  }),
  // A mid-cycle upgrade from Starter to Pro: credit for unused Starter time, charge for the rest of Pro.
  prorated: subscriptionOrder(
    {
      id: orderId(17),
      billing_reason: "subscription_update",
      invoice_number: "POLAR-0057",
      receipt_number: "R-0057",
      description: "Pro",
      product: { ...monthlyProduct, name: "Pro", description: "The Pro plan, billed monthly." },
      items: [
        makeItem({
          id: fixtureItemId(0x2001),
          label: "Remaining time on Pro (monthly)",
          amount: 4833,
          tax_amount: 387,
          proration: true,
          start_timestamp: "2026-03-15T00:00:00Z",
          end_timestamp: PERIOD_END,
        }),
        makeItem({
          id: fixtureItemId(0x2002),
          label: "Unused time on Starter (monthly)",
          amount: -1837,
          tax_amount: -147,
          proration: true,
          product_price_id: "b2c3d4e5-0000-4000-8000-000000000002",
          start_timestamp: "2026-03-15T00:00:00Z",
          end_timestamp: PERIOD_END,
        }),
      ],
    },
    { amount: 5000 },
  ),
  legacy: legacyOrder(),
  future: futureOrder(),
  // Hundredths at Polar although Intl writes HUF without decimals: 3 990,00 Ft plus 27 % VAT,
  // a total of 5 067,30 Ft (506730 minor units), not 506 730 Ft.
  huf: consistentOrder({
    id: orderId(20),
    currency: "huf",
    invoice_number: "POLAR-0060",
    receipt_number: "R-0060",
    billing_name: "Kovács Eszter",
    billing_address: { line1: "Andrássy út 60", line2: null, postal_code: "1062", city: "Budapest", state: null, country: "HU" },
    items: [makeItem({ amount: 399000, tax_amount: 107730 })],
  }),
} satisfies Record<string, CustomerOrder>;

export type FixtureName = keyof typeof fixtures;

/**
 * The shape of Polar's reference pages (the "seed"): no `receipt_number`, no `refundable_*`,
 * no `units`, items without timestamps, plus the deprecated `user_id` and legacy price keys.
 */
function legacyOrder(): CustomerOrder & { user_id: string; amount: number; product_price_id: string } {
  const {
    receipt_number: _receipt,
    refundable_amount: _refundable,
    refundable_tax_amount: _refundableTax,
    units: _units,
    ...rest
  } = consistentOrder({ id: orderId(18), invoice_number: "POLAR-0058" });
  return {
    ...rest,
    user_id: "1f2e3d4c-0000-4000-8000-000000000001",
    amount: rest.net_amount,
    product_price_id: "b2c3d4e5-0000-4000-8000-000000000001",
    items: rest.items.map(({ start_timestamp: _start, end_timestamp: _end, ...item }) => item),
  };
}

/**
 * An order from a later API version: a status and a billing reason the kit does not know, and
 * fields it has never heard of (kept at run time, typed here only so tests can read them).
 */
function futureOrder(): CustomerOrder & { platform_note: string; payment_method_summary: { brand: string; last4: string } } {
  return {
    ...consistentOrder({ id: orderId(19), paid: true, invoice_number: "POLAR-0059", receipt_number: "R-0059", units: 3 }),
    status: "disputed",
    billing_reason: "subscription_seats_change",
    platform_note: "A field this kit has never heard of",
    payment_method_summary: { brand: "visa", last4: "4242" },
  };
}

/** An order of {@link OTHER_CUSTOMER_ID}: the session may not see it (404, never 403). */
export const otherCustomerOrder: FixtureOrder = consistentOrder({
  id: orderId(99),
  customer_id: OTHER_CUSTOMER_ID,
  billing_name: "Charles Babbage",
  invoice_number: "POLAR-0099",
  receipt_number: "R-0099",
});
