import { useContext } from "react";
import { errorMessages, type BaseMessages } from "../i18n/messages.js";
import { PortalContext } from "../provider/context.js";

/**
 * The provider's messages, or the English defaults outside a provider. Only for the parts that
 * must render even when the provider itself is missing (the error boundary's fallback, the
 * skeleton), so a setup mistake still shows a readable error instead of a blank page.
 */
export function useSafeMessages(): BaseMessages {
  return useContext(PortalContext)?.messages ?? errorMessages;
}
