import type { ComponentType, CSSProperties } from "react";

/**
 * What Polar's embed page reports when it cannot add the card (`@polar-sh/checkout` 0.4's
 * `EmbedPaymentMethodErrorCode`): `invalid_request` (its URL's parameters), `unauthorized` (the
 * session token missing, expired or refused), `processing_failed` (declined, 3-D Secure failed, or
 * Polar refused the card), `unknown`.
 */
export type PolarEmbedErrorCode = "invalid_request" | "unauthorized" | "processing_failed" | "unknown";

/**
 * Why the embed could not add a card: Polar's own codes, or the kit's reasons it never opened:
 * - `not_installed`: no embed to show (Polar's package is not installed, failed to load, or no
 *   loader was given: see `PaymentMethodEmbedProvider`); the developer is told in the console.
 * - `sandbox_unsupported`: the client talks to Polar's sandbox, and Polar's embed (0.4) always
 *   loads from polar.sh, which would refuse a sandbox token (and should never receive one).
 * - `session_unavailable`: the token getter failed (the merchant's endpoint): worth a retry.
 * A signed-out customer (no token) is Polar's `unauthorized`.
 */
export type PaymentMethodEmbedErrorCode = PolarEmbedErrorCode | "not_installed" | "sandbox_unsupported" | "session_unavailable";

/**
 * The props of Polar's `PolarPaymentMethod` (`@polar-sh/checkout/react/payment-method`), written
 * out here so that the kit's types never need the optional peer: Polar's component fits as it is,
 * and so does a merchant's own (a stand-in for tests, stories and sandbox).
 */
export interface PaymentMethodEmbedComponentProps {
  /** The customer session token: Polar's page takes it in its iframe URL (Polar's design). */
  sessionToken: string;
  theme?: "light" | "dark";
  /** Whether the new card becomes the customer's default (Polar's default: true). */
  setAsDefault?: boolean;
  /** BCP 47; Polar falls back to English for a language it does not have. */
  locale?: string;
  onLoaded?: () => void;
  /** The card was submitted: closing must wait for `onSuccess` or `onError`. */
  onConfirmed?: () => void;
  onSuccess?: (paymentMethodId: string) => void;
  onError?: (code: PolarEmbedErrorCode) => void;
  className?: string;
  style?: CSSProperties;
}

export type PaymentMethodEmbedComponent = ComponentType<PaymentMethodEmbedComponentProps>;

/** Resolves to the embed component when the customer opens it (a dynamic `import()`). */
export type PaymentMethodEmbedLoader = () => Promise<PaymentMethodEmbedComponent>;

/** Where the adapter stands, as its root's `data-state`. */
export type PaymentMethodEmbedState = "opening" | "loading" | "ready" | "confirming" | "succeeded" | "error";
