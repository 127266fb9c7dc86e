// The testing kit's billing fixtures against Polar's SDK (`@polar-sh/sdk`, a dev dependency only):
// the customer and each kind of payment method go wherever code typed with the SDK takes one,
// once the keys Polar keeps but does not answer (a Stripe customer, a card's `default`) are left out.
import type { models as models2026_04 } from "@polar-sh/sdk/2026-04";
import { describe, expectTypeOf, test } from "vitest";
import { customerFixture, failedPaymentFixtures, paymentMethodFixtures, type FixtureCustomer, type FixtureOrder } from "../../src/testing";

describe("the testing kit's billing fixtures", () => {
  test("the customer is the SDK's CustomerPortalCustomer as Polar answers it", () => {
    expectTypeOf<Omit<FixtureCustomer, "stripe_customer_id">>().toExtend<models2026_04.CustomerPortalCustomer>();
    expectTypeOf(customerFixture).toExtend<FixtureCustomer>();
  });

  test("cards are the SDK's PaymentMethodCard, the generic method its PaymentMethodGeneric", () => {
    expectTypeOf<Omit<typeof paymentMethodFixtures.expiringSoon, "default">>().toExtend<models2026_04.PaymentMethodCard>();
    expectTypeOf<Omit<typeof paymentMethodFixtures.googlePay, "default">>().toExtend<models2026_04.PaymentMethodCard>();
    expectTypeOf<Omit<typeof paymentMethodFixtures.sepaDebit, "default">>().toExtend<models2026_04.PaymentMethodGeneric>();
  });

  test("the failed renewal is an order", () => {
    expectTypeOf(failedPaymentFixtures.order).toExtend<FixtureOrder>();
  });
});
