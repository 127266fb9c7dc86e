import { usePortalContext } from "../provider/context";
import type { Messages } from "./messages";

/** The provider's messages: English defaults with the merchant's overrides on top. */
export function useMessages(): Messages {
  return usePortalContext().messages;
}
