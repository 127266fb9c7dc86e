import { createContext, useContext } from "react";
import type { PortalClient } from "../client/client.js";
import type { BaseMessages } from "../i18n/messages.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

export interface PortalContextValue {
  client: PortalClient;
  /** BCP 47 locale for numbers, dates and country names. */
  locale: string;
  /**
   * The language of the words shown, for the roots' `lang`: the locale when its pack (or the
   * merchant's own words) is in use, else the pack's tag, or `en` when no pack fits.
   */
  lang: string;
  /** The writing direction of the kit's roots: the provider's `dir`, else that of `lang`. */
  dir: "ltr" | "rtl" | "auto";
  /** IANA time zone for dates; the browser's own when undefined. */
  timeZone: string | undefined;
  /** The core's English words with the merchant's overrides on top (a feature's English words: `withMessages`). */
  messages: BaseMessages;
}

export const PortalContext = createContext<PortalContextValue | null>(null);

export function usePortalContext(): PortalContextValue {
  const value = useContext(PortalContext);
  if (!value) {
    // A developer's mistake, explained in development; production builds keep a short message.
    throw new Error(
      process.env.NODE_ENV !== "production" ? "react-polar-portal: wrap your components in <PortalProvider>." : "react-polar-portal: no PortalProvider",
    );
  }
  return value;
}

/**
 * The provider's client, for a merchant's own queries (`queryClient.prefetchQuery(
 * orderQueryOptions(client, id))` when a customer hovers a link, say).
 */
export function usePortalClient(): PortalClient {
  return usePortalContext().client;
}
