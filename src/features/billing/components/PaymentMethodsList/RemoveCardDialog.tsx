import { ConfirmDialog } from "../../../../core/parts/ConfirmDialog.js";
import { failureText, methodLabel, type BillingMessages, type MethodLike } from "../labels.js";
import { BillingNote } from "../BillingNote.js";

export interface RemoveCardDialogProps {
  /** The card asked about; null when closed. */
  method: MethodLike | null;
  messages: BillingMessages;
  level: number;
  busy: boolean;
  /** Polar's refusal of the removal (400: a subscription still needs it), shown in the dialog. */
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  onDismissError: () => void;
}

/**
 * The question before a card goes: which card, and that subscriptions paying with it move to
 * another saved card (Polar moves them). Polar's refusal stays in the dialog, said and focused.
 */
export function RemoveCardDialog({ method, messages, level, busy, error, onConfirm, onCancel, onDismissError }: RemoveCardDialogProps) {
  const spoken = method ? methodLabel(messages, method).spoken : "";
  return (
    <ConfirmDialog
      classBlock="pp-billing-dialog"
      className="pp-billing-remove"
      open={method !== null}
      level={level}
      title={messages.removeCardTitle}
      description={
        <>
          <p>{messages.removeCardDescription(spoken)}</p>
          <p className="pp-billing-dialog__note">{messages.removeCardSubscriptions}</p>
        </>
      }
      confirmLabel={messages.removeCardConfirm}
      cancelLabel={messages.removeCardKeep}
      tone="danger"
      busy={busy}
      busyLabel={messages.removeCardWorking}
      onConfirm={onConfirm}
      onCancel={onCancel}
      footer={error ? <BillingNote messages={messages} text={failureText(messages, error)} said={error} onDismiss={onDismissError} /> : null}
    />
  );
}
