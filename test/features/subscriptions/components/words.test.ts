import { describe, expect, it } from "vitest";
import { withMessages } from "../../../../src/core/i18n/messages";
import { priceLabel, statusLabel, valueLabel, type SubscriptionMessages } from "../../../../src/features/subscriptions/components/labels";
import { refusalText } from "../../../../src/features/subscriptions/components/RefusalNote";
import type { SubscriptionRefusal } from "../../../../src/features/subscriptions";
import { subscriptionMessages } from "../../../../src/features/subscriptions/messages/subscription";

const messages = withMessages(subscriptionMessages, {}) as SubscriptionMessages;
const price = (amount: number, currency: string, interval: string, count?: number, locale = "en-US") =>
  priceLabel(messages, { amount, currency, recurring_interval: interval, recurring_interval_count: count }, locale);

describe("a subscription's price in words", () => {
  it("says the amount per interval for each of Polar's intervals, one at a time", () => {
    expect(price(1000, "usd", "month")).toBe("$10.00 / month");
    expect(price(200, "usd", "day", 1)).toBe("$2.00 / day");
    expect(price(500, "usd", "week", 1)).toBe("$5.00 / week");
    expect(price(19000, "usd", "year", 1)).toBe("$190.00 / year");
  });

  it("says how many intervals when Polar's count is above one (never 'monthly' for a week)", () => {
    expect(price(4500, "usd", "month", 3)).toBe("$45.00 every 3 months");
    expect(price(900, "usd", "week", 2)).toBe("$9.00 every 2 weeks");
    expect(price(300, "usd", "day", 10)).toBe("$3.00 every 10 days");
    expect(price(50000, "usd", "year", 2)).toBe("$500.00 every 2 years");
  });

  it("writes the amount in the customer's locale and Polar's minor units", () => {
    expect(price(1950, "eur", "month", 1, "de-DE")).toBe("19,50\u00a0€ / month");
    expect(price(1200, "jpy", "month", 1, "ja-JP")).toBe("￥1,200 / month");
  });
});

describe("a subscription's status in words", () => {
  it("names every status Polar has, past due as a payment to fix rather than 'inactive'", () => {
    const labels = ["incomplete", "incomplete_expired", "trialing", "active", "past_due", "canceled", "unpaid", "paused"].map((status) => statusLabel(messages, status));
    expect(labels).toEqual(["Awaiting first payment", "Expired", "Trial", "Active", "Payment overdue", "Canceled", "Unpaid", "Paused"]);
  });

  it("reads a status Polar adds later as words, not an identifier", () => {
    expect(statusLabel(messages, "on_hold")).toBe("On hold");
  });

  it("words each of Polar's eight cancellation reasons", () => {
    const reasons = ["customer_service", "low_quality", "missing_features", "switched_service", "too_complex", "too_expensive", "unused", "other"];
    const labels = reasons.map((reason) => valueLabel(messages, "cancelReason", reason));
    expect(new Set(labels).size).toBe(8);
    expect(labels.every((label) => !label.includes("_"))).toBe(true);
  });
});

describe("Polar's refusals in the customer's words", () => {
  const refusals: SubscriptionRefusal[] = [
    { kind: "already_canceled" },
    { kind: "not_allowed", setting: "update_plan" },
    { kind: "not_allowed", setting: "update_seats" },
    { kind: "not_allowed", setting: "pause" },
    { kind: "billing_forbidden" },
    { kind: "payment_method_required" },
    { kind: "ended" },
    { kind: "payment_failed", reason: "card_error" },
    { kind: "payment_action_required" },
    { kind: "below_minimum_seats", minimum: 2 },
    { kind: "above_maximum_seats", maximum: 20 },
    { kind: "seats_assigned", assigned: 5 },
    { kind: "not_seat_based" },
    { kind: "invalid_product", message: "Can't update to a product with custom prices.", reason: "custom_price" },
    { kind: "invalid_product", message: "Something Polar adds later." },
    { kind: "no_pending_update" },
    { kind: "cannot_pause" },
    { kind: "no_scheduled_pause" },
    { kind: "not_paused" },
    { kind: "invalid_resume_date" },
    { kind: "cannot_uncancel" },
  ];

  it("gives each refusal its own sentence, never Polar's English and never the generic failure", () => {
    const texts = refusals.map((refusal) => refusalText(messages, refusal, "en-US"));
    expect(new Set(texts).size).toBe(refusals.length);
    for (const text of texts) {
      expect(text).not.toBe(messages.errorHttp);
      expect(text).not.toMatch(/Polar|custom prices|adds later/);
    }
    expect(refusalText(messages, { kind: "below_minimum_seats", minimum: 2 }, "en-US")).toBe("This plan needs at least 2 seats.");
    expect(refusalText(messages, { kind: "seats_assigned", assigned: 1 }, "en-US")).toBe("1 seat is assigned to someone. Free seats before removing them.");
  });
});
