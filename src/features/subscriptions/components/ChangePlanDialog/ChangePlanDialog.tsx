import { useId, useRef, useState } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { ConfirmDialog } from "../../../../core/parts/ConfirmDialog.js";
import { ChangePreview } from "../ChangePreview.js";
import { subscriptionRefusal, usePlanOptions, useSubscriptionChangePreview, useUpdateSubscription, type CustomerSubscription } from "../data.js";
import { useSubscriptionMessages } from "../labels.js";
import { RefusalNote } from "../RefusalNote.js";
import { PlanOptions } from "./PlanOptions.js";

export interface ChangePlanDialogProps {
  /** The subscription whose plan changes. */
  subscription: CustomerSubscription;
  /** Shown as a modal while true. */
  open: boolean;
  /** The dialog closed, changed or not. */
  onClose: () => void;
  /** Polar's answer once the change is saved (a `pending_update` when it applies next period). */
  onChanged?: (subscription: CustomerSubscription) => void;
  /** The level of the dialog's heading (default 2). */
  headingLevel?: number;
  className?: string;
}

/**
 * A plan change with its price first: the plans Polar would accept (the others it lists are shown
 * with the reason they cannot be chosen), the new price per interval, what Polar's preview says is
 * charged now or added to the next invoice, and the customer's consent when an invoice is issued
 * at once. A change Polar schedules for the next period says so. Polar decides the outcome, so the
 * dialog waits for its answer; a refusal (a failed payment, a plan no longer allowed) stays in it.
 */
export function ChangePlanDialog({ subscription, open, onClose, onChanged, headingLevel, className }: ChangePlanDialogProps) {
  const messages = useSubscriptionMessages();
  const { locale, timeZone } = usePortalContext();
  const dates = dateFormatter(locale, { timeZone });
  const options = usePlanOptions(subscription);
  const update = useUpdateSubscription(subscription.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [askConsent, setAskConsent] = useState(false);
  const consentBox = useRef<HTMLInputElement>(null);
  const consentHint = useId();
  const preview = useSubscriptionChangePreview(subscription.id, open && chosen ? { productId: chosen } : null);
  const product = options.products.find((option) => option.product.id === chosen && option.eligible)?.product;
  const needsConsent = preview.billsNow === true && subscription.product.organization.proration_behavior !== "next_period";

  const close = () => {
    update.reset();
    setChosen(null);
    setConsent(false);
    setAskConsent(false);
    onClose();
  };
  const confirm = () => {
    if (!chosen) return;
    update.mutate(
      { action: "change_plan", productId: chosen },
      {
        onSuccess: (changed) => {
          onChanged?.(changed);
          close();
        },
      },
    );
  };

  return (
    <ConfirmDialog
      classBlock="pp-subscription-dialog"
      tone="primary"
      open={open}
      className={className ? `pp-subscription-plan ${className}` : "pp-subscription-plan"}
      level={headingLevel}
      title={messages.planTitle}
      description={<p>{messages.planCurrent(subscription.product.name)}</p>}
      confirmLabel={messages.planConfirm}
      cancelLabel={messages.changeKeep}
      busy={update.isPending}
      blocked={!product || preview.isPending || subscriptionRefusal(preview.error) !== null || (needsConsent && !consent)}
      onBlocked={() => {
        if (product && needsConsent && !consent) {
          setAskConsent(true);
          consentBox.current?.focus();
        }
      }}
      busyLabel={messages.subscriptionWorking}
      onConfirm={confirm}
      onCancel={close}
      footer={update.error && <RefusalNote messages={messages} error={update.error} locale={locale} onRetry={confirm} onDismiss={() => update.reset()} />}
    >
      <PlanOptions
        subscription={subscription}
        options={options}
        chosen={chosen}
        disabled={update.isPending}
        messages={messages}
        locale={locale}
        onChoose={(id) => {
          setChosen(id);
          setConsent(false);
          setAskConsent(false);
          update.reset();
        }}
      />
      {product && (
        <ChangePreview
          subscription={subscription}
          state={preview}
          messages={messages}
          dates={dates}
          locale={locale}
        />
      )}
      {product && needsConsent && (
        <label className="pp-subscription-dialog__choice pp-subscription-dialog__consent">
          <input
            ref={consentBox}
            type="checkbox"
            checked={consent}
            aria-describedby={askConsent ? consentHint : undefined}
            aria-invalid={askConsent && !consent ? true : undefined}
            onChange={(event) => setConsent(event.target.checked)}
          />
          {messages.changeConsent}
        </label>
      )}
      {product && needsConsent && askConsent && !consent && (
        <p className="pp-subscription-dialog__hint" id={consentHint} role="alert">
          {messages.changeConsentNeeded}
        </p>
      )}
    </ConfirmDialog>
  );
}
