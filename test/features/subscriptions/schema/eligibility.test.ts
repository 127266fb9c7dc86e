import { describe, expect, it } from "vitest";
import { planChangeEligibility, type PlanChangeRefusalReason, type PortalProduct } from "../../../../src";
import { fixedPrice, makeProduct, makeSubscription, seatPrice } from "../fixtures";

const SEATS = seatPrice([{ min_seats: 1, max_seats: null, price_per_seat: 900 }]);
const monthly = makeSubscription();
const seated = makeSubscription({ seats: 3, prices: [SEATS] });

// Polar's checks in `validate_product_change` and `update_product`, in Polar's order: each row a
// product Polar refuses (422 on product_id or proration_behavior) and why, or accepts.
const rows: [string, ReturnType<typeof makeSubscription>, PortalProduct, PlanChangeRefusalReason | null, Parameters<typeof makeSubscription>[1]?][] = [
  ["another public monthly product", monthly, makeProduct({ id: "prod-pro", prices: [fixedPrice(2500)] }), null],
  ["a yearly product", monthly, makeProduct({ id: "prod-year", recurring_interval: "year", prices: [fixedPrice(10000)] }), null],
  ["the current product", monthly, makeProduct(), "current_product"],
  ["another organization's product", monthly, makeProduct({ id: "prod-x", organization_id: "other-org" }), "not_found"],
  ["an archived product", monthly, makeProduct({ id: "prod-old", is_archived: true }), "archived"],
  ["a private product", monthly, makeProduct({ id: "prod-private", visibility: "private" }), "not_public"],
  ["a one-time product", monthly, makeProduct({ id: "prod-once", is_recurring: false, recurring_interval: null }), "not_recurring"],
  ["a product with legacy recurring prices", monthly, makeProduct({ id: "prod-legacy", prices: [fixedPrice(900, { type: "recurring", legacy: true, recurring_interval: "month" })] }), "legacy_prices"],
  ["a product priced in another currency", monthly, makeProduct({ id: "prod-eur", prices: [fixedPrice(900, { price_currency: "eur" })] }), "no_price_for_currency"],
  ["a product whose only price in the currency is archived", monthly, makeProduct({ id: "prod-arch", prices: [fixedPrice(900, { is_archived: true })] }), "no_price_for_currency"],
  ["a pay-what-you-want product", monthly, makeProduct({ id: "prod-custom", prices: [fixedPrice(0, { amount_type: "custom", minimum_amount: 500 })] }), "custom_price"],
  ["a non-seat product from a seat-based plan", seated, makeProduct({ id: "prod-pro", prices: [fixedPrice(2500)] }), "seat_to_non_seat"],
  ["a seat-based product from a seat-based plan", seated, makeProduct({ id: "prod-team-plus", prices: [seatPrice([{ min_seats: 2, max_seats: null, price_per_seat: 1200 }])] }), null],
  ["a seat-based product from a fixed plan", monthly, makeProduct({ id: "prod-team", prices: [SEATS] }), null],
  ["a non-unit product from a unit-based plan", makeSubscription({ prices: [fixedPrice(0, { amount_type: "unit_based" })] }), makeProduct({ id: "prod-pro" }), "unit_to_non_unit"],
];

describe("planChangeEligibility: Polar's 422 rules for a plan change", () => {
  it.each(rows)("%s", (_, subscription, product, reason) => {
    const verdict = planChangeEligibility(subscription, product);
    expect(verdict.eligible ? null : verdict.reason).toBe(reason);
  });

  it("gives Polar's own words with each refusal", () => {
    const verdict = planChangeEligibility(monthly, makeProduct({ id: "prod-eur", prices: [fixedPrice(900, { price_currency: "eur" })] }));
    expect(verdict).toEqual({ eligible: false, reason: "no_price_for_currency", message: "This product doesn't have a price for the subscription currency." });
  });

  it("under next_period, a first move to seats is refused (Polar must apply it at once)", () => {
    const nextPeriod = makeSubscription({}, { proration_behavior: "next_period" });
    const verdict = planChangeEligibility(nextPeriod, makeProduct({ id: "prod-team", prices: [SEATS] }));
    expect(verdict.eligible ? null : verdict.reason).toBe("seat_transition_next_period");
    expect(planChangeEligibility(nextPeriod, makeProduct({ id: "prod-pro", prices: [fixedPrice(2500)] })).eligible).toBe(true);
  });
});
