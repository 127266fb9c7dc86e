import { describe, expect, it } from "vitest";
import { isPortalError } from "../../../../src";
import { parseSubscription } from "../../../../src/features/subscriptions/schema/parse.js";
import { fixedPrice, makeSubscription, seatPrice } from "../fixtures";

const clone = <T>(value: T): T => structuredClone(value);

describe("parseSubscription accepts what Polar sends", () => {
  it("keeps every field of the published shape and the deprecated or undocumented ones, at every level", () => {
    const subscription = {
      ...makeSubscription(),
      user_id: "legacy-user",
      price: fixedPrice(1000),
      units: 3,
      product: { ...makeSubscription().product, organization: { ...makeSubscription().product.organization, feature_x: true } },
    };
    expect(parseSubscription(clone(subscription))).toStrictEqual(subscription);
  });

  it("takes a status, a price kind, an interval and a reason it has never heard of by their raw values", () => {
    const parsed = parseSubscription(
      makeSubscription({
        status: "suspended",
        recurring_interval: "fortnight",
        customer_cancellation_reason: "moved_abroad",
        prices: [{ ...fixedPrice(0), amount_type: "unit_based" }],
      }),
    );
    expect([parsed.status, parsed.recurring_interval, parsed.customer_cancellation_reason, parsed.prices[0]!.amount_type]).toEqual([
      "suspended",
      "fortnight",
      "moved_abroad",
      "unit_based",
    ]);
  });

  it("reads seat tiers, a pending update and meters", () => {
    const parsed = parseSubscription(
      makeSubscription({
        seats: 4,
        prices: [seatPrice([{ min_seats: 1, max_seats: null, price_per_seat: 900 }])],
        pending_update: { id: "pu", created_at: "2026-12-01T00:00:00Z", modified_at: null, applies_at: "2026-12-15T09:00:00Z", product_id: null, seats: 6 },
        meters: [{ id: "m", created_at: "2026-12-01T00:00:00Z", modified_at: null, consumed_units: 12.5, credited_units: 10, amount: 250, meter_id: "mid", meter: { id: "mid", name: "API calls" } }],
      }),
    );
    expect(parsed.prices[0]!.seat_tiers!.tiers[0]!.price_per_seat).toBe(900);
    expect(parsed.pending_update!.seats).toBe(6);
    expect(parsed.meters![0]!.consumed_units).toBe(12.5);
  });

  it("refuses an amount that is not an integer and a date that does not parse, naming the field", () => {
    const fractional = (() => {
      try {
        return parseSubscription({ ...makeSubscription(), amount: 9.99 }, 200);
      } catch (error) {
        return error;
      }
    })();
    expect(isPortalError(fractional) && [fractional.kind, fractional.resource, fractional.path]).toEqual(["invalid_response", "subscription", ["amount"]]);
    expect(() => parseSubscription({ ...makeSubscription(), current_period_end: "soon" })).toThrow(/current_period_end/);
    expect(() => parseSubscription({ ...makeSubscription(), product: { ...makeSubscription().product, organization: undefined } })).toThrow(
      /product\.organization/,
    );
  });
});
