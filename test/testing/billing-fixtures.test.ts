// @vitest-environment node
// The billing fixtures say what their names promise, around the mock's clock (MOCK_NOW), and keep
// the ids stories, tests and merchants' seeds already use.
import { describe, expect, it } from "vitest";
import {
  customerFixture,
  failedPaymentFixtures,
  FIXTURE_CUSTOMER_ID,
  newCustomerFixture,
  paymentMethodFixtures,
  subscriptionFixtures,
  type FixtureCardPaymentMethod,
} from "../../src/testing";
import { MOCK_NOW } from "../../src/testing/msw";

const DAY = 86_400_000;
/** A card is valid through the last moment of its expiry month. */
const expiresAt = ({ method_metadata: { exp_month, exp_year } }: FixtureCardPaymentMethod) => Date.UTC(exp_year, exp_month, 1);
const now = Date.parse(MOCK_NOW);

describe("paymentMethodFixtures", () => {
  it("keep the ids of the first two cards", () => {
    expect(paymentMethodFixtures.visa.id).toBe("8b9c0d1e-0000-4000-8000-000000000001");
    expect(paymentMethodFixtures.mastercard.id).toBe("8b9c0d1e-0000-4000-8000-000000000002");
  });

  it("expiringSoon runs out within 30 days of the fixtures' now; expired already has; the others are valid beyond", () => {
    expect(expiresAt(paymentMethodFixtures.expiringSoon) - now).toBeGreaterThan(0);
    expect(expiresAt(paymentMethodFixtures.expiringSoon) - now).toBeLessThanOrEqual(30 * DAY);
    expect(expiresAt(paymentMethodFixtures.expired)).toBeLessThan(now);
    for (const card of [paymentMethodFixtures.visa, paymentMethodFixtures.mastercard, paymentMethodFixtures.googlePay]) {
      expect(expiresAt(card) - now).toBeGreaterThan(30 * DAY);
    }
  });

  it("hold every kind Polar lists: wallets, a Korean card, a generic method; all of the fixture customer, ids unique", () => {
    expect([paymentMethodFixtures.mastercard.method_metadata.wallet, paymentMethodFixtures.googlePay.method_metadata.wallet]).toEqual(["apple_pay", "google_pay"]);
    expect(paymentMethodFixtures.krCard.type).toBe("kr_card");
    expect(paymentMethodFixtures.sepaDebit).not.toHaveProperty("method_metadata");
    const all = Object.values(paymentMethodFixtures);
    expect(new Set(all.map((method) => method.id)).size).toBe(all.length);
    expect(all.every((method) => method.customer_id === FIXTURE_CUSTOMER_ID)).toBe(true);
  });
});

describe("customerFixture", () => {
  it("has billing details, a normalised German VAT number, the default card and a Stripe customer", () => {
    expect(customerFixture).toMatchObject({
      id: FIXTURE_CUSTOMER_ID,
      billing_address: { country: "DE" },
      tax_id: ["DE123456788", "eu_vat"],
      default_payment_method_id: paymentMethodFixtures.visa.id,
    });
    expect(customerFixture.stripe_customer_id).toMatch(/^cus_/);
  });

  it("newCustomerFixture has none of them", () => {
    expect(newCustomerFixture).toMatchObject({ billing_name: null, billing_address: null, tax_id: null, default_payment_method_id: null, stripe_customer_id: null });
  });
});

describe("failedPaymentFixtures", () => {
  it("are a past-due subscription and its pending renewal that Polar retries", () => {
    const { order, subscription } = failedPaymentFixtures;
    expect(subscription).toBe(subscriptionFixtures.pastDue);
    expect(subscription.status).toBe("past_due");
    expect(order).toMatchObject({ status: "pending", paid: false, billing_reason: "subscription_cycle", subscription_id: subscription.id, product_id: subscription.product_id });
    expect(order.subscription?.status).toBe("past_due");
    expect(Date.parse(order.next_payment_attempt_at ?? "")).toBeGreaterThan(now);
    expect(order.due_amount).toBe(order.total_amount);
    expect(order.total_amount).toBe(subscription.amount + order.tax_amount);
  });
});
