import { usePortalContext } from "../provider/context.js";
import { withMessages, type BaseMessages } from "./messages.js";

/** The provider's messages: the core's English words with the merchant's overrides on top. */
export function useMessages(): BaseMessages {
  return usePortalContext().messages;
}

/** The provider's messages over a feature's English words (`orderMessages`, `listMessages`...). */
export function useFeatureMessages<Table extends object>(table: Table): BaseMessages & Table {
  return withMessages(table, usePortalContext().messages);
}
