// Polar's refusals of a subscription change, as states the UI can act on. Read from the status,
// Polar's error name (`code`) and its words (`subscription/service.py`, `customer_portal/service/
// subscription.py`, `order/service.py`, `customer_portal/auth.py`).
import { isPortalError } from "../../../core/client/errors.js";
import { planChangeRefusalOf, type PlanChangeRefusalReason } from "../schema/eligibility.js";

export type SubscriptionRefusal =
  /** 403 `AlreadyCanceledSubscription`: canceled, or set to cancel at period end. */
  | { kind: "already_canceled" }
  /** 403: the merchant's portal settings do not allow this change. */
  | { kind: "not_allowed"; setting: "update_plan" | "update_seats" | "pause" }
  /** 403: a member who is neither owner nor billing manager. */
  | { kind: "billing_forbidden" }
  /** 409 `PaymentMethodRequired`: add a card first (before uncancelling or resuming). */
  | { kind: "payment_method_required"; action?: "uncancel" | "resume" }
  /** 410 `ResourceUnavailable`: the subscription has ended. */
  | { kind: "ended" }
  /** 402 `PaymentFailed`: the charge for the change failed (`card_error`, `missing_payment_method`, …). */
  | { kind: "payment_failed"; reason?: string }
  /** 402 `PaymentActionRequired`: the card asks the customer to authenticate (3-D Secure). */
  | { kind: "payment_action_required" }
  /** 400 `BelowMinimumSeats`. */
  | { kind: "below_minimum_seats"; minimum: number }
  /** 400 `AboveMaximumSeats`. */
  | { kind: "above_maximum_seats"; maximum: number }
  /** 400 `SeatsAlreadyAssigned`: revoke seats before going below `assigned`. */
  | { kind: "seats_assigned"; assigned: number }
  /** 400 `NotASeatBasedSubscription`. */
  | { kind: "not_seat_based" }
  /** 422 on `product_id` (or on the proration of a first move to seats or units): Polar's words, and the kit's reason when it knows them. */
  | { kind: "invalid_product"; message: string; reason?: PlanChangeRefusalReason }
  /** 422 on `pending_update`: nothing scheduled to clear. */
  | { kind: "no_pending_update" }
  /** 409 `CannotPauseSubscription`. */
  | { kind: "cannot_pause" }
  /** 409 `NoScheduledPause`. */
  | { kind: "no_scheduled_pause" }
  /** 409 `NotPausedSubscription`. */
  | { kind: "not_paused" }
  /** 422 on `resumes_at`: not after the current period's end (or not in the future). */
  | { kind: "invalid_resume_date" }
  /** 400 `BadRequest` of an uncancel: not set to cancel, or no longer billable. */
  | { kind: "cannot_uncancel" };

export type SubscriptionRefusalKind = SubscriptionRefusal["kind"];

const SETTINGS = {
  UpdateSubscriptionPlanNotAllowed: "update_plan",
  UpdateSubscriptionSeatsNotAllowed: "update_seats",
  PauseResumeNotAllowed: "pause",
} as const;

const numberIn = (message: string, pattern: RegExp): number | undefined => {
  const match = pattern.exec(message)?.[1];
  return match === undefined ? undefined : Number(match);
};

/**
 * What Polar refused, for an error from `updateSubscription` or a change preview; null for an
 * error that is not a refusal of the change (network, 5xx, 401, 404, a broken answer), which the
 * kit's error views already handle.
 */
export function subscriptionRefusal(error: unknown): SubscriptionRefusal | null {
  if (!isPortalError(error) || error.status === undefined) return null;
  const { status, code, message } = error;
  if (status === 403) {
    if (code === "AlreadyCanceledSubscription") return { kind: "already_canceled" };
    if (code && code in SETTINGS) return { kind: "not_allowed", setting: SETTINGS[code as keyof typeof SETTINGS] };
    return { kind: "billing_forbidden" };
  }
  if (status === 409) {
    if (code === "PaymentMethodRequired") {
      const action = /resuming/.test(message) ? "resume" : /uncancelling/.test(message) ? "uncancel" : undefined;
      return action ? { kind: "payment_method_required", action } : { kind: "payment_method_required" };
    }
    if (code === "CannotPauseSubscription") return { kind: "cannot_pause" };
    if (code === "NoScheduledPause") return { kind: "no_scheduled_pause" };
    if (code === "NotPausedSubscription") return { kind: "not_paused" };
    return null;
  }
  if (status === 410) return { kind: "ended" };
  if (status === 402) {
    if (code === "PaymentActionRequired") return { kind: "payment_action_required" };
    const reason = /with reason: ([a-z_]+)/.exec(message)?.[1];
    return reason ? { kind: "payment_failed", reason } : { kind: "payment_failed" };
  }
  if (status === 400) {
    if (code === "BelowMinimumSeats") {
      const minimum = numberIn(message, /Minimum (\d+) seats/);
      if (minimum !== undefined) return { kind: "below_minimum_seats", minimum };
    }
    if (code === "AboveMaximumSeats") {
      const maximum = numberIn(message, /Maximum (\d+) seats/);
      if (maximum !== undefined) return { kind: "above_maximum_seats", maximum };
    }
    if (code === "SeatsAlreadyAssigned") {
      const assigned = numberIn(message, /Currently (\d+) seats/);
      if (assigned !== undefined) return { kind: "seats_assigned", assigned };
    }
    if (code === "NotASeatBasedSubscription") return { kind: "not_seat_based" };
    if (code === "BadRequest") return { kind: "cannot_uncancel" };
    return null;
  }
  if (status === 422) {
    const fields = error.fieldErrors;
    const productMessage = fields.product_id?.[0] ?? fields.proration_behavior?.[0];
    if (productMessage !== undefined) {
      const reason = planChangeRefusalOf(productMessage);
      return reason ? { kind: "invalid_product", message: productMessage, reason } : { kind: "invalid_product", message: productMessage };
    }
    if (fields.pending_update) return { kind: "no_pending_update" };
    if (fields.resumes_at) return { kind: "invalid_resume_date" };
  }
  return null;
}
