import { useState } from "react";
import { useBillingAccess } from "../../../../core/session/use-session.js";
import { ConfirmDialog } from "../../../../core/parts/ConfirmDialog.js";
import { CancelSubscriptionDialog } from "../CancelSubscriptionDialog/CancelSubscriptionDialog.js";
import { ChangePlanDialog } from "../ChangePlanDialog/ChangePlanDialog.js";
import { seatPriceOf, subscriptionFlags, type CustomerSubscription } from "../data.js";
import type { SubscriptionMessages } from "../labels.js";
import type { Run } from "./use-actions.js";

export interface ActionsProps {
  subscription: CustomerSubscription;
  messages: SubscriptionMessages;
  level: number;
  when: (iso: string) => string;
  run: Run;
  busy: boolean;
  /** The seat stepper is open (its button then waits). */
  seats: boolean;
  onSeats: () => void;
  /** Polar's answer after a dialog's change: shown over a `subscription` prop, and said. */
  onChanged: (subscription: CustomerSubscription, said: string) => void;
}

type Open = null | "cancel" | "plan" | "pause" | "resume";

/**
 * The changes the merchant's settings and Polar's rules allow right now, each a button: cancel
 * (always, as Polar holds it must be), take a cancel back, change plan, change seats, pause, take a
 * pause back, resume. Nothing for a team member who may not manage billing (Polar would refuse).
 */
export function Actions({ subscription, messages, level, when, run, busy, seats, onSeats, onChanged }: ActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const { canManageBilling } = useBillingAccess();
  const flags = subscriptionFlags(subscription);
  const settings = subscription.product.organization.customer_portal_settings.subscription;
  const running = flags.cancelsAt === null && (subscription.status === "active" || subscription.status === "trialing");
  if (canManageBilling === false) return null;

  const button = (label: string, onClick: () => void, kind: string, extra?: { disabled?: boolean }) => (
    <button key={kind} type="button" className="pp-button pp-subscription-detail__action" data-action={kind} aria-disabled={busy || extra?.disabled || undefined} onClick={() => busy || extra?.disabled || onClick()}>
      {label}
    </button>
  );
  const buttons = [
    flags.canUncancel && flags.cancelsAt && button(messages.subscriptionUncancel, () => run({ action: "uncancel" }, messages.subscriptionUncanceledDone), "uncancel"),
    settings.update_plan && running && button(messages.subscriptionChangePlan, () => setOpen("plan"), "change-plan"),
    settings.update_seats && running && seatPriceOf(subscription.prices) && button(messages.subscriptionChangeSeats, onSeats, "change-seats", { disabled: seats }),
    settings.pause && flags.canPause && button(messages.subscriptionPause, () => setOpen("pause"), "pause"),
    settings.pause && flags.canUnschedulePause && button(messages.subscriptionUnschedulePause, () => run({ action: "unschedule_pause" }, messages.subscriptionPauseClearedDone), "unschedule-pause"),
    settings.pause && flags.canResume && button(messages.subscriptionResume, () => setOpen("resume"), "resume"),
    flags.canCancel && button(messages.subscriptionCancel, () => setOpen("cancel"), "cancel"),
  ].filter(Boolean);
  if (buttons.length === 0) return null;

  const close = () => setOpen(null);
  const pausesOn = when(subscription.current_period_end);
  return (
    <div className="pp-subscription-detail__actions" role="group" aria-label={messages.subscriptionActionsLabel}>
      {buttons}
      <CancelSubscriptionDialog
        subscription={subscription}
        open={open === "cancel"}
        headingLevel={level}
        onClose={close}
        onCanceled={(canceled) => onChanged(canceled, messages.subscriptionCanceledDone(when(canceled.ends_at ?? canceled.current_period_end)))}
      />
      <ChangePlanDialog
        subscription={subscription}
        open={open === "plan"}
        headingLevel={level}
        onClose={close}
        onChanged={(changed) =>
          onChanged(changed, changed.pending_update?.product_id ? messages.subscriptionPlanScheduledDone(when(changed.pending_update.applies_at)) : messages.subscriptionPlanChangedDone)
        }
      />
      <ConfirmDialog
      classBlock="pp-subscription-dialog"
      tone="primary"
        open={open === "pause" || open === "resume"}
        level={level}
        title={open === "resume" ? messages.subscriptionResume : messages.pauseTitle}
        description={<p>{open === "resume" ? messages.resumeDescription : messages.pauseDescription(pausesOn)}</p>}
        confirmLabel={open === "resume" ? messages.subscriptionResume : messages.pauseConfirm}
        cancelLabel={messages.changeKeep}
        busy={false}
        busyLabel={messages.subscriptionWorking}
        onCancel={close}
        onConfirm={() => {
          close();
          if (open === "resume") run({ action: "resume" }, messages.subscriptionResumedDone);
          else run({ action: "pause" }, messages.subscriptionPauseScheduledDone(pausesOn));
        }}
      />
    </div>
  );
}
