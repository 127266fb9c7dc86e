// Billing fixtures: the signed-in customer with billing details and a tax ID, saved payment
// methods of every kind Polar lists, and a failed renewal (a past-due subscription and its
// pending order Polar retries). Free of msw and of React. Dates sit around the mock's clock
// (`MOCK_NOW`, 2026-03-20 12:00 UTC): "expiring soon" is within 30 days of it.
import { FIXTURE_CUSTOMER_ID, makeItem, makeOrder, orderAmounts } from "./fixtures.js";
import { paymentMethodFixtures } from "./payment-method-fixtures.js";
import { productFixtures, subscriptionFixtures } from "./subscription-fixtures.js";
import type { FixtureCustomer } from "./billing-types.js";
import type { FixtureCustomerSubscription, FixtureOrder } from "./types.js";

/**
 * The signed-in customer of the mock (`GET …/customers/me`): Ada, with a billing name, a German
 * address and a German VAT number, a Stripe customer (so a retry is possible) and `visa` as default.
 */
export const customerFixture: FixtureCustomer = {
  id: FIXTURE_CUSTOMER_ID,
  created_at: "2026-01-05T10:00:00Z",
  modified_at: "2026-01-14T09:20:00Z",
  email: "ada@example.com",
  email_verified: true,
  name: "Ada Lovelace",
  billing_name: "Analytical Engines GmbH",
  billing_address: { line1: "Friedrichstraße 123", line2: null, postal_code: "10117", city: "Berlin", state: null, country: "DE" },
  tax_id: ["DE123456788", "eu_vat"],
  oauth_accounts: {},
  default_payment_method_id: paymentMethodFixtures.visa.id,
  type: "individual",
  locale: null,
  stripe_customer_id: "cus_mock000000000001",
};

/** A customer who never paid by card: no billing details, no tax ID, no Stripe customer. */
export const newCustomerFixture: FixtureCustomer = {
  ...customerFixture,
  modified_at: null,
  billing_name: null,
  billing_address: null,
  tax_id: null,
  default_payment_method_id: null,
  stripe_customer_id: null,
};

/** A subscription as an order embeds it (Polar's `CustomerOrderSubscription`). */
function embedded(subscription: FixtureCustomerSubscription): FixtureOrder["subscription"] {
  const { product: _product, prices: _prices, meters: _meters, pending_update: _pending, payment_method_id: _card, ...rest } = subscription;
  return rest;
}

/** The renewal of `subscriptionFixtures.pastDue` (Pro, $49 + 8 % tax) that failed on 14 March. */
function failedRenewal(): FixtureOrder {
  const subscription = subscriptionFixtures.pastDue;
  const product = productFixtures.pro;
  const items = [
    makeItem({
      id: "e1f2a3b4-0000-4000-8000-00000000f001",
      label: "Pro",
      amount: 4900,
      tax_amount: 392,
      product_price_id: product.prices[0]!.id,
      created_at: "2026-03-14T09:26:53Z",
    }),
  ];
  const base = makeOrder({
    id: "0d6e2f1a-3b4c-4d5e-9f60-7182930000f1",
    created_at: "2026-03-14T09:26:53Z",
    status: "pending",
    billing_reason: "subscription_cycle",
    description: "Pro",
    invoice_number: "POLAR-0071",
    receipt_number: null,
    product_id: product.id,
    product,
    subscription_id: subscription.id,
    subscription: embedded(subscription),
    next_payment_attempt_at: "2026-03-21T09:26:53Z",
    items,
  });
  return { ...base, paid: false, ...orderAmounts({ items }) };
}

/**
 * A failed payment as Polar leaves it: `subscription` (`subscriptionFixtures.pastDue`) is past
 * due, `order` is its pending renewal with `next_payment_attempt_at` set (Polar retries then), so
 * `POST …/orders/{id}/confirm-payment` accepts it. The default mock serves the subscription but
 * not the order (the orders list stays as it was): add it with
 * `createPolarMock({ orders: [...Object.values(fixtures), failedPaymentFixtures.order] })`. The
 * default orders hold another such order too: `fixtures.dunning`.
 */
export const failedPaymentFixtures = {
  subscription: subscriptionFixtures.pastDue,
  order: failedRenewal(),
};
