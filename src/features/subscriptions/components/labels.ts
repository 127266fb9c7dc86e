import { formatMoney } from "../../../core/format/money.js";
import { messageKey, type BaseMessages } from "../../../core/i18n/messages.js";
import { useFeatureMessages } from "../../../core/i18n/use-messages.js";
import { subscriptionMessages } from "../messages/subscription.js";

/** The provider's messages over the subscriptions' English words. */
export type SubscriptionMessages = BaseMessages & typeof subscriptionMessages;

/** The subscriptions' words, laid under the provider's (an orders-only page ships none of them). */
export const useSubscriptionMessages = (): SubscriptionMessages => useFeatureMessages(subscriptionMessages);

/**
 * The message named after one of Polar's values (`past_due` under `subscriptionStatus` →
 * `subscriptionStatusPastDue`), or the value as words when Polar adds one the kit has no message
 * for yet (`past_due` → "Past due"), never a raw identifier.
 */
export function valueLabel(messages: SubscriptionMessages, prefix: string, value: string, fallback?: string): string {
  const key = messageKey(prefix, value);
  const found: unknown = Object.hasOwn(messages, key) ? messages[key as keyof SubscriptionMessages] : undefined;
  if (typeof found === "string") return found;
  return fallback ?? value.charAt(0).toUpperCase() + value.slice(1).replaceAll("_", " ");
}

export const statusLabel = (messages: SubscriptionMessages, status: string) => valueLabel(messages, "subscriptionStatus", status);

/** What is charged and how often, all in words: "$10 / month", "$30 every 3 months". */
export interface Recurring {
  amount: number;
  currency: string;
  recurring_interval: string;
  recurring_interval_count?: number | null;
}

export function priceLabel(messages: SubscriptionMessages, recurring: Recurring, locale: string): string {
  const amount = formatMoney(recurring.amount, recurring.currency, locale);
  return messages.subscriptionPrice(recurring.recurring_interval, recurring.recurring_interval_count ?? 1, amount, locale);
}
