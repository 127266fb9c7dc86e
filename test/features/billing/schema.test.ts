// What the kit reads of Polar's billing answers: every arm of the payment-method union (kr_card
// and types Polar adds later included), the customer, the card's expiry as a customer sees it,
// which orders can be paid now, and the PATCH body.
import { describe, expect, it } from "vitest";
import { cardExpiry, isCard, isKrCard, isRetryableOrder, PortalError, type PaymentMethod } from "../../../src";
import { customerPatchBody, parseCustomer, parsePaymentMethod } from "../../../src/schema";
import { customerFixture, failedPaymentFixtures, fixtures, paymentMethodFixtures } from "../../../src/testing";

const failedOrder = failedPaymentFixtures.order;
const paidOrder = fixtures.paid;
const card = (month: number, year: number): PaymentMethod => ({ ...paymentMethodFixtures.visa, method_metadata: { ...paymentMethodFixtures.visa.method_metadata, exp_month: month, exp_year: year } });

const base = { id: "pm-x", created_at: "2026-01-14T09:20:00Z", modified_at: null, processor: "stripe", customer_id: "c-1" };

describe("payment methods", () => {
  it("a card, with its wallet", () => {
    const method = parsePaymentMethod({ ...base, type: "card", method_metadata: { brand: "visa", last4: "4242", exp_month: 4, exp_year: 2027, wallet: "apple_pay" } });
    expect(isCard(method) && method.method_metadata).toEqual({ brand: "visa", last4: "4242", exp_month: 4, exp_year: 2027, wallet: "apple_pay" });
  });

  it("a Korean card, whose brand and last4 Polar may leave null", () => {
    const method = parsePaymentMethod({ ...base, type: "kr_card", method_metadata: { brand: null, last4: "1234" } });
    expect(isKrCard(method)).toBe(true);
    expect(isCard(method)).toBe(false);
    expect(cardExpiry(method, new Date("2026-03-14"))).toBe("valid");
  });

  it("a type the kit does not know (sepa_debit) is a generic method, shown by its type", () => {
    const method = parsePaymentMethod({ ...base, type: "sepa_debit", method_metadata: { last4: "3000" }, extra: 1 });
    expect(method.type).toBe("sepa_debit");
    expect(isCard(method) || isKrCard(method)).toBe(false);
    expect(method).not.toHaveProperty("method_metadata");
  });

  it("a card whose metadata Polar broke is still listed, as a generic method (not a card with blanks)", () => {
    const method = parsePaymentMethod({ ...base, type: "card", method_metadata: { brand: "visa" } });
    expect(method.type).toBe("card");
    expect(isCard(method)).toBe(false);
  });

  it("a method without an id is refused, naming the payment method", () => {
    let thrown: unknown;
    try {
      parsePaymentMethod({ ...base, id: 7, type: "card" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PortalError);
    expect(thrown).toMatchObject({ kind: "invalid_response", resource: "payment_method", path: ["id"] });
  });
});

describe("cardExpiry: expiring means this month or next", () => {
  const expiring = (month: number, year: number, now: string) => cardExpiry(card(month, year), new Date(now));
  it.each([
    [2, 2026, "2026-03-01T12:00:00", "expired"],
    [3, 2026, "2026-03-31T23:00:00", "expiring"],
    [3, 2026, "2026-03-01T00:00:00", "expiring"],
    [4, 2026, "2026-03-14T12:00:00", "expiring"],
    [5, 2026, "2026-03-31T12:00:00", "valid"],
    [12, 2026, "2026-12-31T12:00:00", "expiring"],
    [1, 2027, "2026-12-10T12:00:00", "expiring"],
    [12, 2025, "2026-01-01T00:00:00", "expired"],
    [12, 2030, "2026-03-14T12:00:00", "valid"],
  ] as const)("card %i/%i on %s: %s", (month, year, now, expected) => {
    expect(expiring(month, year, now)).toBe(expected);
  });

  it("methods without an expiry are valid", () => {
    const generic = { ...base, type: "us_bank_account" } as PaymentMethod;
    expect(cardExpiry(generic, new Date("2099-01-01"))).toBe("valid");
  });
});

describe("the customer", () => {
  it("reads Polar's answer, the tax ID as its [value, format] tuple", () => {
    const answer = parseCustomer({ ...customerFixture, tax_id: ["FR61954506077", "eu_vat"], future_key: true });
    expect(answer.tax_id).toEqual(["FR61954506077", "eu_vat"]);
    expect(answer.default_payment_method_id).toBe(paymentMethodFixtures.visa.id);
  });

  it("refuses a tax ID that is not a pair", () => {
    expect(() => parseCustomer({ ...customerFixture, tax_id: "FR61954506077" })).toThrow(/customer.*tax_id/);
  });

  it("the PATCH body: keys left out stay out, blanks become null as Polar stores them, the tax ID trimmed", () => {
    expect(customerPatchBody({ billing_name: "  ", tax_id: " FR61954506077 " })).toEqual({ billing_name: null, tax_id: "FR61954506077" });
    expect(customerPatchBody({ tax_id: "" })).toEqual({ tax_id: null });
    expect(customerPatchBody({ default_payment_method_id: "pm-2" })).toEqual({ default_payment_method_id: "pm-2" });
  });
});

describe("isRetryableOrder", () => {
  it("a pending subscription order with a retry scheduled, and nothing else", () => {
    expect(isRetryableOrder(failedOrder)).toBe(true);
    expect(isRetryableOrder(paidOrder)).toBe(false);
    expect(isRetryableOrder({ ...failedOrder, next_payment_attempt_at: null })).toBe(false);
    expect(isRetryableOrder({ ...failedOrder, subscription_id: null })).toBe(false);
  });
});
