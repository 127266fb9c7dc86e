import { useState } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { formatMoney } from "../../../../core/format/money.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { createPortalComponent, type ViewProps } from "../../../../core/shell/shell.js";
import type { EmbedComponent } from "../AddPaymentMethod/AddCardPanel.js";
import { useFailedPaymentsSource, type CustomerOrder } from "../data.js";
import { useBillingMessages } from "../labels.js";
import { PayNowDialog, type PayNowDialogProps } from "../PayNowDialog/PayNowDialog.js";

export interface FailedPaymentBannerProps {
  /** The level of the banner's heading and its dialog's (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Runs the bank's step (3-D Secure) with your Stripe.js: see PayNowDialog. */
  handleNextAction?: PayNowDialogProps["handleNextAction"];
  /** The card form behind "Use a new card" (default: Polar's embed). */
  embed?: EmbedComponent;
  /** The moment cards' expiry is judged at in "Pay now" (default: now). */
  now?: Date;
  /** Called once an order is paid from here. */
  onPaid?: (order: CustomerOrder) => void;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

/**
 * The renewals whose payment failed, one box each: what failed (the product, the amount), when we
 * try again, and "Pay now". Urgent to the eye (a warning), not to the ear: no alert on load, a
 * heading to find it by. Nothing shows when no payment has failed.
 *
 * Root: `.pp-failed-payment` with `data-state` (`failed` | `clear`).
 */
export const FailedPaymentBanner = createPortalComponent<FailedPaymentBannerProps, CustomerOrder[]>({
  displayName: "FailedPaymentBanner",
  className: "pp-failed-payment",
  skeletonLines: 2,
  ownProps: { headingLevel: true, handleNextAction: true, embed: true, now: true, onPaid: true, className: true },
  useSource: useFailedPaymentsSource,
  View: FailedPaymentBannerView,
});

function FailedPaymentBannerView({ props, data: orders, root }: ViewProps<FailedPaymentBannerProps, CustomerOrder[]>) {
  const { headingLevel = 2 } = props;
  const messages = useBillingMessages();
  const { locale, timeZone } = usePortalContext();
  const dates = dateFormatter(locale, { timeZone });
  const [paying, setPaying] = useState<CustomerOrder | null>(null);
  // Once paid, the order leaves the list while its dialog still says so: the root stays for it.
  if (orders.length === 0 && !paying) return <div {...root} data-state="clear" hidden />;
  return (
    <div {...root} data-state={orders.length ? "failed" : "clear"}>
      {orders.map((order) => {
        const product = order.product?.name ?? order.description;
        const amount = formatMoney(order.due_amount || order.total_amount, order.currency, locale);
        return (
          <div key={order.id} className="pp-failed-payment__item" data-order={order.id}>
            <div className="pp-failed-payment__body">
              <Heading level={headingLevel} className="pp-failed-payment__title">
                {messages.failedPaymentTitle}
              </Heading>
              <p className="pp-failed-payment__text">{messages.failedPaymentText(product, amount)}</p>
              {order.next_payment_attempt_at && <p className="pp-failed-payment__retry">{messages.failedPaymentRetryOn(dates.format(order.next_payment_attempt_at))}</p>}
            </div>
            <button type="button" className="pp-button pp-failed-payment__pay" onClick={() => setPaying(order)}>
              {messages.failedPaymentPayNow}
            </button>
          </div>
        );
      })}
      {paying && (
        <PayNowDialog
          order={paying}
          open
          headingLevel={headingLevel}
          handleNextAction={props.handleNextAction}
          embed={props.embed}
          now={props.now}
          onPaid={props.onPaid}
          onClose={() => setPaying(null)}
        />
      )}
    </div>
  );
}
