import { useEffect, useId, useRef, useState } from "react";
import { EmptyState } from "../../../../core/parts/EmptyState.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { createPortalComponent, type ViewProps } from "../../../../core/shell/shell.js";
import { AddPaymentMethod, type EmbedComponent } from "../AddPaymentMethod/AddPaymentMethod.js";
import { BillingNote } from "../BillingNote.js";
import { CardSummary } from "../CardSummary.js";
import { cardExpiry, useDeletePaymentMethod, usePaymentMethodsSource, useSetDefaultPaymentMethod, type PaymentMethod, type PaymentMethodsData } from "../data.js";
import { failureText, methodLabel, useBillingMessages } from "../labels.js";
import { RemoveCardDialog } from "./RemoveCardDialog.js";

export interface PaymentMethodsListProps {
  /** The level of the dialogs' headings (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Hides "Add a card" (a page that adds cards elsewhere). Default true. */
  allowAdd?: boolean;
  /** The card form inside "Add a card" (default: Polar's embed, loaded when opened); for tests, stories and sandboxes. */
  embed?: EmbedComponent;
  /** The moment cards' expiry is judged at ("Expires soon", "Expired"); default: now. */
  now?: Date;
  /** Called after a card is added, made default or removed. */
  onChanged?: (change: { action: "added" | "default" | "removed"; paymentMethodId: string }) => void;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

/**
 * The customer's saved cards, as Stripe's portal lists them: brand, •••• 4242, "Expires 08/27",
 * Default / Expires soon / Expired badges; "Make default", "Remove" (asked first; Polar's refusal
 * explained), "Add a card". Each change is said in a live region that takes the focus when the
 * button pressed is gone.
 *
 * Root: `.pp-payment-methods` with `data-state` (`ready` | `empty`) and `data-pending`.
 */
export const PaymentMethodsList = createPortalComponent<PaymentMethodsListProps, PaymentMethodsData>({
  displayName: "PaymentMethodsList",
  className: "pp-payment-methods",
  skeletonLines: 4,
  ownProps: { headingLevel: true, allowAdd: true, embed: true, now: true, onChanged: true, className: true },
  useSource: usePaymentMethodsSource,
  View: PaymentMethodsListView,
});

function PaymentMethodsListView({ props, data, fetching, root }: ViewProps<PaymentMethodsListProps, PaymentMethodsData>) {
  const { headingLevel = 2, allowAdd = true, embed } = props;
  const messages = useBillingMessages();
  const { locale } = usePortalContext();
  const id = useId();
  const makeDefault = useSetDefaultPaymentMethod();
  const remove = useDeletePaymentMethod();
  const [asked, setAsked] = useState<PaymentMethod | null>(null);
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState("");
  const status = useRef<HTMLParagraphElement>(null);
  const { methods, defaultId } = data;
  const now = props.now ?? new Date();

  // A change that removes the button pressed (Remove, Make default) would leave the keyboard on
  // the page's body: it goes to what the change says instead, once the dialog has closed and the
  // button is gone (those land in renders of their own, in either order).
  const buttonGone = useRef<(() => boolean) | null>(null);
  const shown = useRef(data);
  shown.current = data;
  useEffect(() => {
    if (!buttonGone.current || !said || asked || !buttonGone.current()) return;
    buttonGone.current = null;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) status.current?.focus();
  });

  const say = (text: string) => {
    setSaid("");
    // A fresh text each time, so the same sentence twice is announced twice.
    queueMicrotask(() => setSaid(text));
  };
  const setDefault = (method: PaymentMethod) => {
    remove.reset();
    makeDefault.mutate(method.id, {
      onSuccess: () => {
        buttonGone.current = () => shown.current.defaultId === method.id;
        say(messages.cardDefaultDone(methodLabel(messages, method).spoken));
        props.onChanged?.({ action: "default", paymentMethodId: method.id });
      },
    });
  };
  const confirmRemove = () => {
    const method = asked;
    if (!method) return;
    remove.mutate(method.id, {
      onSuccess: () => {
        buttonGone.current = () => !shown.current.methods.some((shownMethod) => shownMethod.id === method.id);
        setAsked(null);
        say(messages.cardRemovedDone(methodLabel(messages, method).spoken));
        props.onChanged?.({ action: "removed", paymentMethodId: method.id });
      },
    });
  };
  const busy = makeDefault.isPending || remove.isPending;
  const addButton = allowAdd && (
    <button type="button" className="pp-button pp-payment-methods__add" onClick={() => setAdding(true)}>
      {messages.paymentMethodsAdd}
    </button>
  );

  return (
    <div {...root} data-state={methods.length ? "ready" : "empty"} data-pending={fetching || busy ? "" : undefined}>
      {methods.length === 0 ? (
        <EmptyState block="pp-payment-methods" title={messages.paymentMethodsEmpty} text={messages.paymentMethodsEmptyText} action={addButton} />
      ) : (
        <ul className="pp-payment-methods__list" aria-label={messages.paymentMethodsLabel}>
          {methods.map((method) => {
            const expiry = cardExpiry(method, now);
            const isDefault = method.id === defaultId;
            const nameId = `${id}-${method.id}`;
            const pending = (makeDefault.isPending && makeDefault.variables === method.id) || (remove.isPending && remove.variables === method.id);
            return (
              <li key={method.id} className="pp-payment-method" data-default={isDefault ? "" : undefined} data-expiry={expiry} data-pending={pending ? "" : undefined}>
                <CardSummary method={method} messages={messages} locale={locale} expiry={expiry} isDefault={isDefault} nameId={nameId} />
                <span className="pp-payment-method__actions">
                  {!isDefault && expiry !== "expired" && (
                    <button
                      type="button"
                      className="pp-button pp-payment-method__action"
                      data-action="make-default"
                      aria-describedby={nameId}
                      aria-disabled={busy || undefined}
                      onClick={() => busy || setDefault(method)}
                    >
                      {makeDefault.isPending && makeDefault.variables === method.id ? messages.cardWorking : messages.cardMakeDefault}
                    </button>
                  )}
                  <button
                    type="button"
                    className="pp-button pp-payment-method__action"
                    data-action="remove"
                    aria-describedby={nameId}
                    aria-disabled={busy || undefined}
                    onClick={() => {
                      if (busy) return;
                      remove.reset();
                      setAsked(method);
                    }}
                  >
                    {messages.cardRemove}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {makeDefault.error ? <BillingNote messages={messages} text={failureText(messages, makeDefault.error)} said={makeDefault.error} onDismiss={() => makeDefault.reset()} /> : null}
      <div className="pp-payment-methods__footer">
        {methods.length > 0 && addButton}
        <p ref={status} className="pp-billing-status" role="status" tabIndex={-1}>
          {said}
        </p>
      </div>
      <RemoveCardDialog
        method={asked}
        messages={messages}
        level={headingLevel}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={confirmRemove}
        onCancel={() => {
          remove.reset();
          setAsked(null);
        }}
        onDismissError={() => remove.reset()}
      />
      <AddPaymentMethod
        open={adding}
        headingLevel={headingLevel}
        embed={embed}
        onClose={() => setAdding(false)}
        onAdded={(paymentMethodId) => {
          say(messages.addCardAdded);
          props.onChanged?.({ action: "added", paymentMethodId });
        }}
      />
    </div>
  );
}
