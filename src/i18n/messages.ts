import type { PortalErrorKind } from "../client/errors";
import { formMessages } from "./form-messages";
import { orderMessages } from "./order-messages";

// Every string a customer sees. A message is a string, or a function when it takes values:
// interpolation and plurals happen inside the message (Intl.PluralRules, Intl formatters), never
// by concatenating pieces in a component, so a translation can reorder words freely.

export const errorMessages = {
  errorTitle: "Something went wrong",
  errorUnauthorized: "Your session has expired. Sign in again to see your order.",
  errorForbidden: "You do not have access to this order.",
  errorNotFound: "We could not find this order.",
  errorValidation: "Some details were not accepted. Check the highlighted fields.",
  errorRateLimited: "Too many requests right now. Please try again in a moment.",
  errorServer: "Polar is having trouble right now. Please try again.",
  errorHttp: "The request could not be completed.",
  errorNetwork: "We could not connect. Check your connection and try again.",
  errorInvalidResponse: "We received an order we could not read. Please try again later.",
  retry: "Try again",
  loading: "Loading…",
} satisfies Record<string, string>;

export const defaultMessages = {
  ...errorMessages,
  ...orderMessages,
  ...formMessages,
};

export type Messages = typeof defaultMessages;
export type MessageKey = keyof Messages;
/** What a merchant passes to override any subset of the English messages. */
export type MessageOverrides = Partial<Messages>;

const errorKeys: Record<PortalErrorKind, keyof typeof errorMessages> = {
  unauthorized: "errorUnauthorized",
  forbidden: "errorForbidden",
  not_found: "errorNotFound",
  validation: "errorValidation",
  rate_limited: "errorRateLimited",
  server: "errorServer",
  http: "errorHttp",
  network: "errorNetwork",
  invalid_response: "errorInvalidResponse",
};

export function errorMessageKey(kind: PortalErrorKind): keyof typeof errorMessages {
  return errorKeys[kind] ?? "errorHttp";
}
