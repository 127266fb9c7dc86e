// What a subscription's prices charge per period, as Polar's price models compute it (pure, shared
// by the fixtures and the mock; not part of the public entries).
import type { FixtureProductPrice, FixtureSeatPrice } from "./types.js";

/** A seat subscription's amount: volume tiers price every seat at the matching tier, graduated each range at its own. */
export function seatAmount(price: FixtureSeatPrice, seats: number): number {
  const { tiers, seat_tier_type = "volume" } = price.seat_tiers;
  if (seat_tier_type === "graduated") {
    return tiers.reduce((sum, tier) => {
      const upper = tier.max_seats ?? Number.POSITIVE_INFINITY;
      const inTier = Math.max(0, Math.min(seats, upper) - tier.min_seats + 1);
      return sum + inTier * tier.price_per_seat;
    }, 0);
  }
  const tier = tiers.find((each) => seats >= each.min_seats && (each.max_seats === null || seats <= each.max_seats)) ?? tiers.at(-1);
  return (tier?.price_per_seat ?? 0) * seats;
}

/** What a subscription on these prices is charged per period (metered and custom prices add nothing up front). */
export function recurringAmount(prices: readonly FixtureProductPrice[], seats: number | null): number {
  return prices.reduce((sum, price) => {
    if (price.amount_type === "fixed") return sum + price.price_amount;
    if (price.amount_type === "seat_based") return sum + seatAmount(price, seats ?? price.seat_tiers.minimum_seats);
    if (price.amount_type === "custom") return sum + (price.preset_amount ?? price.minimum_amount);
    return sum;
  }, 0);
}

