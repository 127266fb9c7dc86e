import type { DateFormatter } from "../../../../core/format/date.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { Period } from "../../../../core/parts/Period.js";
import { billingReasonLabel } from "./labels.js";
import type { SectionProps } from "./section-props.js";

export function DetailsSection({ order, level, dates, messages }: SectionProps & { dates: DateFormatter }) {
  return (
    <section className="pp-order-detail__section pp-order-detail__details">
      <Heading level={level} className="pp-order-detail__heading">
        {messages.detailsHeading}
      </Heading>
      <Facts className="pp-order-detail__facts">
        <Fact label={messages.createdAt}>
          <Period start={order.created_at} formatter={dates} />
        </Fact>
        {order.invoice_number && (
          <Fact label={messages.invoiceNumber}>
            <bdi>{order.invoice_number}</bdi>
          </Fact>
        )}
        <Fact label={messages.billingReason} valueProps={{ "data-billing-reason": order.billing_reason }}>
          {billingReasonLabel(messages, order.billing_reason)}
        </Fact>
        {order.next_payment_attempt_at && (
          <Fact className="pp-order-detail__dunning" label={messages.nextPaymentAttempt}>
            <Period start={order.next_payment_attempt_at} formatter={dates} />
          </Fact>
        )}
      </Facts>
      {order.next_payment_attempt_at && <p className="pp-order-detail__notice">{messages.dunningNotice}</p>}
    </section>
  );
}
