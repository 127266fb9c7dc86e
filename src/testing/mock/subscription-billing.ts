// How Polar bills a subscription change, as far as the mock needs it: periods by interval, the
// prorations of a plan or seat change (`server/polar/subscription/update.py`), the prices that
// are free, and the order a change that bills now creates.
import { makeOrder, orderAmounts } from "../fixtures.js";
import { seatAmount } from "../prices.js";
import type { FixtureCustomerSubscription, FixtureOrder, FixtureProduct, FixtureProductPrice, FixtureRecurringInterval } from "../types.js";

/** A pending proration, as Polar's charge preview itemises it: positive charges, negative credits. */
export interface MockProration {
  label: string;
  amount: number;
  start: string;
  end: string;
}

/** The end of a period of `count` intervals from `start` (months keep the day, clamped to the month's end). */
export function nextPeriod(start: string, interval: FixtureRecurringInterval, count: number): string {
  const date = new Date(start);
  if (interval === "day" || interval === "week") {
    date.setUTCDate(date.getUTCDate() + count * (interval === "week" ? 7 : 1));
    return date.toISOString();
  }
  const months = interval === "year" ? 12 * count : count;
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}

/** Polar's `_calculate_time_proration`: the share of the period still to come. */
function remaining(start: string, end: string, now: string): number {
  const total = Date.parse(end) - Date.parse(start);
  const left = Date.parse(end) - Date.parse(now);
  return left <= 0 || total <= 0 ? 0 : left / total;
}

/** Polar's `is_free`: a fixed price of 0, or a seat price whose every tier is 0. */
export function isFree(price: FixtureProductPrice): boolean {
  if (price.amount_type === "fixed") return price.price_amount === 0;
  if (price.amount_type === "seat_based") return price.seat_tiers.tiers.every((tier) => tier.price_per_seat === 0);
  return false;
}

/** What a price charges up front for `seats` (custom and metered prices are not prorated: null). */
function staticAmount(price: FixtureProductPrice, seats: number | null): number | null {
  if (price.amount_type === "fixed") return price.price_amount;
  if (price.amount_type === "seat_based") return seats === null ? null : seatAmount(price, seats);
  return null;
}

export const seatPriceOf = (prices: readonly FixtureProductPrice[]) => prices.find((price) => price.amount_type === "seat_based");

/** The product's live prices in a currency (Polar's `PriceSet.from_product`). */
export const pricesIn = (product: FixtureProduct, currency: string) =>
  product.prices.filter((price) => !price.is_archived && price.price_currency.toLowerCase() === currency.toLowerCase());

/** The subscription's up-front amount per period on these prices. */
export const baseAmount = (prices: readonly FixtureProductPrice[], seats: number | null) =>
  prices.reduce((sum, price) => sum + (staticAmount(price, seats) ?? 0), 0);

const dayOf = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

function entry(label: string, amount: number, start: string, end: string, credit: boolean): MockProration {
  const span = `From ${dayOf(start)} to ${dayOf(end)}`;
  return { label: credit ? `Remaining time on ${label} — ${span}` : `${label} — ${span}`, amount: credit ? -amount : amount, start, end };
}

/** A plan change's prorations: credit for the old plan's unused time, debit for the new plan's rest of the cycle. */
export function planProrations(
  subscription: FixtureCustomerSubscription,
  product: FixtureProduct,
  prices: readonly FixtureProductPrice[],
  seats: number | null,
  cycle: { start: string; end: string },
  now: string,
): MockProration[] {
  const entries: MockProration[] = [];
  const credit = remaining(subscription.current_period_start, subscription.current_period_end, now);
  for (const price of subscription.prices) {
    const amount = staticAmount(price, subscription.seats);
    if (amount === null || isFree(price)) continue;
    entries.push(entry(subscription.product.name, Math.round(amount * credit), now, subscription.current_period_end, true));
  }
  const debit = remaining(cycle.start, cycle.end, now);
  for (const price of prices) {
    const amount = staticAmount(price, seats);
    if (amount === null || isFree(price)) continue;
    entries.push(entry(product.name, Math.round(amount * debit), now, cycle.end, false));
  }
  return entries;
}

/** A seat change's proration: the prorated difference, truncated as Polar's `int(Decimal)` does; none when it is 0. */
export function seatProrations(subscription: FixtureCustomerSubscription, oldSeats: number, seats: number, now: string): MockProration[] {
  const price = seatPriceOf(subscription.prices);
  if (!price || price.amount_type !== "seat_based") return [];
  const delta = seatAmount(price, seats) - seatAmount(price, oldSeats);
  const prorated = Math.trunc(delta * remaining(subscription.current_period_start, subscription.current_period_end, now));
  if (prorated === 0) return [];
  const label = `${subscription.product.name} (${oldSeats} → ${seats} seats)`;
  return [entry(label, Math.abs(prorated), now, subscription.current_period_end, prorated < 0)];
}

/** `9f8e7d6c-…-NNNNNNNNNNNN`: ids of what the mock creates (orders, pending updates), in order. */
export const createdId = (n: number) => `9f8e7d6c-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/**
 * The order a change creates for the customer (`subscription_update` for prorations billed now,
 * `subscription_cycle` for a new period), tax-free, with the billing details of the fixtures.
 */
export function changeOrder(options: {
  id: string;
  now: string;
  number: number;
  subscription: FixtureCustomerSubscription;
  embedded: Record<string, unknown>;
  reason: "subscription_update" | "subscription_cycle";
  items: { label: string; amount: number; proration: boolean; start: string | null; end: string | null }[];
  paid: boolean;
}): FixtureOrder {
  const { subscription } = options;
  const items = options.items.map((item, index) => ({
    id: createdId(0x10000 + options.number * 16 + index),
    created_at: options.now,
    modified_at: null,
    label: item.label,
    amount: item.amount,
    tax_amount: 0,
    proration: item.proration,
    product_price_id: subscription.prices[0]?.id ?? null,
    start_timestamp: item.start,
    end_timestamp: item.end,
  }));
  const base = makeOrder({
    id: options.id,
    created_at: options.now,
    status: options.paid ? "paid" : "pending",
    paid: options.paid,
    billing_reason: options.reason,
    currency: subscription.currency,
    invoice_number: `POLAR-M${String(options.number).padStart(4, "0")}`,
    receipt_number: options.paid ? `R-M${String(options.number).padStart(4, "0")}` : null,
    product_id: subscription.product_id,
    product: subscription.product,
    subscription_id: subscription.id,
    subscription: options.embedded as unknown as FixtureOrder["subscription"],
    checkout_id: null,
    description: subscription.product.name,
    items,
  });
  return { ...base, ...orderAmounts({ items }) };
}
