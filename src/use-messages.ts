import { useFeatureMessages } from "./core/i18n/use-messages.js";
import { defaultMessages } from "./messages.js";
import type { Messages } from "./core/i18n/messages.js";

/**
 * Every message, each feature's included: the English defaults with the merchant's overrides on
 * top (the public `useMessages`). A module of its own: a hook makes a module client-only, and
 * `defaultMessages` must stay readable from a server.
 */
export function useMessages(): Messages {
  return useFeatureMessages(defaultMessages);
}
