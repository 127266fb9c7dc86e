import { lazy, Suspense, useEffect, useRef, useState } from "react";
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

// "Add a card" opens the billing feature's dialog, loaded only when a customer asks for it: a
// subscriptions page ships none of the billing code until then.
const AddPaymentMethod = lazy(() => import("../../billing/components/AddPaymentMethod/AddPaymentMethod.js").then((module) => ({ default: module.AddPaymentMethod })));

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
 * A change Polar refuses for want of a card (409 `PaymentMethodRequired`) offers "Add a card": once
 * Polar has the card, the change is tried again.
 */
export function RefusalNote({ messages, error, locale, onRetry, onDismiss }: RefusalNoteProps) {
  const note = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState(false);
  useEffect(() => note.current?.focus(), [error]);
  const { text, retry } = failureOf(messages, error, locale);
  const needsCard = subscriptionRefusal(error)?.kind === "payment_method_required";
  return (
    <div ref={note} className="pp-subscription-refusal" role="alert" tabIndex={-1}>
      <p className="pp-subscription-refusal__text">{text}</p>
      <div className="pp-subscription-refusal__actions">
        {needsCard && onRetry && (
          <button type="button" className="pp-button pp-subscription-refusal__add-card" onClick={() => setAdding(true)}>
            {messages.refusalAddCard}
          </button>
        )}
        {retry && onRetry && (
          <button type="button" className="pp-button pp-subscription-refusal__retry" onClick={onRetry}>
            {messages.retry}
          </button>
        )}
        <button type="button" className="pp-button pp-subscription-refusal__dismiss" onClick={onDismiss}>
          {messages.refusalDismiss}
        </button>
      </div>
      {adding && (
        <Suspense fallback={null}>
          <AddPaymentMethod
            open
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              onRetry?.();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
