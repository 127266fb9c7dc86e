// The subscription fixtures are what stories and tests start from: one per status and per flag,
// every interval, amounts that agree with their prices, dates that sit right around the mock's
// clock (so a story renders the same state, and the same pixels, on every run).
import { describe, expect, it } from "vitest";
import { otherCustomerSubscription, paymentMethodFixtures, productFixtures, subscriptionFixtures } from "../../src/testing";
import { MOCK_NOW } from "../../src/testing/msw";
import { recurringAmount } from "../../src/testing/prices";

const all = Object.values(subscriptionFixtures);
const now = Date.parse(MOCK_NOW);
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("subscriptionFixtures", () => {
  it("cover every status Polar has", () => {
    expect(new Set(all.map((subscription) => subscription.status))).toEqual(
      new Set(["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"]),
    );
  });

  it("cover every flag: trial, to be canceled, to be paused, paused with and without a resume date, pending plan and seat changes", () => {
    const { trialing, canceling, pausing, paused, pausedIndefinitely, pendingPlanChange, pendingSeatChange } = subscriptionFixtures;
    expect(trialing.trial_end && Date.parse(trialing.trial_end)).toBeGreaterThan(now);
    expect([canceling.cancel_at_period_end, canceling.ends_at]).toEqual([true, canceling.current_period_end]);
    expect(pausing.pause_at_period_end).toBe(true);
    expect([paused.status, paused.resumes_at !== null, pausedIndefinitely.status, pausedIndefinitely.resumes_at]).toEqual(["paused", true, "paused", null]);
    expect(pendingPlanChange.pending_update).toMatchObject({ product_id: productFixtures.starter.id, seats: null });
    expect(pendingSeatChange.pending_update).toMatchObject({ product_id: null, seats: 3 });
  });

  it("bill every interval, and every 3 months", () => {
    expect(new Set(all.map((subscription) => subscription.recurring_interval))).toEqual(new Set(["day", "week", "month", "year"]));
    expect(all.some((subscription) => subscription.recurring_interval === "month" && subscription.recurring_interval_count === 3)).toBe(true);
  });

  it("have their own UUID v4 ids and belong to the fixture customer (the other customer's aside)", () => {
    const ids = [...all, otherCustomerSubscription].map((subscription) => subscription.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID4.test(id))).toBe(true);
    expect(new Set(all.map((subscription) => subscription.customer_id)).size).toBe(1);
    expect(otherCustomerSubscription.customer_id).not.toBe(all[0]!.customer_id);
  });

  it("charge what their prices say, in their currency, on their product's interval", () => {
    for (const subscription of all) {
      expect(subscription.amount, subscription.id).toBe(recurringAmount(subscription.prices, subscription.seats));
      expect(subscription.prices.every((price) => price.product_id === subscription.product_id && price.price_currency === subscription.currency)).toBe(true);
      expect([subscription.recurring_interval, subscription.recurring_interval_count]).toEqual([subscription.product.recurring_interval, subscription.product.recurring_interval_count]);
    }
  });

  it("sit around the mock's clock: the running ones are in their period, the ended ones ended before it", () => {
    for (const name of ["active", "trialing", "canceling", "pausing", "pastDue", "pendingPlanChange", "pendingSeatChange", "seats", "yearly", "daily", "free"] as const) {
      const subscription = subscriptionFixtures[name];
      expect(Date.parse(subscription.current_period_start), name).toBeLessThanOrEqual(now);
      expect(Date.parse(subscription.current_period_end), name).toBeGreaterThan(now);
    }
    for (const name of ["ended", "canceled", "unpaid", "incompleteExpired"] as const) {
      expect(Date.parse(subscriptionFixtures[name].ended_at!), name).toBeLessThan(now);
    }
  });
});

describe("productFixtures and paymentMethodFixtures", () => {
  it("have one product for each answer a plan change can get", () => {
    expect(productFixtures.archived.is_archived).toBe(true);
    expect(productFixtures.private.visibility).toBe("private");
    expect(productFixtures.oneTime.is_recurring).toBe(false);
    expect(productFixtures.payWhatYouWant.prices.map((price) => price.amount_type)).toEqual(["custom"]);
    expect(productFixtures.euro.prices.map((price) => price.price_currency)).toEqual(["eur"]);
    expect(productFixtures.team.prices[0]).toMatchObject({ amount_type: "seat_based", seat_tiers: { minimum_seats: 2, maximum_seats: 20 } });
  });

  it("give the customer one default card", () => {
    expect(Object.values(paymentMethodFixtures).filter((method) => method.default)).toEqual([paymentMethodFixtures.visa]);
  });
});
