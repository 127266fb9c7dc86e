import { describe, expect, it } from "vitest";
import { seatAmount, seatBounds, type SeatTiers } from "../../../../src";
import { recurringAmount } from "../../../../src/features/subscriptions/schema/prices.js";
import { fixedPrice, seatPrice } from "../fixtures";

const tiers: SeatTiers = {
  tiers: [
    { min_seats: 1, max_seats: 5, price_per_seat: 1000 },
    { min_seats: 6, max_seats: 20, price_per_seat: 800 },
    { min_seats: 21, max_seats: null, price_per_seat: 500 },
  ],
  minimum_seats: 1,
  maximum_seats: null,
};

describe("seat prices, as Polar's Tiers.calculate bills them", () => {
  it("volume (the default): every seat at the rate of the tier the count falls in", () => {
    expect([seatAmount(tiers, 1), seatAmount(tiers, 5), seatAmount(tiers, 6), seatAmount(tiers, 30)]).toEqual([1000, 5000, 4800, 15000]);
  });

  it("graduated: each seat at its own tier's rate", () => {
    const graduated = { ...tiers, seat_tier_type: "graduated" };
    expect([seatAmount(graduated, 5), seatAmount(graduated, 6), seatAmount(graduated, 22)]).toEqual([5000, 5800, 5 * 1000 + 15 * 800 + 2 * 500]);
  });

  it("no tier covers a count above the last bound: unknown, not a guess", () => {
    const bounded = { tiers: [{ min_seats: 1, max_seats: 10, price_per_seat: 1000 }], minimum_seats: 1, maximum_seats: 10 };
    expect(seatAmount(bounded, 11)).toBeNull();
    expect(seatAmount({ ...bounded, seat_tier_type: "graduated" }, 11)).toBeNull();
  });

  it("bounds: the price's minimum and maximum, else the first tier's and the last bound", () => {
    expect(seatBounds(tiers)).toEqual({ minimum: 1, maximum: null });
    expect(seatBounds({ tiers: [{ min_seats: 3, max_seats: 50, price_per_seat: 1 }] })).toEqual({ minimum: 3, maximum: 50 });
    expect(seatBounds({ tiers: [{ min_seats: 3, max_seats: 50, price_per_seat: 1 }], minimum_seats: 5, maximum_seats: 40 })).toEqual({ minimum: 5, maximum: 40 });
  });
});

describe("recurringAmount", () => {
  it("adds fixed and seat prices, leaves metered ones out and flags them", () => {
    const metered = fixedPrice(0, { amount_type: "metered_unit", unit_amount: "0.5" });
    expect(recurringAmount([fixedPrice(1000), seatPrice(tiers.tiers), metered], 3)).toEqual({ amount: 4000, metered: true });
  });

  it("a custom price or a kind it does not know makes the amount unknown", () => {
    expect(recurringAmount([fixedPrice(1000), fixedPrice(0, { amount_type: "custom", minimum_amount: 100 })], null).amount).toBeNull();
    expect(recurringAmount([fixedPrice(0, { amount_type: "tiered_unit" })], null).amount).toBeNull();
  });
});
