import { createContext, useMemo, type ReactNode } from "react";
import type { PaymentMethodEmbedComponent, PaymentMethodEmbedLoader } from "./types.js";

export interface PaymentMethodEmbedSource {
  /**
   * Loads the embed when a customer opens it: `loadPolarPaymentMethod` from
   * `react-polar-portal/embed` (Polar's `PolarPaymentMethod`, a dynamic import of the optional
   * peer `@polar-sh/checkout`), or a loader of your own.
   */
  load?: PaymentMethodEmbedLoader;
  /**
   * A ready component with `PolarPaymentMethod`'s props, used instead of `load`: your own embed,
   * or a stand-in in tests, stories and sandbox (the only way to add cards against Polar's sandbox).
   */
  component?: PaymentMethodEmbedComponent;
}

export const PaymentMethodEmbedContext = createContext<PaymentMethodEmbedSource | null>(null);

export interface PaymentMethodEmbedProviderProps extends PaymentMethodEmbedSource {
  children?: ReactNode;
}

/**
 * Tells every `PaymentMethodEmbed` below it (the ones `AddPaymentMethod` and the portal render)
 * where the embed comes from. The kit itself never imports `@polar-sh/checkout`: a bundler fails
 * the whole build on an import of a package that is not installed, even one that is never called,
 * so the import lives in the separate `react-polar-portal/embed` entry that only a merchant who
 * installed the peer imports.
 */
export function PaymentMethodEmbedProvider({ load, component, children }: PaymentMethodEmbedProviderProps) {
  const value = useMemo(() => ({ load, component }), [load, component]);
  return <PaymentMethodEmbedContext.Provider value={value}>{children}</PaymentMethodEmbedContext.Provider>;
}
