// The testing kit's subscriptions, products and cards against Polar's SDK (`@polar-sh/sdk`, a
// dev dependency only): a fixture goes wherever code typed with the SDK takes one, once the keys
// Polar keeps but does not answer (the card a subscription names, a card's `default`) are left out.
import type { models as models2026_04 } from "@polar-sh/sdk/2026-04";
import { describe, expectTypeOf, test } from "vitest";
import { makeCustomerSubscription, paymentMethodFixtures, productFixtures, subscriptionFixtures, type FixtureCustomerSubscription } from "../../src/testing";

type Answered = Omit<FixtureCustomerSubscription, "payment_method_id">;

describe("the testing kit's subscriptions", () => {
  test("are the SDK's CustomerSubscription as Polar answers them", () => {
    expectTypeOf<Omit<ReturnType<typeof makeCustomerSubscription>, "payment_method_id">>().toExtend<models2026_04.CustomerSubscription>();
    expectTypeOf<Answered>().toExtend<models2026_04.CustomerSubscription>();
    expectTypeOf(subscriptionFixtures.seats).toExtend<FixtureCustomerSubscription>();
  });

  test("their products and cards are the SDK's", () => {
    expectTypeOf<(typeof productFixtures)[keyof typeof productFixtures]>().toExtend<models2026_04.CustomerSubscriptionProduct>();
    expectTypeOf<Omit<typeof paymentMethodFixtures.visa, "default">>().toExtend<models2026_04.PaymentMethodCard>();
  });

  test("a misspelt field does not compile", () => {
    // @ts-expect-error `pending_update`
    subscriptionFixtures.pendingPlanChange.pending_updte;
  });
});
