import { useId, useState } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { ChangePreview } from "../ChangePreview.js";
import { seatBounds, seatPriceOf, subscriptionRefusal, useSubscriptionChangePreview, useUpdateSubscription, type CustomerSubscription } from "../data.js";
import { useSubscriptionMessages } from "../labels.js";
import { RefusalNote } from "../RefusalNote.js";
import { createSubscriptionComponent, type SubscriptionComponentProps, type SubscriptionViewProps } from "../subscription-component.js";

export interface SeatsStepperProps extends SubscriptionComponentProps {
  /** Polar's answer once the new count is saved (a `pending_update` when it applies next period). */
  onChanged?: (subscription: CustomerSubscription) => void;
  /** Shows a button that leaves the stepper unchanged (the detail closes it). */
  onCancel?: () => void;
}

/**
 * The number of seats of a seat-priced subscription: labelled − and + buttons and a number field
 * within Polar's minimum and maximum (from the price's tiers), the new price per interval and what
 * Polar's preview says the change costs before the customer confirms, and consent when an invoice
 * is issued at once. Polar decides the outcome: the stepper waits for its answer.
 *
 * Root: `.pp-seats-stepper` with `data-state`, `data-changed` while the count differs from the
 * subscription's, `data-pending` while the update is in flight.
 */
export const SeatsStepper = createSubscriptionComponent<SeatsStepperProps>({
  displayName: "SeatsStepper",
  className: "pp-seats-stepper",
  skeletonLines: 2,
  ownProps: { subscription: true, subscriptionId: true, className: true, onChanged: true, onCancel: true },
  View: SeatsStepperView,
});

function SeatsStepperView({ props, data: subscription, root, onSaved }: SubscriptionViewProps<SeatsStepperProps>) {
  const messages = useSubscriptionMessages();
  const { locale, timeZone } = usePortalContext();
  const dates = dateFormatter(locale, { timeZone });
  const inputId = useId();
  const limitsId = useId();
  const update = useUpdateSubscription(subscription.id);
  const price = seatPriceOf(subscription.prices);
  const { minimum, maximum } = price ? seatBounds(price.seat_tiers) : { minimum: 1, maximum: null };
  const current = subscription.seats ?? minimum;
  const [text, setText] = useState(String(current));
  const [consent, setConsent] = useState(false);
  const parsed = Number(text);
  const count = Number.isInteger(parsed) ? Math.min(Math.max(parsed, minimum), maximum ?? Infinity) : current;
  const changed = count !== current;
  const preview = useSubscriptionChangePreview(subscription.id, changed && price ? { seats: count } : null);
  const needsConsent = changed && preview.billsNow === true && subscription.product.organization.proration_behavior !== "next_period";

  if (!price) {
    return (
      <div {...root} data-state="ready">
        <p className="pp-seats-stepper__note">{messages.refusalNotSeatBased}</p>
      </div>
    );
  }
  const set = (next: number) => {
    setText(String(next));
    setConsent(false);
    update.reset();
  };
  const save = () =>
    update.mutate(
      { action: "change_seats", seats: count },
      {
        onSuccess: (saved) => {
          onSaved(saved);
          props.onChanged?.(saved);
        },
      },
    );
  const blocked = !changed || preview.isPending || subscriptionRefusal(preview.error) !== null || (needsConsent && !consent) || update.isPending;

  return (
    <form
      {...root}
      data-state="ready"
      data-changed={changed ? "" : undefined}
      data-pending={update.isPending ? "" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) save();
      }}
    >
      <label className="pp-seats-stepper__label" htmlFor={inputId}>
        {messages.seatsLabel}
      </label>
      <div className="pp-seats-stepper__control">
        <button type="button" className="pp-button pp-seats-stepper__step" aria-label={messages.seatsDecrease} aria-disabled={count <= minimum || undefined} onClick={() => count > minimum && set(count - 1)}>
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={inputId}
          className="pp-seats-stepper__input"
          type="number"
          inputMode="numeric"
          min={minimum}
          max={maximum ?? undefined}
          value={text}
          aria-describedby={limitsId}
          onChange={(event) => {
            setText(event.target.value);
            setConsent(false);
          }}
          onBlur={() => setText(String(count))}
        />
        <button
          type="button"
          className="pp-button pp-seats-stepper__step"
          aria-label={messages.seatsIncrease}
          aria-disabled={(maximum !== null && count >= maximum) || undefined}
          onClick={() => (maximum === null || count < maximum) && set(count + 1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <p className="pp-seats-stepper__limits" id={limitsId}>
        {maximum === null ? messages.seatsMinimum(minimum, locale) : messages.seatsLimits(minimum, maximum, locale)}
      </p>
      {changed && (
        <ChangePreview
          subscription={subscription}
          state={preview}
          messages={messages}
          dates={dates}
          locale={locale}
        />
      )}
      {needsConsent && (
        <label className="pp-seats-stepper__consent">
          <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
          {messages.changeConsent}
        </label>
      )}
      {update.error && <RefusalNote messages={messages} error={update.error} locale={locale} onRetry={save} onDismiss={() => update.reset()} />}
      <div className="pp-seats-stepper__actions">
        <button type="submit" className="pp-button pp-seats-stepper__confirm" aria-disabled={blocked || undefined}>
          {update.isPending ? messages.subscriptionWorking : messages.seatsConfirm}
        </button>
        {props.onCancel && (
          <button type="button" className="pp-button pp-seats-stepper__cancel" onClick={props.onCancel}>
            {messages.changeKeep}
          </button>
        )}
      </div>
    </form>
  );
}
