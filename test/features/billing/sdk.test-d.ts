// The kit's billing types against Polar's SDK (`@polar-sh/sdk`, a dev dependency only): a payment
// method, a payment's confirmation and status typed with the SDK go wherever the kit takes one.
import type { models } from "@polar-sh/sdk/2026-04";
import { describe, expectTypeOf, test } from "vitest";
import { cardExpiry, isRetryableOrder, type OrderPaymentStatus, type PaymentConfirmation, type PaymentMethod, type PortalCustomer } from "../../../src";
import type { FixturePaymentMethod } from "../../../src/testing";

describe("billing values typed with Polar's SDK", () => {
  test("every arm of the payment-method union is a PaymentMethod", () => {
    expectTypeOf<models.PaymentMethodCard>().toExtend<PaymentMethod>();
    expectTypeOf<models.PaymentMethodKrCard>().toExtend<PaymentMethod>();
    expectTypeOf<models.PaymentMethodGeneric>().toExtend<PaymentMethod>();
    expectTypeOf<models.CustomerPaymentMethod>().toExtend<PaymentMethod>();
    void cardExpiry({} as models.CustomerPaymentMethod, new Date());
  });

  test("the payment's answers", () => {
    expectTypeOf<models.CustomerOrderPaymentConfirmation>().toExtend<PaymentConfirmation>();
    expectTypeOf<models.CustomerOrderPaymentStatus>().toExtend<OrderPaymentStatus>();
    void isRetryableOrder({} as models.CustomerOrder);
  });

  test("the customer, except its tax ID, which the SDK types as unknown[] (the kit reads Polar's [value, format])", () => {
    expectTypeOf<Omit<models.CustomerPortalCustomer, "tax_id"> & { tax_id: [string, string] | null }>().toExtend<PortalCustomer>();
    expectTypeOf<models.CustomerPortalCustomer>().not.toExtend<PortalCustomer>();
  });

  test("the testing kit's fixtures are payment methods", () => {
    expectTypeOf<Omit<FixturePaymentMethod, "default">>().toExtend<PaymentMethod>();
  });
});
