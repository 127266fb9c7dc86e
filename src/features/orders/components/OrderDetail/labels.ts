import { messageKey } from "../../../../core/i18n/messages.js";
import type { Messages } from "./section-props.js";

// Polar's values map onto message keys by name (`partially_refunded` → `statusPartiallyRefunded`),
// so a value Polar adds later, which has no message yet, reads as words (`subscription_seats_change`
// → "Subscription seats change"), never as a raw identifier.
function label(messages: Messages, prefix: string, value: string): string {
  const key = messageKey(prefix, value);
  const message: unknown = Object.hasOwn(messages, key) ? messages[key as keyof Messages] : undefined;
  return typeof message === "string" ? message : value.charAt(0).toUpperCase() + value.slice(1).replaceAll("_", " ");
}

export const statusLabel = (messages: Messages, status: string) => label(messages, "status", status);

export const billingReasonLabel = (messages: Messages, reason: string) => label(messages, "billingReason", reason);
