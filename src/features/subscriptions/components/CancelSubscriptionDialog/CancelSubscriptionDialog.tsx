import { useId, useState } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { ConfirmDialog } from "../../../../core/parts/ConfirmDialog.js";
import { CANCELLATION_REASONS, subscriptionFlags, useUpdateSubscription, type CancellationReason, type CustomerSubscription } from "../data.js";
import { useSubscriptionMessages, valueLabel } from "../labels.js";
import { RefusalNote } from "../RefusalNote.js";

export interface CancelSubscriptionDialogProps {
  /** The subscription to cancel at the end of its period. */
  subscription: CustomerSubscription;
  /** Shown as a modal while true. */
  open: boolean;
  /** The dialog closed: kept, cancelled (then `onCanceled` came first) or dismissed with Escape. */
  onClose: () => void;
  /** Polar's answer once the cancel is saved: the subscription, now ending with its period. */
  onCanceled?: (subscription: CustomerSubscription) => void;
  /** The level of the dialog's heading (default 2). */
  headingLevel?: number;
  className?: string;
}

/**
 * The question before a cancel: when access ends (the end of the period paid for, or of the
 * trial), Polar's eight reasons as radios and a comment, both optional, and a confirm button
 * that says what it does. A cancel is at the end of the period: until then the subscription can be
 * resumed, which the dialog says. A refusal stays in the dialog, said and focused.
 */
export function CancelSubscriptionDialog({ subscription, open, onClose, onCanceled, headingLevel, className }: CancelSubscriptionDialogProps) {
  const messages = useSubscriptionMessages();
  const { locale, timeZone } = usePortalContext();
  const update = useUpdateSubscription(subscription.id);
  const [reason, setReason] = useState<CancellationReason | undefined>(undefined);
  const [comment, setComment] = useState("");
  const commentId = useId();
  const dates = dateFormatter(locale, { timeZone });
  const flags = subscriptionFlags(subscription);
  const until = dates.format(flags.trialing && flags.trialEndsAt ? flags.trialEndsAt : subscription.current_period_end);
  // The answer (or a refusal) belongs to this opening of the dialog, not the next one.
  const close = () => {
    update.reset();
    onClose();
  };
  const confirm = () =>
    update.mutate(
      { action: "cancel", reason, comment: comment.trim() || undefined },
      {
        onSuccess: (canceled) => {
          onCanceled?.(canceled);
          close();
        },
      },
    );

  return (
    <ConfirmDialog
      classBlock="pp-subscription-dialog"
      open={open}
      className={className ? `pp-subscription-cancel ${className}` : "pp-subscription-cancel"}
      level={headingLevel}
      title={messages.cancelTitle}
      description={<p>{flags.trialing ? messages.cancelTrialUntil(until) : messages.cancelAccessUntil(until)}</p>}
      confirmLabel={messages.cancelConfirm}
      cancelLabel={messages.cancelKeep}
      tone="danger"
      busy={update.isPending}
      busyLabel={messages.subscriptionWorking}
      onConfirm={confirm}
      onCancel={close}
      footer={update.error && <RefusalNote messages={messages} error={update.error} locale={locale} onRetry={confirm} onDismiss={() => update.reset()} />}
    >
      <fieldset className="pp-subscription-dialog__reasons" disabled={update.isPending}>
        <legend>{messages.cancelReasonLegend}</legend>
        {CANCELLATION_REASONS.map((value) => (
          <label key={value} className="pp-subscription-dialog__choice">
            <input type="radio" name="cancellation_reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
            {valueLabel(messages, "cancelReason", value)}
          </label>
        ))}
      </fieldset>
      <label className="pp-subscription-dialog__field" htmlFor={commentId}>
        {messages.cancelComment}
      </label>
      <textarea
        id={commentId}
        className="pp-subscription-dialog__input"
        rows={3}
        maxLength={5000}
        value={comment}
        readOnly={update.isPending}
        onChange={(event) => setComment(event.target.value)}
      />
    </ConfirmDialog>
  );
}
