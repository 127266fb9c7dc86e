// The stand-in for Polar's card embed page and the helper that serves it in a Playwright test.
export {
  EMBED_PAYMENT_METHOD_ID,
  paymentMethodEmbedPage,
  POLAR_PAYMENT_METHOD_MESSAGE,
  type PaymentMethodEmbedPageOptions,
} from "./page.js";
export {
  PAYMENT_METHOD_EMBED_URL,
  routePaymentMethodEmbed,
  type EmbedPageLike,
  type EmbedRouteLike,
  type RoutedPaymentMethodEmbed,
} from "./route.js";
