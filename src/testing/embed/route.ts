// Serving the stand-in in place of Polar's embed page with Playwright's request interception,
// typed by shape so the testing kit does not depend on Playwright (its `Page` fits as it is).
import { paymentMethodEmbedPage, type PaymentMethodEmbedPageOptions } from "./page.js";

/** Where `@polar-sh/checkout` 0.4 loads its card embed (always production: it has no sandbox setting). */
export const PAYMENT_METHOD_EMBED_URL = "https://polar.sh/embed/payment-method";

/** The part of Playwright's `Route` the helper uses. */
export interface EmbedRouteLike {
  request(): { url(): string };
  fulfill(response: { status?: number; contentType?: string; body?: string; headers?: Record<string, string> }): Promise<void>;
}

/** The part of Playwright's `Page` (or `BrowserContext`) the helper uses. */
export interface EmbedPageLike {
  route(url: string, handler: (route: EmbedRouteLike) => unknown): Promise<unknown>;
  unroute(url: string, handler?: (route: EmbedRouteLike) => unknown): Promise<unknown>;
}

export interface RoutedPaymentMethodEmbed {
  /** Every URL the embed was requested at, in order (its query holds the parameters the page got). */
  readonly requests: readonly string[];
  /** Stops serving the stand-in. */
  unroute(): Promise<void>;
}

/**
 * Serves `paymentMethodEmbedPage(options)` wherever the page (or any frame in it) requests
 * Polar's embed, so a test adds a card without reaching Polar or Stripe:
 *
 * ```ts
 * const embed = await routePaymentMethodEmbed(page, { paymentMethodId: "pm_1" });
 * await page.getByRole("button", { name: "Add a card" }).click();
 * await page.frameLocator("iframe").getByRole("button", { name: "Save card" }).click();
 * ```
 */
export async function routePaymentMethodEmbed(page: EmbedPageLike, options: PaymentMethodEmbedPageOptions = {}): Promise<RoutedPaymentMethodEmbed> {
  const requests: string[] = [];
  const pattern = `${PAYMENT_METHOD_EMBED_URL}**`;
  const handler = (route: EmbedRouteLike) => {
    requests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: paymentMethodEmbedPage(options) });
  };
  await page.route(pattern, handler);
  return {
    requests,
    async unroute() {
      await page.unroute(pattern, handler);
    },
  };
}
