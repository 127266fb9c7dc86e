export { defaultMessages, errorMessageKey, type Messages, type MessageKey, type MessageOverrides } from "./messages";
export { plural, type PluralForms } from "./plural";
export { useMessages } from "./use-messages";
export type { PostalCodeErrorValues } from "./form-messages";
