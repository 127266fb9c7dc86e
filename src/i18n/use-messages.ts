import { usePortalContext } from "../provider/context.js";
import { withListMessages, type BaseMessages, type Messages } from "./messages.js";

/** The provider's messages: English defaults with the merchant's overrides on top (the kit's own parts). */
export function useMessages(): BaseMessages {
  return usePortalContext().messages;
}

/** Every message, the list's included: English defaults with the merchant's overrides on top. */
export function useAllMessages(): Messages {
  return withListMessages(usePortalContext().messages);
}
