// The kit's subscription types against Polar's SDK (`@polar-sh/sdk`, a dev dependency only): a
// subscription typed with the SDK goes wherever the kit takes one, as do the testing kit's.
import type { models as models2026_04 } from "@polar-sh/sdk/2026-04";
import type { models as models2026_10 } from "@polar-sh/sdk/2026-10";
import { describe, expectTypeOf, test } from "vitest";
import { planChangeEligibility, subscriptionFlags, subscriptionPhase, type CustomerSubscription, type PortalProduct, type SubscriptionChargePreview } from "../../src";
import { productFixtures, subscriptionFixtures, type FixtureCustomerSubscription } from "../../src/testing";

describe("a subscription typed with Polar's SDK", () => {
  test("is a CustomerSubscription in both API versions, its products PortalProducts", () => {
    expectTypeOf<models2026_04.CustomerSubscription>().toExtend<CustomerSubscription>();
    expectTypeOf<models2026_10.CustomerSubscription>().toExtend<CustomerSubscription>();
    expectTypeOf<models2026_04.CustomerProduct>().toExtend<PortalProduct>();
    expectTypeOf<models2026_04.CustomerOrganizationData["products"][number]>().toExtend<PortalProduct>();
  });

  test("goes into the rules without a cast, as do the testing kit's fixtures", () => {
    const sdk = {} as models2026_04.CustomerSubscription;
    void subscriptionPhase(sdk);
    void subscriptionFlags(sdk);
    void planChangeEligibility(sdk, {} as models2026_04.CustomerProduct);
    expectTypeOf<FixtureCustomerSubscription>().toExtend<CustomerSubscription>();
    void planChangeEligibility(subscriptionFixtures.seats, productFixtures.team);
  });

  test("a typo does not compile", () => {
    const subscription = {} as CustomerSubscription;
    // @ts-expect-error misspelt
    void subscription.cancel_at_perod_end;
    expectTypeOf<SubscriptionChargePreview["due_amount"]>().toEqualTypeOf<number>();
  });
});
