// The changes a customer can make to a subscription, as the kit names them, and the body Polar's
// `PATCH /v1/customer-portal/subscriptions/{id}` takes for each: one of the six shapes of
// `CustomerSubscriptionUpdate` (each `extra=forbid`, so nothing else may be sent).
import type { CancellationReason, CustomerSubscription } from "./subscription.js";

/** One change to a subscription. */
export type SubscriptionUpdate =
  /** Cancel at the end of the current period, with one of Polar's eight reasons and a comment. */
  | { action: "cancel"; reason?: CancellationReason; comment?: string }
  /** Take a cancel back while the period runs. */
  | { action: "uncancel" }
  /** Move to another product (Polar bills it by the organization's `proration_behavior`). */
  | { action: "change_plan"; productId: string }
  /** Change the number of seats (the current count cancels a pending seat change). */
  | { action: "change_seats"; seats: number }
  /** Drop a plan or seat change scheduled for the next period. */
  | { action: "clear_pending_update" }
  /** Pause at the end of the current period, optionally resuming by itself at `resumesAt`. */
  | { action: "pause"; resumesAt?: string }
  /** Take a scheduled pause back. */
  | { action: "unschedule_pause" }
  /** Resume a paused subscription now: a new period starts and is charged at once. */
  | { action: "resume" };

export type SubscriptionAction = SubscriptionUpdate["action"];

/** The body Polar's PATCH takes for `update`: exactly one of its six shapes. */
export type SubscriptionUpdateBody =
  | { cancel_at_period_end: true; cancellation_reason?: CancellationReason; cancellation_comment?: string }
  | { cancel_at_period_end: false }
  | { product_id: string }
  | { seats: number }
  | { pending_update: null }
  | { pause_at_period_end: true; resumes_at?: string }
  | { pause_at_period_end: false }
  | { resume: true };

export function subscriptionUpdateBody(update: SubscriptionUpdate): SubscriptionUpdateBody {
  switch (update.action) {
    case "cancel": {
      const body: { cancel_at_period_end: true; cancellation_reason?: CancellationReason; cancellation_comment?: string } = { cancel_at_period_end: true };
      if (update.reason) body.cancellation_reason = update.reason;
      // Polar keeps a comment only when it says something; whitespace is not feedback.
      const comment = update.comment?.trim();
      if (comment) body.cancellation_comment = comment;
      return body;
    }
    case "uncancel":
      return { cancel_at_period_end: false };
    case "change_plan":
      return { product_id: update.productId };
    case "change_seats":
      return { seats: update.seats };
    case "clear_pending_update":
      return { pending_update: null };
    case "pause":
      return update.resumesAt ? { pause_at_period_end: true, resumes_at: update.resumesAt } : { pause_at_period_end: true };
    case "unschedule_pause":
      return { pause_at_period_end: false };
    case "resume":
      return { resume: true };
    default:
      throw new TypeError(`Unknown subscription update: ${String((update as { action?: unknown }).action)}`);
  }
}

/**
 * What Polar stores for the updates whose outcome is certain, which the kit shows at once
 * (`subscription/service.py`: `_perform_cancellation`, `uncancel`, `clear_pending_update`,
 * `cancel_scheduled_pause`); any other update (plan, seats, pause, resume: Polar's billing decides)
 * leaves the value as it is, and its answer alone changes it. `now` stands for Polar's `canceled_at`, which its answer
 * replaces.
 */
export function applySubscriptionUpdate(subscription: CustomerSubscription, update: SubscriptionUpdate, now: number = Date.now()): CustomerSubscription {
  switch (update.action) {
    case "cancel":
      return {
        ...subscription,
        cancel_at_period_end: true,
        ends_at: subscription.current_period_end,
        canceled_at: new Date(now).toISOString(),
        // A cancel drops a scheduled pause.
        pause_at_period_end: false,
        resumes_at: null,
        ...(update.reason ? { customer_cancellation_reason: update.reason } : {}),
        ...(update.comment?.trim() ? { customer_cancellation_comment: update.comment.trim() } : {}),
      };
    case "uncancel":
      return {
        ...subscription,
        cancel_at_period_end: false,
        ends_at: null,
        canceled_at: null,
        customer_cancellation_reason: null,
        customer_cancellation_comment: null,
      };
    case "clear_pending_update":
      return { ...subscription, pending_update: null };
    case "unschedule_pause":
      return { ...subscription, pause_at_period_end: false, resumes_at: null };
    default:
      return subscription;
  }
}
