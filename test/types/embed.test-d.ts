// The kit writes out the shapes it shares with Polar's card embed and with Playwright instead of
// importing them (neither is a dependency): these pin that the real ones fit.
import { PolarPaymentMethod } from "@polar-sh/checkout/react/payment-method";
import type { BrowserContext, Page } from "playwright";
import { describe, expectTypeOf, it } from "vitest";
import type { PaymentMethodEmbedComponent, PaymentMethodEmbedLoader, PolarEmbedErrorCode } from "../../src/features/billing/embed/index";
import { loadPolarPaymentMethod } from "../../src/embed";
import type { EmbedPageLike } from "../../src/testing";

type PolarCode = Parameters<NonNullable<Parameters<typeof PolarPaymentMethod>[0]["onError"]>>[0];

describe("the embed's shapes", () => {
  it("takes Polar's PolarPaymentMethod as an embed component, and its loader as a loader", () => {
    expectTypeOf(PolarPaymentMethod).toExtend<PaymentMethodEmbedComponent>();
    expectTypeOf(loadPolarPaymentMethod).toExtend<PaymentMethodEmbedLoader>();
  });

  it("names exactly Polar's error codes", () => {
    expectTypeOf<PolarEmbedErrorCode>().toEqualTypeOf<PolarCode>();
  });

  it("takes Playwright's Page and BrowserContext for routePaymentMethodEmbed", () => {
    expectTypeOf<Page>().toExtend<EmbedPageLike>();
    expectTypeOf<BrowserContext>().toExtend<EmbedPageLike>();
  });
});
