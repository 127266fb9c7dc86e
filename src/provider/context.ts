import { createContext, useContext } from "react";
import type { PortalClient } from "../client/client.js";
import type { BaseMessages } from "../i18n/messages.js";

export interface PortalContextValue {
  client: PortalClient;
  /** BCP 47 locale for numbers, dates and country names. */
  locale: string;
  /** The writing direction of the kit's roots: the provider's `dir`, else the locale's. */
  dir: "ltr" | "rtl" | "auto";
  /** IANA time zone for dates; the browser's own when undefined. */
  timeZone: string | undefined;
  /** English defaults merged with the merchant's overrides (the list's English words: `withListMessages`). */
  messages: BaseMessages;
}

export const PortalContext = createContext<PortalContextValue | null>(null);

export function usePortalContext(): PortalContextValue {
  const value = useContext(PortalContext);
  if (!value) {
    throw new Error("react-polar-portal: wrap your components in <PortalProvider>.");
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
