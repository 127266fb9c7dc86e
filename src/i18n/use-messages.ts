import { usePortalContext } from "../provider/context.js";
import type { Messages } from "./messages.js";

/** The provider's messages: English defaults with the merchant's overrides on top. */
export function useMessages(): Messages {
  return usePortalContext().messages;
}
