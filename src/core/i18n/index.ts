export { defaultMessages, errorMessageKey, type Messages, type MessageKey, type MessageOverrides, type MessagePack } from "./messages.js";
export { plural, type PluralForms } from "./plural.js";
export { useAllMessages as useMessages } from "./use-messages.js";
export type { PostalCodeErrorValues } from "../../features/orders/messages/form.js";
