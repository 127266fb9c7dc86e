import { useEffect, useRef, useState } from "react";
import { BillingDialog } from "../BillingDialog.js";
import { useBillingMessages } from "../labels.js";
import { AddCardPanel, type AddCardState, type EmbedComponent } from "./AddCardPanel.js";

export type { EmbedComponent, AddCardState } from "./AddCardPanel.js";

export interface AddPaymentMethodProps {
  /** Shown as a modal while true. */
  open: boolean;
  /** The dialog closed (Close, Done, Escape); not while a card is being confirmed. */
  onClose: () => void;
  /** Polar attached the new card: its id. The saved cards and the customer are refreshed. */
  onAdded?: (paymentMethodId: string) => void;
  /** Whether the new card becomes the default payment method (default true, as Polar's embed). */
  setAsDefault?: boolean;
  /** The card form (default: Polar's embed, loaded when the dialog opens); for tests, stories and sandboxes. */
  embed?: EmbedComponent;
  /** The level of the dialog's heading (default 2). */
  headingLevel?: number;
  className?: string;
}

/**
 * "Add a card": Polar's card form in a modal, with its states said: loading, ready, confirming (the
 * dialog cannot be closed until Polar answers), added ("Done"), or failed with words for the
 * embed's code and "Try again".
 *
 * Root: `dialog.pp-billing-dialog.pp-add-payment-method` with `data-state` (`loading` | `ready` |
 * `confirming` | `added` | `error` | `closed`).
 */
export function AddPaymentMethod({ open, onClose, onAdded, setAsDefault = true, embed, headingLevel = 2, className }: AddPaymentMethodProps) {
  const messages = useBillingMessages();
  const [state, setState] = useState<AddCardState>({ step: "loading" });
  const confirming = state.step === "confirming";
  const closeButton = useRef<HTMLButtonElement>(null);
  // Added: the form is gone with the focus in it; "Done" takes it.
  useEffect(() => {
    if (state.step === "added") closeButton.current?.focus();
  }, [state.step]);
  const close = () => {
    if (confirming) return;
    setState({ step: "loading" });
    onClose();
  };
  return (
    <BillingDialog
      open={open}
      title={messages.addCardTitle}
      level={headingLevel}
      className={className ? `pp-add-payment-method ${className}` : "pp-add-payment-method"}
      state={state.step}
      locked={confirming}
      onClose={close}
    >
      <AddCardPanel messages={messages} setAsDefault={setAsDefault} embed={embed} onState={setState} onAdded={(id) => onAdded?.(id)} />
      <div className="pp-billing-dialog__actions">
        <button
          ref={closeButton}
          type="button"
          className={state.step === "added" ? "pp-button pp-billing-dialog__confirm" : "pp-button pp-billing-dialog__cancel"}
          data-action="close"
          aria-disabled={confirming || undefined}
          onClick={close}
        >
          {state.step === "added" ? messages.addCardDone : messages.addCardClose}
        </button>
      </div>
    </BillingDialog>
  );
}
