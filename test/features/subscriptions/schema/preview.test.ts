// What the kit says about a charge or a change without Polar's preview routes: only what the prices
// tell for certain, every other figure null (never a guess); and when Polar bills a change at once.
import { describe, expect, it } from "vitest";
import { changeBillsNow, changePreview, chargePreviewFromPrices, hasUpcomingCharge } from "../../../../src/features/subscriptions/schema/preview.js";
import { fixedPrice, makeProduct, makeSubscription, seatPrice } from "../fixtures";

const NOW = Date.parse("2026-12-01T00:00:00Z");
const SEATS = seatPrice([
  { min_seats: 1, max_seats: 10, price_per_seat: 900 },
  { min_seats: 11, max_seats: null, price_per_seat: 700 },
]);
const teams = (more = {}, org = {}) => makeSubscription({ seats: 3, amount: 2700, prices: [SEATS], ...more }, org);
const PRO = makeProduct({ id: "prod-pro", prices: [fixedPrice(2500), fixedPrice(2300, { price_currency: "eur" })] });
const YEARLY = makeProduct({ id: "prod-year", recurring_interval: "year", prices: [fixedPrice(25000)] });

describe("hasUpcomingCharge, as Polar's charge-preview route decides", () => {
  it.each([
    ["active", {}, true],
    ["trialing", {}, true],
    ["paused", { resumes_at: "2027-01-01T00:00:00Z" }, true],
    ["paused", {}, false],
    ["past_due", {}, false],
    ["canceled", {}, false],
    ["active", { ended_at: "2026-11-30T00:00:00Z" }, false],
  ])("%s %o: %s", (status, more, expected) => {
    expect(hasUpcomingCharge(makeSubscription({ status, ...more }))).toBe(expected);
  });
});

describe("chargePreviewFromPrices", () => {
  it("the next base is Polar's own amount, the usage so far the meters'; prorations, tax and what is due are unknown", () => {
    const meter = { id: "m", consumed_units: 10, credited_units: 0, amount: 340, meter_id: "mid", meter: { id: "mid", name: "Calls" } };
    const preview = chargePreviewFromPrices(makeSubscription({ meters: [meter], prices: [fixedPrice(1000), fixedPrice(0, { amount_type: "metered_unit", unit_amount: "34" })] }));
    expect(preview).toEqual({
      currency: "usd",
      base_amount: 1000,
      metered_amount: 340,
      proration_amount: null,
      prorations: null,
      subtotal_amount: null,
      discount_amount: 0,
      net_amount: null,
      tax_amount: null,
      total_amount: null,
      applied_balance_amount: null,
      due_amount: null,
      metered: true,
    });
  });

  it("nothing more is billed for a subscription set to end; a discount makes the discount unknown", () => {
    const ending = chargePreviewFromPrices(makeSubscription({ cancel_at_period_end: true, ends_at: "2026-12-15T09:00:00Z", discount_id: "d" }));
    expect([ending.base_amount, ending.discount_amount]).toEqual([0, null]);
  });

  it("applies a pending seat change from the tiers, and a pending plan change when the product is known, else says it does not know", () => {
    const applies_at = "2026-12-15T09:00:00Z";
    expect(chargePreviewFromPrices(teams({ pending_update: { id: "u", applies_at, seats: 12, product_id: null } })).base_amount).toBe(12 * 700);
    const toPro = makeSubscription({ pending_update: { id: "u", applies_at, product_id: "prod-pro", seats: null } });
    expect(chargePreviewFromPrices(toPro, [PRO]).base_amount).toBe(2500);
    expect(chargePreviewFromPrices(toPro, []).base_amount).toBeNull();
  });
});

describe("changeBillsNow: whether Polar invoices a change at once (consent first)", () => {
  it.each([
    ["invoice", "a plan", { productId: "prod-pro" }, PRO, true],
    ["invoice", "seats", { seats: 5 }, undefined, true],
    ["prorate", "a plan on the same interval", { productId: "prod-pro" }, PRO, false],
    ["prorate", "a plan on another interval", { productId: "prod-year" }, YEARLY, true],
    ["prorate", "seats", { seats: 5 }, undefined, false],
    ["next_period", "a plan on another interval", { productId: "prod-year" }, YEARLY, false],
    ["reset", "seats", { seats: 5 }, undefined, true],
    ["a behaviour Polar adds later", "a plan", { productId: "prod-pro" }, PRO, null],
    ["prorate", "a plan not known", { productId: "prod-x" }, undefined, null],
  ] as const)("%s, %s: %s", (behavior, _, change, product, expected) => {
    expect(changeBillsNow(teams({}, { proration_behavior: behavior }), change, product, NOW)).toBe(expected);
  });

  it("during a trial nothing is prorated: seats never bill now; a plan bills now when the trial would be over", () => {
    const trial = teams({ status: "trialing", trial_start: "2026-11-20T00:00:00Z", trial_end: "2026-12-04T00:00:00Z" }, { proration_behavior: "invoice" });
    expect(changeBillsNow(trial, { seats: 5 }, undefined, NOW)).toBe(false);
    expect(changeBillsNow(trial, { productId: "prod-pro" }, PRO, NOW)).toBe(true);
    expect(changeBillsNow(trial, { productId: "prod-pro" }, { ...PRO, trial_interval: "month", trial_interval_count: 1 }, NOW)).toBe(false);
    expect(changeBillsNow(trial, { productId: "prod-pro" }, { ...PRO, trial_interval: "week", trial_interval_count: 1 }, NOW)).toBe(true);
  });
});

describe("changePreview", () => {
  it("from the prices: the new amount per period in the subscription's currency; due now only when nothing bills now", () => {
    const prorate = makeSubscription();
    expect(changePreview(prorate, { productId: "prod-pro" }, { product: PRO, now: NOW })).toMatchObject({
      recurring_amount: 2500,
      recurring_interval: "month",
      recurring_interval_count: 1,
      due_now: 0,
      due_amount: null,
      tax_amount: null,
    });
    const yearly = changePreview(prorate, { productId: "prod-year" }, { product: YEARLY, now: NOW });
    expect([yearly.recurring_amount, yearly.recurring_interval, yearly.due_now]).toEqual([25000, "year", null]);
  });

  it("seats: the tiers at the new count", () => {
    expect(changePreview(teams({}, { proration_behavior: "invoice" }), { seats: 12 }, { now: NOW })).toMatchObject({ recurring_amount: 8400, due_now: null });
  });

  it("with Polar's figures: what it would invoice now is its due amount", () => {
    const polar = { base_amount: 0, metered_amount: 0, proration_amount: 1450, prorations: [{ label: "Pro", amount: 1450 }], subtotal_amount: 1450, discount_amount: 0, net_amount: 1450, tax_amount: 290, total_amount: 1740, applied_balance_amount: -200, due_amount: 1540 };
    const preview = changePreview(makeSubscription({}, { proration_behavior: "invoice" }), { productId: "prod-pro" }, { product: PRO, polar, now: NOW });
    expect([preview.recurring_amount, preview.proration_amount, preview.due_amount, preview.due_now]).toEqual([2500, 1450, 1540, 1540]);
  });
});
