import { useEffect, useRef } from "react";
import { isPortalError } from "../../../core/client/errors.js";
import { messageKey, readErrorMessageKey } from "../../../core/i18n/messages.js";
import { subscriptionRefusal, type SubscriptionRefusal } from "./data.js";
import { valueLabel, type SubscriptionMessages } from "./labels.js";

/** What Polar's refusal means to the customer, in the customer's words (never Polar's English). */
export function refusalText(messages: SubscriptionMessages, refusal: SubscriptionRefusal, locale: string): string {
  switch (refusal.kind) {
    case "not_allowed":
      return messages[messageKey("refusalNotAllowed", refusal.setting) as "refusalNotAllowedUpdatePlan"] ?? messages.refusalNotAllowedUpdatePlan;
    case "below_minimum_seats":
      return messages.refusalBelowMinimumSeats(refusal.minimum, locale);
    case "above_maximum_seats":
      return messages.refusalAboveMaximumSeats(refusal.maximum, locale);
    case "seats_assigned":
      return messages.refusalSeatsAssigned(refusal.assigned, locale);
    case "invalid_product":
      // Polar's own words are English and for developers: the kit's reason, when it knows it.
      return refusal.reason ? valueLabel(messages, "planIneligible", refusal.reason, messages.refusalInvalidProduct) : messages.refusalInvalidProduct;
    default: {
      const text: unknown = messages[messageKey("refusal", refusal.kind) as keyof SubscriptionMessages];
      return typeof text === "string" ? text : messages.errorHttp;
    }
  }
}

/** Refusals a second try can fix once the customer has done what the note says (or by itself). */
const RETRYABLE = new Set<SubscriptionRefusal["kind"]>(["payment_failed", "payment_action_required", "payment_method_required"]);

/** The words for a failed update, and whether "Try again" fits it. */
export function failureOf(messages: SubscriptionMessages, error: unknown, locale: string): { text: string; retry: boolean } {
  const refusal = subscriptionRefusal(error);
  if (refusal) return { text: refusalText(messages, refusal, locale), retry: RETRYABLE.has(refusal.kind) };
  if (!isPortalError(error)) return { text: messages.errorTitle, retry: false };
  return { text: messages[readErrorMessageKey(error.kind, "subscription")], retry: error.retryable };
}

export interface RefusalNoteProps {
  messages: SubscriptionMessages;
  error: unknown;
  locale: string;
  onRetry?: () => void;
  onDismiss: () => void;
}

/**
 * A refused change, said at once (`role="alert"`) and focused, so a keyboard or screen reader user
 * is taken to it: what happened, what to do, and a button to try again where trying again can work.
 */
export function RefusalNote({ messages, error, locale, onRetry, onDismiss }: RefusalNoteProps) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => note.current?.focus(), [error]);
  const { text, retry } = failureOf(messages, error, locale);
  return (
    <div ref={note} className="pp-subscription-refusal" role="alert" tabIndex={-1}>
      <p className="pp-subscription-refusal__text">{text}</p>
      <div className="pp-subscription-refusal__actions">
        {retry && onRetry && (
          <button type="button" className="pp-button pp-subscription-refusal__retry" onClick={onRetry}>
            {messages.retry}
          </button>
        )}
        <button type="button" className="pp-button pp-subscription-refusal__dismiss" onClick={onDismiss}>
          {messages.refusalDismiss}
        </button>
      </div>
    </div>
  );
}
