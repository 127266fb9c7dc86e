import { usePortalContext } from "../provider/context.js";
import { defaultMessages, withMessages, type BaseMessages, type Messages } from "./messages.js";

/** The provider's messages: the order page's English words with the merchant's overrides on top. */
export function useMessages(): BaseMessages {
  return usePortalContext().messages;
}

/** The provider's messages over a feature's English words (`listMessages`, `documentMessages`). */
export function useFeatureMessages<Table extends object>(table: Table): BaseMessages & Table {
  return withMessages(table, usePortalContext().messages);
}

/** Every message, each feature's included: English defaults with the merchant's overrides on top. */
export function useAllMessages(): Messages {
  return useFeatureMessages(defaultMessages);
}
