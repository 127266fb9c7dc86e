export { defaultMessages, plural, errorMessageKey, type Messages, type MessageKey, type MessageOverrides, type PluralForms } from "./messages";
export { useMessages } from "./use-messages";
