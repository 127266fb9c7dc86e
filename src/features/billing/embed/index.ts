// The card embed: the kit's adapter over Polar's `PolarPaymentMethod`. Nothing here imports
// `@polar-sh/checkout`: its loader is the `react-polar-portal/embed` entry (src/embed.ts).
export { PaymentMethodEmbed, type PaymentMethodEmbedProps } from "./PaymentMethodEmbed.js";
export { PaymentMethodEmbedProvider, type PaymentMethodEmbedProviderProps, type PaymentMethodEmbedSource } from "./context.js";
export type {
  PaymentMethodEmbedComponent,
  PaymentMethodEmbedComponentProps,
  PaymentMethodEmbedErrorCode,
  PaymentMethodEmbedLoader,
  PaymentMethodEmbedState,
  PolarEmbedErrorCode,
} from "./types.js";
