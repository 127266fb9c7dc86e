import { useEffect, useId, useRef, useState } from "react";
import { formatMoney } from "../../../../core/format/money.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { AddCardPanel, type EmbedComponent } from "../AddPaymentMethod/AddCardPanel.js";
import { BillingDialog } from "../BillingDialog.js";
import { CardSummary } from "../CardSummary.js";
import { cardExpiry, usePaymentMethods, usePayOrder, type CustomerOrder } from "../data.js";
import { useBillingMessages } from "../labels.js";
import { phaseView } from "./phase.js";

export interface PayNowDialogProps {
  /** The order whose payment failed (pending, with a next payment attempt). */
  order: CustomerOrder;
  /** Shown as a modal while true. */
  open: boolean;
  /** The dialog closed (Close, Not now, Escape); not while the payment is being confirmed. */
  onClose: () => void;
  /** Polar took the payment: the order is paid, its subscription active again. */
  onPaid?: (order: CustomerOrder) => void;
  /**
   * Runs the bank's step (3-D Secure) with your Stripe.js and Polar's publishable key:
   * `(clientSecret) => stripe.handleNextAction({ clientSecret })`. Without it, a card that asks
   * for one is explained, and another card offered.
   */
  handleNextAction?: (clientSecret: string) => Promise<void>;
  /** The card form behind "Use a new card" (default: Polar's embed); for tests, stories and sandboxes. */
  embed?: EmbedComponent;
  /** The moment cards' expiry is judged at (an expired card is not offered); default: now. */
  now?: Date;
  /** The level of the dialog's heading (default 2). */
  headingLevel?: number;
  className?: string;
}

const NEW = "new";

/**
 * "Pay now" for a failed payment: the saved cards as radios (the default chosen), or a new card
 * (Polar's form, then paid with at once), and the payment followed through: paying, the bank's
 * step, waiting for the bank (with "Stop waiting"), paid, failed (another card), or refused (a
 * payment already running, the retry limit, nothing left to pay), each said in words.
 *
 * Root: `dialog.pp-billing-dialog.pp-pay-now` with `data-state` = the payment's phase.
 */
export function PayNowDialog({ order, open, onClose, onPaid, handleNextAction, embed, now = new Date(), headingLevel = 2, className }: PayNowDialogProps) {
  const messages = useBillingMessages();
  const { locale } = usePortalContext();
  // The cards and which is the default arrive in two reads: none is chosen before both are in.
  const { methods, defaultId, isPending } = usePaymentMethods();
  const payment = usePayOrder(order.id, { handleNextAction });
  const { state } = payment;
  const [choice, setChoice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const name = useId();
  const usable = methods.filter((method) => cardExpiry(method, now) !== "expired");
  const chosen = choice ?? (usable.find((method) => method.id === defaultId) ?? usable[0])?.id ?? NEW;
  const view = phaseView(messages, state, !!handleNextAction);
  const amount = formatMoney(order.due_amount || order.total_amount, order.currency, locale);
  const product = order.product?.name ?? order.description;

  // Each outcome is said, and takes the focus when the buttons that led to it are gone.
  useEffect(() => {
    if (state.phase === "idle" || state.phase === "confirming") return;
    if (state.phase === "succeeded") onPaid?.(order);
    const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
    if (lost || view.final || view.tone === "danger") status.current?.focus();
  }, [state]);

  const close = () => {
    if (view.locked) return;
    // Closing while waiting for the bank stops the polling; the payment may still settle at Polar.
    if (state.phase === "processing") payment.cancel();
    payment.reset();
    setChoice(null);
    setAdding(false);
    onClose();
  };
  const pay = (id: string) => {
    setAdding(false);
    payment.pay(id);
  };

  return (
    <BillingDialog
      open={open}
      title={messages.payNowTitle(amount)}
      level={headingLevel}
      className={className ? `pp-pay-now ${className}` : "pp-pay-now"}
      state={state.phase}
      locked={view.locked}
      onClose={close}
    >
      <p className="pp-billing-dialog__description">{messages.payNowDescription(product)}</p>
      <form
        className="pp-billing-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (view.locked || !view.choose) return;
          if (chosen === NEW) setAdding(true);
          else pay(chosen);
        }}
      >
        {view.choose && !adding && isPending && <p className="pp-billing-dialog__note">{messages.loading}</p>}
        {view.choose && !adding && !isPending && (
          <fieldset className="pp-billing-dialog__cards" disabled={view.locked}>
            <legend>{messages.payNowWith}</legend>
            {usable.map((method) => (
              <label key={method.id} className="pp-billing-dialog__choice pp-payment-method">
                <input type="radio" name={name} value={method.id} checked={chosen === method.id} onChange={() => setChoice(method.id)} />
                <CardSummary method={method} messages={messages} locale={locale} expiry={cardExpiry(method, now)} isDefault={method.id === defaultId} />
              </label>
            ))}
            <label className="pp-billing-dialog__choice">
              <input type="radio" name={name} value={NEW} checked={chosen === NEW} onChange={() => setChoice(NEW)} />
              {messages.payNowNewCard}
            </label>
          </fieldset>
        )}
        {adding && view.choose && <AddCardPanel messages={messages} setAsDefault={false} embed={embed} onState={() => undefined} onAdded={pay} />}
        <p ref={status} className="pp-billing-dialog__state" data-tone={view.tone} role="status" tabIndex={-1}>
          {view.text}
        </p>
        <div className="pp-billing-dialog__actions">
          {state.phase === "processing" && (
            <button type="button" className="pp-button pp-billing-dialog__secondary" onClick={() => payment.cancel()}>
              {messages.payNowStopWaiting}
            </button>
          )}
          <button type="button" className="pp-button pp-billing-dialog__cancel" data-action="close" aria-disabled={view.locked || undefined} onClick={close}>
            {view.final ? messages.payNowClose : messages.payNowNotNow}
          </button>
          {view.choose && !adding && (
            <button type="submit" className="pp-button pp-billing-dialog__confirm" data-tone="primary" aria-disabled={view.locked || undefined}>
              {state.phase === "confirming" ? messages.payNowPaying : chosen === NEW ? messages.payNowNewCard : messages.payNowConfirm(amount)}
            </button>
          )}
        </div>
      </form>
    </BillingDialog>
  );
}
