import type { DateFormatter } from "../../../../core/format/date.js";
import type { Messages } from "./section-props.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { Period } from "../../../../core/parts/Period.js";
import type { OrderSubscription } from "../../schema/order.js";

export function SubscriptionSection(props: {
  subscription: OrderSubscription;
  level: number;
  dates: DateFormatter;
  messages: Messages;
  locale: string;
}) {
  const { subscription, level, dates, messages, locale } = props;
  return (
    <section className="pp-order-detail__section pp-order-detail__subscription" data-subscription-status={subscription.status}>
      <Heading level={level} className="pp-order-detail__heading">
        {messages.subscriptionHeading}
      </Heading>
      <Facts className="pp-order-detail__facts">
        <Fact label={messages.subscriptionBilling}>
          {messages.recurringInterval(subscription.recurring_interval, subscription.recurring_interval_count ?? 1, locale)}
        </Fact>
        <Fact label={messages.currentPeriod}>
          <Period start={subscription.current_period_start} end={subscription.current_period_end} formatter={dates} />
        </Fact>
      </Facts>
      {subscription.cancel_at_period_end && <p className="pp-order-detail__notice">{messages.cancelsAtPeriodEnd}</p>}
    </section>
  );
}
