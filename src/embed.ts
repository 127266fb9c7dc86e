// `react-polar-portal/embed`: the one module of the kit that imports Polar's card embed
// (`@polar-sh/checkout`, an optional peer). It is an entry of its own because a bundler (Vite and
// esbuild, checked; webpack reports a missing module) fails the whole build on an import of a
// package that is not installed, even a dynamic one that is never called: merchants who do not
// add cards never reach this file.
import type { PaymentMethodEmbedComponent } from "./features/billing/embed/types.js";

/** The command that installs the peer this entry needs, for the developer's error messages. */
export const POLAR_CHECKOUT_INSTALL = "npm install @polar-sh/checkout@^0.4.1";

/**
 * Loads Polar's `PolarPaymentMethod` (`@polar-sh/checkout/react/payment-method`) with a dynamic
 * `import()`: the bundler puts it in a chunk of its own, fetched when a customer opens the embed.
 * It brings no Stripe code (Stripe runs inside Polar's page, in the iframe). Give it to
 * `<PaymentMethodEmbedProvider load={loadPolarPaymentMethod}>`.
 */
export function loadPolarPaymentMethod(): Promise<PaymentMethodEmbedComponent> {
  return import("@polar-sh/checkout/react/payment-method").then(
    (module) => module.PolarPaymentMethod,
    (cause: unknown) => {
      throw new Error(`Could not load Polar's card embed (@polar-sh/checkout/react/payment-method). Is the optional peer installed? ${POLAR_CHECKOUT_INSTALL}`, { cause });
    },
  );
}
