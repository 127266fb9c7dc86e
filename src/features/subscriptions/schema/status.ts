// The kit's reading of a subscription's state: which group it belongs in, and the flags a view
// shows. Pure functions of the subscription (and the clock), free of React.
import type { CustomerSubscription, PendingSubscriptionUpdate } from "./subscription.js";

/**
 * The kit's grouping. Polar's own `active` filter puts `past_due` and `paused` in neither group and
 * its hosted portal shows a past-due subscription as "Inactive" (polar#5574); here a subscription
 * that needs the customer (a failed payment, a first payment not made) has a group of its own.
 * - `current`: trialing, active, paused (and a status the kit does not know yet, by its raw name);
 * - `needs_action`: past_due, incomplete, unpaid;
 * - `ended`: canceled, incomplete_expired, or an `ended_at` that has passed.
 */
export type SubscriptionPhase = "current" | "needs_action" | "ended";

type StatusFields = Pick<CustomerSubscription, "status" | "ended_at">;

const hasPassed = (date: string | null | undefined, now: number) => date != null && Date.parse(date) <= now;

export function subscriptionPhase(subscription: StatusFields, now: number = Date.now()): SubscriptionPhase {
  const { status } = subscription;
  if (status === "canceled" || status === "incomplete_expired" || hasPassed(subscription.ended_at, now)) return "ended";
  if (status === "past_due" || status === "incomplete" || status === "unpaid") return "needs_action";
  return "current";
}

/** Statuses Polar bills (`SubscriptionStatus.billable_statuses`): the ones a cancel applies to. */
const BILLABLE = new Set(["trialing", "active", "past_due"]);

export interface SubscriptionFlags {
  trialing: boolean;
  /** When the trial ends (and the first charge is made), while trialing. */
  trialEndsAt: string | null;
  /** When a cancel at period end takes effect, while the subscription still runs. */
  cancelsAt: string | null;
  /** When a scheduled pause takes effect (the end of the current period). */
  pausesAt: string | null;
  /** While paused: when it resumes by itself (null: paused until the customer resumes it). */
  pausedUntil: string | null;
  paused: boolean;
  pastDue: boolean;
  /** A plan or seat change Polar applies at `applies_at`. */
  pendingUpdate: PendingSubscriptionUpdate | null;
  /** Polar's `can_cancel()`: billable, not ended, not already set to end. */
  canCancel: boolean;
  /** Polar's `can_uncancel()`: set to cancel at period end and still billable (and not ended: else 410). */
  canUncancel: boolean;
  /** Polar's `can_pause()`: active, not set to cancel or pause, no end date. The merchant's `pause` setting is apart. */
  canPause: boolean;
  /** Polar's `can_cancel_scheduled_pause()`: a pause is scheduled on an active subscription. */
  canUnschedulePause: boolean;
  /** Polar's `can_resume()`: paused. */
  canResume: boolean;
}

type FlagFields = Pick<
  CustomerSubscription,
  "status" | "ended_at" | "ends_at" | "cancel_at_period_end" | "current_period_end" | "trial_end" | "pause_at_period_end" | "resumes_at" | "pending_update"
>;

/**
 * What a view shows of a subscription's state, mirroring the rules of Polar's
 * `models/subscription.py` (`can_cancel`, `can_uncancel`, `can_pause`, `can_resume`), so the kit
 * offers only what Polar would accept. The merchant's portal settings (plan, seats, pause) are
 * read apart, from the organization.
 */
export function subscriptionFlags(subscription: FlagFields, now: number = Date.now()): SubscriptionFlags {
  const { status } = subscription;
  const ended = subscriptionPhase(subscription, now) === "ended";
  const billable = BILLABLE.has(status) && !subscription.ended_at;
  const settingToEnd = subscription.cancel_at_period_end || subscription.ends_at != null;
  const pauseScheduled = subscription.pause_at_period_end === true;
  return {
    trialing: status === "trialing",
    trialEndsAt: status === "trialing" ? subscription.trial_end : null,
    cancelsAt: !ended && settingToEnd ? (subscription.ends_at ?? subscription.current_period_end) : null,
    pausesAt: pauseScheduled && status === "active" ? subscription.current_period_end : null,
    pausedUntil: status === "paused" ? (subscription.resumes_at ?? null) : null,
    paused: status === "paused",
    pastDue: status === "past_due",
    pendingUpdate: subscription.pending_update ?? null,
    canCancel: billable && !settingToEnd,
    canUncancel: billable && subscription.cancel_at_period_end,
    canPause: status === "active" && !subscription.cancel_at_period_end && !pauseScheduled && subscription.ends_at == null,
    canUnschedulePause: pauseScheduled && status === "active",
    canResume: status === "paused",
  };
}
