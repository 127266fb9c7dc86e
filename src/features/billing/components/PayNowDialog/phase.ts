import type { BillingMessages } from "../labels.js";
import { refusalText } from "../labels.js";
import type { PayOrderState } from "../data.js";

/** How the dialog reads in each phase of a payment: its words, their tone, and what it offers. */
export interface PhaseView {
  text: string;
  tone?: "danger" | "success";
  /** The cards and "Pay" are offered (a first try, or another card after a failure). */
  choose: boolean;
  /** Escape and Close wait: the payment is being confirmed. */
  locked: boolean;
  /** The payment is over for this dialog (paid, or nothing more can be tried here): Close only. */
  final: boolean;
}

export function phaseView(messages: BillingMessages, state: PayOrderState, canHandleAction: boolean): PhaseView {
  switch (state.phase) {
    case "idle":
      return { text: "", choose: true, locked: false, final: false };
    case "confirming":
      return { text: messages.payNowPaying, choose: true, locked: true, final: false };
    case "requires_action":
      // Without the merchant's Stripe.js the bank's step cannot run here: another card can.
      return canHandleAction
        ? { text: messages.payNowAction, choose: false, locked: true, final: false }
        : { text: messages.payNowActionElsewhere, tone: "danger", choose: true, locked: false, final: false };
    case "processing":
      return { text: messages.payNowProcessing, choose: false, locked: false, final: false };
    case "succeeded":
      return { text: messages.payNowPaid, tone: "success", choose: false, locked: false, final: true };
    case "failed":
      return { text: messages.payNowFailed, tone: "danger", choose: true, locked: false, final: false };
    case "refused": {
      const { kind } = state.refusal;
      // A payment already running, or a card refused: another try may work; the rest end here.
      const again = kind === "payment_in_progress" || kind === "payment_method_not_found" || kind === "unknown" || kind === "validation";
      return { text: refusalText(messages, state.refusal), tone: "danger", choose: again, locked: false, final: !again };
    }
    case "timed_out":
      return { text: messages.payNowTimedOut, choose: false, locked: false, final: true };
    case "cancelled":
      return { text: messages.payNowStopped, choose: false, locked: false, final: true };
  }
}
