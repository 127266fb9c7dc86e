import { usePortalContext } from "../provider/context.js";
import { withMessages, type BaseMessages } from "./messages.js";

/**
 * The provider's messages (the core's words with the merchant's overrides on top) over a
 * feature's English table (`orderMessages`, `listMessages`...): how a component gets its words.
 */
export function useFeatureMessages<Table extends object>(table: Table): BaseMessages & Table {
  return withMessages(table, usePortalContext().messages);
}
