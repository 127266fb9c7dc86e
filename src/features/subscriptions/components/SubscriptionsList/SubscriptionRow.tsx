import { memo } from "react";
import type { DateFormatter } from "../../../../core/format/date.js";
import type { CustomerSubscription } from "../data.js";
import { priceLabel, type SubscriptionMessages } from "../labels.js";
import { flagNotes, SubscriptionStatusBadge } from "../SubscriptionStatus.js";
import type { SubscriptionsListProps } from "./props.js";

interface SubscriptionRowProps {
  subscription: CustomerSubscription;
  messages: SubscriptionMessages;
  locale: string;
  dates: DateFormatter;
  getSubscriptionHref: SubscriptionsListProps["getSubscriptionHref"];
  onOpenSubscription: SubscriptionsListProps["onOpenSubscription"];
}

// Memoised: typing in the search box, or a page coming back equal, re-renders no row.
export const SubscriptionRow = memo(function SubscriptionRow({ subscription, messages, locale, dates, getSubscriptionHref, onOpenSubscription }: SubscriptionRowProps) {
  const started = subscription.started_at ?? subscription.created_at;
  const date = dates.format(started);
  // Two subscriptions to one plan share its name: the start date, heard but not shown (its
  // cell shows it), tells the rows and their links apart.
  const name = (
    <>
      <bdi>{subscription.product.name}</bdi> <span className="pp-visually-hidden">{messages.subscriptionsRowStarted(date)}</span>
    </>
  );
  const href = getSubscriptionHref?.(subscription);
  const notes = flagNotes(subscription, messages, dates, locale);
  return (
    <tr className="pp-subscriptions-list__row" data-status={subscription.status} data-subscription-id={subscription.id}>
      <th scope="row" className="pp-subscriptions-list__plan">
        {href !== undefined ? (
          <a className="pp-subscriptions-list__open" href={href}>
            {name}
          </a>
        ) : onOpenSubscription ? (
          <button type="button" className="pp-subscriptions-list__open" onClick={() => onOpenSubscription(subscription)}>
            {name}
          </button>
        ) : (
          name
        )}
      </th>
      <td className="pp-subscriptions-list__price">{priceLabel(messages, subscription, locale)}</td>
      <td className="pp-subscriptions-list__status">
        <div className="pp-subscriptions-list__state">
          <SubscriptionStatusBadge subscription={subscription} messages={messages} />
          {notes.map((note) => (
            <span key={note.flag} className="pp-subscriptions-list__flag" data-flag={note.flag}>
              {note.text}
            </span>
          ))}
        </div>
      </td>
      <td className="pp-subscriptions-list__started">
        <time dateTime={started}>{date}</time>
      </td>
    </tr>
  );
});
