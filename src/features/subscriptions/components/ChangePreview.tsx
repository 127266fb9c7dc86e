import type { DateFormatter } from "../../../core/format/date.js";
import { formatMoney } from "../../../core/format/money.js";
import { Fact, Facts } from "../../../core/parts/Facts.js";
import { subscriptionRefusal, type ChangePreviewResult, type CustomerSubscription } from "./data.js";
import { refusalText } from "./RefusalNote.js";
import { priceLabel, type SubscriptionMessages } from "./labels.js";

export interface ChangePreviewProps {
  subscription: CustomerSubscription;
  state: ChangePreviewResult;
  messages: SubscriptionMessages;
  dates: DateFormatter;
  locale: string;
}

/**
 * The price of a plan or seat change before the customer confirms it: the new price per interval,
 * then what Polar would charge now or add to the next invoice when its preview answered, or, when
 * it did not, that this part is worked out on confirming: never a guessed amount. A change Polar
 * applies at the next period says so, with its date.
 */
export function ChangePreview({ subscription, state, messages, dates, locale }: ChangePreviewProps) {
  const { preview, source, isPending, billsNow } = state;
  const amount = preview?.recurring_amount ?? null;
  const dueNow = preview?.due_now ?? null;
  const later = preview?.proration_amount ?? 0;
  const money = (value: number) => formatMoney(value, subscription.currency, locale);
  const scheduled = subscription.product.organization.proration_behavior === "next_period";
  // Polar refuses a preview as it would refuse the change (seats assigned, a plan no longer allowed): said before confirming.
  const refusal = subscriptionRefusal(state.error);
  const facts = [
    amount !== null && (
      <Fact key="price" label={messages.changeNewPrice} data-kind="price">
        {priceLabel(messages, { amount, currency: subscription.currency, recurring_interval: preview!.recurring_interval, recurring_interval_count: preview!.recurring_interval_count }, locale)}
      </Fact>
    ),
    !scheduled && dueNow !== null && dueNow > 0 && (
      <Fact key="due-now" label={messages.changeDueNow} data-kind="due-now">
        {money(dueNow)}
      </Fact>
    ),
    !scheduled && source === "polar" && !billsNow && later !== 0 && (
      <Fact key="next-invoice" label={messages.changeNextInvoice} data-kind="next-invoice">
        {money(later)}
      </Fact>
    ),
  ].filter(Boolean);
  return (
    <div className="pp-subscription-change" data-source={source} data-pending={isPending ? "" : undefined} aria-live="polite">
      {facts.length > 0 && <Facts className="pp-subscription-change__facts">{facts}</Facts>}
      {isPending ? (
        <p className="pp-subscription-change__note">{messages.changeLoading}</p>
      ) : refusal ? (
        <p className="pp-subscription-change__note" data-kind="refused">
          {refusalText(messages, refusal, locale)}
        </p>
      ) : scheduled ? (
        <p className="pp-subscription-change__note">{messages.changeScheduled(dates.format(subscription.current_period_end))}</p>
      ) : (
        dueNow === null && <p className="pp-subscription-change__note">{messages.changePricesOnly}</p>
      )}
      {!scheduled && !refusal && billsNow && (
        <p className="pp-subscription-change__note" data-kind="bills-now">
          {messages.changeBillsNow}
        </p>
      )}
    </div>
  );
}
