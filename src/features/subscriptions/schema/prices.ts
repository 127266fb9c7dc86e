// What a subscription's prices say on their own, computed the way Polar's server computes it
// (`product/tiers.py`, `models/product_price.py`), and nothing more: where a figure depends on
// what only Polar knows (usage to come, prorations, discounts, taxes, a custom amount), the answer
// is `null`, never a guess.
import type { SeatTiers, SubscriptionPrice } from "./subscription.js";

/** The subscription's or product's seat price, if it is seat-based. */
export function seatPriceOf(prices: readonly SubscriptionPrice[]): (SubscriptionPrice & { seat_tiers: SeatTiers }) | undefined {
  return prices.find((price): price is SubscriptionPrice & { seat_tiers: SeatTiers } => price.amount_type === "seat_based" && price.seat_tiers != null);
}

/** Whether any price bills a declared quantity of units (`unit_based`, in Polar's source only). */
export const hasUnitPrice = (prices: readonly SubscriptionPrice[]) => prices.some((price) => price.amount_type === "unit_based");

const byMinimum = (tiers: SeatTiers) => [...tiers.tiers].sort((a, b) => a.min_seats - b.min_seats);

/**
 * The seats Polar accepts for a seat price: at least `minimum` (Polar's `get_minimum_seats`,
 * default 1), at most `maximum` (`get_maximum_seats`: the price's maximum or the last tier's bound;
 * null when unbounded).
 */
export function seatBounds(tiers: SeatTiers): { minimum: number; maximum: number | null } {
  const sorted = byMinimum(tiers);
  const minimum = tiers.minimum_seats ?? sorted[0]?.min_seats ?? 1;
  const maximum = tiers.maximum_seats ?? sorted.at(-1)?.max_seats ?? null;
  return { minimum: Math.max(1, minimum), maximum };
}

/**
 * What `seats` seats cost per period under these tiers, as Polar's `Tiers.calculate`: `volume`
 * (the default) bills every seat at the rate of the tier the count falls in, `graduated` bills each
 * seat at its own tier's rate. Null when no tier covers the count.
 */
export function seatAmount(tiers: SeatTiers, seats: number): number | null {
  if (!Number.isInteger(seats) || seats < 0) return null;
  if (seats === 0) return 0;
  const sorted = byMinimum(tiers);
  if (tiers.seat_tier_type === "graduated") {
    let total = 0;
    let remaining = seats;
    let previousBound = 0;
    for (const tier of sorted) {
      if (remaining <= 0) break;
      const bound = tier.max_seats ?? null;
      const inTier = bound === null ? remaining : Math.min(remaining, bound - previousBound);
      total += inTier * tier.price_per_seat;
      remaining -= inTier;
      if (bound !== null) previousBound = bound;
    }
    return remaining > 0 ? null : total;
  }
  const tier = sorted.find((candidate) => candidate.max_seats == null || seats <= candidate.max_seats);
  return tier ? tier.price_per_seat * seats : null;
}

export interface RecurringAmount {
  /** What the static prices bill each period; null when one of them is not known from the price alone. */
  amount: number | null;
  /** Whether usage is billed on top (metered prices), which no price can tell ahead. */
  metered: boolean;
}

/**
 * What a set of prices bills each period for `seats` seats: fixed amounts, seat tiers, free
 * prices. A custom price (the customer chose the amount) or a kind the kit does not know makes the
 * amount unknown; metered prices are left out and flagged.
 */
export function recurringAmount(prices: readonly SubscriptionPrice[], seats: number | null | undefined): RecurringAmount {
  let amount: number | null = 0;
  let metered = false;
  for (const price of prices) {
    const type = price.amount_type;
    if (type === "metered_unit") {
      metered = true;
      continue;
    }
    let part: number | null = null;
    if (type === "fixed") part = price.price_amount ?? null;
    else if (type === "free") part = 0;
    else if (type === "seat_based" && price.seat_tiers) part = seatAmount(price.seat_tiers, seats ?? seatBounds(price.seat_tiers).minimum);
    amount = amount === null || part === null ? null : amount + part;
  }
  return { amount, metered };
}

/** A product's prices as Polar's `Product.prices` holds them: neither archived nor made for one checkout (`ad_hoc`). */
export const catalogPrices = (prices: readonly SubscriptionPrice[]) => prices.filter((price) => !price.is_archived && price.source !== "ad_hoc");

/** A product's prices that Polar would bill a subscription in `currency` with (`PriceSet.from_product`). */
export const pricesIn = (prices: readonly SubscriptionPrice[], currency: string) =>
  catalogPrices(prices).filter((price) => price.price_currency.toLowerCase() === currency.toLowerCase());
