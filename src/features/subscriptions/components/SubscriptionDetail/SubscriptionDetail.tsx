import { useEffect, useId, useRef, useState } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { Period } from "../../../../core/parts/Period.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import type { OrdersTableProps } from "../../../orders/index.js";
import { subscriptionPhase, usePlanOptions, type CustomerSubscription } from "../data.js";
import { priceLabel, useSubscriptionMessages } from "../labels.js";
import { RefusalNote } from "../RefusalNote.js";
import { SeatsStepper } from "../SeatsStepper/SeatsStepper.js";
import { createSubscriptionComponent, type SubscriptionComponentProps, type SubscriptionViewProps } from "../subscription-component.js";
import { flagNotes, SubscriptionStatusBadge } from "../SubscriptionStatus.js";
import { Actions } from "./Actions.js";
import { ChargeSection } from "./ChargeSection.js";
import { Invoices } from "./Invoices.js";
import { useActions } from "./use-actions.js";

export interface SubscriptionDetailProps extends SubscriptionComponentProps {
  /** The level of the subscription's heading (default 2); sections and dialogs use the next level. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Lists the subscription's invoices (its orders, through `<OrdersTable>`). Default true. */
  invoices?: boolean;
  /** The address of an invoice's order page (the merchant's router), passed to the orders list. */
  getOrderHref?: OrdersTableProps["getOrderHref"];
  /** Called when the customer opens one of the subscription's orders. */
  onOpenOrder?: OrdersTableProps["onOpenOrder"];
  /** Called with Polar's answer after every change made here; update your own copy of a `subscription` prop here. */
  onChanged?: (subscription: CustomerSubscription) => void;
}

/**
 * One subscription as its customer manages it: the plan and its status with every flag and its
 * date, the price per interval, seats, the current period, the next charge, the changes the
 * merchant allows (each refusal said, focused, with the way forward), and its invoices.
 *
 * Root: `.pp-subscription-detail` with `data-state`, `data-status` (Polar's), `data-phase` (the
 * kit's: `current` | `needs_action` | `ended`) and `data-pending` while a change is in flight.
 */
export const SubscriptionDetail = createSubscriptionComponent<SubscriptionDetailProps>({
  displayName: "SubscriptionDetail",
  className: "pp-subscription-detail",
  skeletonLines: 8,
  ownProps: { subscription: true, subscriptionId: true, className: true, headingLevel: true, invoices: true, getOrderHref: true, onOpenOrder: true, onChanged: true },
  View: SubscriptionDetailView,
});

function SubscriptionDetailView({ props, data: subscription, fetching, root, onSaved }: SubscriptionViewProps<SubscriptionDetailProps>) {
  const { headingLevel = 2 } = props;
  const section = headingLevel + 1;
  const messages = useSubscriptionMessages();
  const { locale, timeZone } = usePortalContext();
  const dates = dateFormatter(locale, { timeZone });
  const titleId = useId();
  const seatsButton = useRef<HTMLDivElement>(null);
  const [seats, setSeats] = useState(false);
  const planSection = useRef<HTMLElement>(null);
  // The stepper opens where the customer asked for it: the focus goes to its number.
  useEffect(() => {
    if (seats) planSection.current?.querySelector<HTMLElement>(".pp-seats-stepper__input")?.focus();
  }, [seats]);
  const saved = (next: CustomerSubscription) => {
    onSaved(next);
    props.onChanged?.(next);
  };
  const actions = useActions(subscription, saved);
  // A change that removes the button it was made with (Resume once resumed) would leave the
  // keyboard on the page's body: it goes to what the change says instead.
  const status = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (actions.said && lost) status.current?.focus();
  }, [actions.said]);
  // The pending plan's name: the organization's products are fetched for the plan picker anyway.
  const plans = usePlanOptions(subscription);
  const productName = (id: string) => plans.products.find((option) => option.product.id === id)?.product.name;
  const notes = flagNotes(subscription, messages, dates, locale, { renews: true, productName });
  const pending = subscription.pending_update;
  const when = (iso: string) => dates.format(iso);

  return (
    <article
      {...root}
      aria-labelledby={titleId}
      data-state="ready"
      data-status={subscription.status}
      data-phase={subscriptionPhase(subscription)}
      data-pending={fetching || actions.busy ? "" : undefined}
    >
      <header className="pp-subscription-detail__header">
        <Heading level={headingLevel} className="pp-subscription-detail__title" id={titleId}>
          <bdi>{subscription.product.name}</bdi>
        </Heading>
        <SubscriptionStatusBadge subscription={subscription} messages={messages} />
        <p className="pp-subscription-detail__price">{priceLabel(messages, subscription, locale)}</p>
      </header>

      {notes.length > 0 && (
        <ul className="pp-subscription-detail__flags">
          {notes.map((note) => (
            <li key={note.flag} className="pp-subscription-detail__flag" data-flag={note.flag}>
              <span>{note.text}</span>
              {(note.flag === "pending_plan" || note.flag === "pending_seats") && pending && (
                <button
                  type="button"
                  className="pp-button pp-subscription-detail__action"
                  data-action="clear-pending"
                  aria-disabled={actions.busy || undefined}
                  onClick={() => actions.busy || actions.run({ action: "clear_pending_update" }, messages.subscriptionPendingClearedDone)}
                >
                  {messages.subscriptionClearPending}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {actions.error ? (
        <RefusalNote messages={messages} error={actions.error} locale={locale} onRetry={actions.retry} onDismiss={actions.dismiss} />
      ) : null}
      <p ref={status} className="pp-subscription-detail__status" role="status" tabIndex={-1}>
        {actions.said}
      </p>

      <section ref={planSection} className="pp-subscription-detail__section" data-section="plan">
        <Heading level={section} className="pp-subscription-detail__heading">
          {messages.subscriptionPlanHeading}
        </Heading>
        <Facts className="pp-subscription-detail__facts">
          {typeof subscription.seats === "number" && <Fact label={messages.subscriptionSeatsLabel}>{messages.subscriptionSeatCount(subscription.seats, locale)}</Fact>}
          {subscription.started_at && (
            <Fact label={messages.subscriptionStartedLabel}>
              <time dateTime={subscription.started_at}>{when(subscription.started_at)}</time>
            </Fact>
          )}
          <Fact label={messages.subscriptionPeriodLabel}>
            <Period start={subscription.current_period_start} end={subscription.current_period_end} formatter={dates} />
          </Fact>
        </Facts>
        {seats && (
          <SeatsStepper
            subscription={subscription}
            onCancel={() => {
              setSeats(false);
              seatsButton.current?.querySelector<HTMLElement>('[data-action="change-seats"]')?.focus();
            }}
            onChanged={(next) => {
              setSeats(false);
              saved(next);
              actions.say(next.pending_update?.seats ? messages.subscriptionPendingSeats(next.pending_update.seats, when(next.pending_update.applies_at), locale) : messages.subscriptionSeatsChangedDone(next.seats ?? 0, locale));
            }}
          />
        )}
      </section>

      <div ref={seatsButton}>
        <Actions
          subscription={subscription}
          messages={messages}
          level={section}
          when={when}
          run={actions.run}
          busy={actions.busy}
          seats={seats}
          onSeats={() => setSeats(true)}
          onChanged={(next, said) => {
            saved(next);
            actions.say(said);
          }}
        />
      </div>

      <ChargeSection subscription={subscription} level={section} messages={messages} dates={dates} locale={locale} />

      {props.invoices !== false && (
        <Invoices subscriptionId={subscription.id} level={section} messages={messages} getOrderHref={props.getOrderHref} onOpenOrder={props.onOpenOrder} />
      )}
    </article>
  );
}
