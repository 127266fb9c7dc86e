import type { DateFormatter } from "../../../../core/format/date.js";
import { formatMoney } from "../../../../core/format/money.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { subscriptionFlags, useSubscriptionChargePreview, type CustomerSubscription } from "../data.js";
import type { SubscriptionMessages } from "../labels.js";

interface ChargeSectionProps {
  subscription: CustomerSubscription;
  level: number;
  messages: SubscriptionMessages;
  dates: DateFormatter;
  locale: string;
}

/**
 * What the next invoice will be and when: Polar's own preview line by line when it answers (plan,
 * usage, changes this period, discount, tax, balance, total); when it does not, the plan's price
 * alone, said to be that; nothing invented. A subscription set to end has no next charge.
 */
export function ChargeSection({ subscription, level, messages, dates, locale }: ChargeSectionProps) {
  const { preview, source, isPending, error } = useSubscriptionChargePreview(subscription.id);
  const flags = subscriptionFlags(subscription);
  const money = (amount: number) => formatMoney(amount, subscription.currency, locale);
  const when = dates.format(flags.pausedUntil ?? subscription.current_period_end);
  const ending = flags.cancelsAt !== null;
  const line = (label: string, amount: number | null, kind: string, always = false) =>
    amount !== null &&
    (always || amount !== 0) && (
      <Fact label={label} data-kind={kind}>
        {money(amount)}
      </Fact>
    );
  // A cancel at period end leaves nothing to charge but usage already metered.
  const nothing = !preview || (ending && !preview.due_amount && !preview.metered_amount);

  let body;
  if (isPending) body = <p className="pp-subscription-detail__note">{messages.loading}</p>;
  else if (error && !preview) body = <p className="pp-subscription-detail__note">{messages.subscriptionChargeUnknown}</p>;
  else if (source === "none" || nothing) body = <p className="pp-subscription-detail__note">{messages.subscriptionChargeNone}</p>;
  else {
    // Polar's preview says what is due; the prices alone give the plan's price, and say so.
    const headline = source === "polar" ? preview.due_amount : preview.base_amount;
    body = (
      <>
        {headline !== null && (
          <p className="pp-subscription-detail__next" data-kind="next-charge">
            {messages.subscriptionNextCharge(money(headline), when)}
          </p>
        )}
        {source === "polar" ? (
          <Facts className="pp-subscription-detail__facts pp-subscription-detail__charge">
            {line(messages.subscriptionChargeBase, preview.base_amount, "base", true)}
            {line(messages.subscriptionChargeMetered, preview.metered_amount, "metered")}
            {line(messages.subscriptionChargeProration, preview.proration_amount, "proration")}
            {line(messages.subscriptionChargeDiscount, preview.discount_amount === null ? null : -Math.abs(preview.discount_amount), "discount")}
            {line(messages.subscriptionChargeTax, preview.tax_amount, "tax", true)}
            {line(messages.subscriptionChargeBalance, preview.applied_balance_amount, "balance")}
            {line(messages.subscriptionChargeTotal, preview.due_amount, "total", true)}
          </Facts>
        ) : (
          <p className="pp-subscription-detail__note">{messages.subscriptionChargeBaseOnly}</p>
        )}
      </>
    );
  }

  return (
    <section className="pp-subscription-detail__section" data-section="next-charge" data-source={isPending ? undefined : source}>
      <Heading level={level} className="pp-subscription-detail__heading">
        {messages.subscriptionNextChargeHeading}
      </Heading>
      {body}
    </section>
  );
}
