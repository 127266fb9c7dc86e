import { useEffect, useRef, useState } from "react";
import { PaymentMethodEmbed, useCardAdded, type PaymentMethodEmbedComponent } from "../data.js";
import type { BillingMessages } from "../labels.js";

/** A card form with Polar's `PolarPaymentMethod`'s props: your own, or a stand-in for tests, stories and sandboxes. */
export type EmbedComponent = PaymentMethodEmbedComponent;

/** What adding a card is doing: the embed loads, waits for the customer, confirms the card, then added or failed. */
export type AddCardState = { step: "loading" | "ready" | "confirming" } | { step: "added"; paymentMethodId: string } | { step: "error"; code: string };

const ERROR_KEYS = {
  invalid_request: "addCardErrorInvalidRequest",
  unauthorized: "addCardErrorUnauthorized",
  processing_failed: "addCardErrorProcessingFailed",
  not_installed: "addCardErrorUnavailable",
  sandbox_unsupported: "addCardErrorUnavailable",
  session_unavailable: "addCardErrorInvalidRequest",
} as const;

/** The words for one of the embed's error codes; a code Polar adds later reads as "unknown". */
export const addCardErrorText = (messages: BillingMessages, code: string) =>
  messages[ERROR_KEYS[code as keyof typeof ERROR_KEYS] ?? "addCardErrorUnknown"];

export interface AddCardPanelProps {
  messages: BillingMessages;
  /** Whether the new card becomes the default (Polar's embed default: true). */
  setAsDefault: boolean;
  embed?: EmbedComponent;
  /** Each change of step, so the frame can lock its close while a card is confirmed. */
  onState: (state: AddCardState) => void;
  /** Polar attached the card: its id (the saved cards are refreshed already). */
  onAdded: (paymentMethodId: string) => void;
}

/**
 * Polar's card form (its embed, on Polar's page in an iframe: the card number never passes through
 * the merchant's page) with what it is doing said around it: loading, confirming, the error by its
 * code with "Try again" (a fresh form). Used by AddPaymentMethod and by "Use a new card" in PayNowDialog.
 */
export function AddCardPanel({ messages, setAsDefault, embed, onState, onAdded }: AddCardPanelProps) {
  const [state, setState] = useState<AddCardState>({ step: "loading" });
  const [attempt, setAttempt] = useState(0);
  const added = useCardAdded();
  const status = useRef<HTMLParagraphElement>(null);
  const move = (next: AddCardState) => {
    setState(next);
    onState(next);
  };
  // A failure takes the focus to its words (the form it came from may be gone).
  useEffect(() => {
    if (state.step === "error") status.current?.focus();
  }, [state.step]);

  const text =
    state.step === "loading"
      ? messages.addCardLoading
      : state.step === "confirming"
        ? messages.addCardConfirming
        : state.step === "added"
          ? messages.addCardAdded
          : state.step === "error"
            ? addCardErrorText(messages, state.code)
            : "";
  const tone = state.step === "error" ? "danger" : state.step === "added" ? "success" : undefined;
  return (
    <>
      <p className="pp-billing-dialog__note">{messages.addCardSecure}</p>
      <p ref={status} className="pp-billing-dialog__state" data-tone={tone} role={state.step === "error" ? "alert" : "status"} tabIndex={-1}>
        {text}
      </p>
      {state.step !== "added" && state.step !== "error" && (
        <div className="pp-billing-dialog__embed" data-step={state.step}>
          <PaymentMethodEmbed
            key={attempt}
            component={embed}
            setAsDefault={setAsDefault}
            onLoaded={() => move({ step: "ready" })}
            onConfirmed={() => move({ step: "confirming" })}
            onSuccess={(paymentMethodId) => {
              added(paymentMethodId, setAsDefault);
              move({ step: "added", paymentMethodId });
              onAdded(paymentMethodId);
            }}
            onError={(code) => move({ step: "error", code })}
          />
        </div>
      )}
      {state.step === "error" && (
        <div className="pp-billing-dialog__actions">
          <button
            type="button"
            className="pp-button pp-billing-dialog__secondary"
            onClick={() => {
              setAttempt((count) => count + 1);
              move({ step: "loading" });
            }}
          >
            {messages.addCardTryAgain}
          </button>
        </div>
      )}
    </>
  );
}
