import type { DateFormatter } from "../../../core/format/date.js";
import { StatusBadge } from "../../../core/parts/StatusBadge.js";
import { subscriptionFlags, subscriptionPhase, type CustomerSubscription } from "./data.js";
import { statusLabel, type SubscriptionMessages } from "./labels.js";

/** `.pp-status-badge[data-status]`, with the kit's grouping beside Polar's status (`data-phase`). */
export function SubscriptionStatusBadge({ subscription, messages }: { subscription: CustomerSubscription; messages: SubscriptionMessages }) {
  return (
    <StatusBadge
      status={subscription.status}
      data-phase={subscriptionPhase(subscription)}
      label={statusLabel(messages, subscription.status)}
      kind={messages.subscriptionStatus}
    />
  );
}

/** One thing to know about a subscription beside its status, and which (`data-flag`). */
export interface FlagNote {
  flag: "past_due" | "unpaid" | "trial" | "cancels" | "pauses" | "paused" | "pending_plan" | "pending_seats" | "ended" | "renews";
  text: string;
}

/**
 * Every flag of a subscription in words, each with its date: trial until, cancels on, pauses on,
 * paused until, a failed payment, a plan or seat change scheduled. `renews` (the plain case) only
 * when asked for: a list row says nothing when nothing is special.
 */
export function flagNotes(
  subscription: CustomerSubscription,
  messages: SubscriptionMessages,
  dates: DateFormatter,
  locale: string,
  options: { renews?: boolean; productName?: (id: string) => string | undefined; now?: number } = {},
): FlagNote[] {
  const flags = subscriptionFlags(subscription, options.now);
  const notes: FlagNote[] = [];
  const on = (iso: string) => dates.format(iso);
  if (flags.pastDue) notes.push({ flag: "past_due", text: messages.subscriptionPastDueNotice });
  if (subscription.status === "unpaid") notes.push({ flag: "unpaid", text: messages.subscriptionUnpaidNotice });
  if (flags.trialing && flags.trialEndsAt) notes.push({ flag: "trial", text: messages.subscriptionTrialUntil(on(flags.trialEndsAt)) });
  if (flags.cancelsAt) notes.push({ flag: "cancels", text: messages.subscriptionCancelsOn(on(flags.cancelsAt)) });
  if (flags.pausesAt) notes.push({ flag: "pauses", text: messages.subscriptionPausesOn(on(flags.pausesAt)) });
  if (flags.paused) {
    notes.push({ flag: "paused", text: flags.pausedUntil ? messages.subscriptionPausedUntil(on(flags.pausedUntil)) : messages.subscriptionPausedIndefinitely });
  }
  const pending = flags.pendingUpdate;
  if (pending?.product_id && pending.product_id !== subscription.product_id) {
    const name = options.productName?.(pending.product_id);
    const date = on(pending.applies_at);
    notes.push({ flag: "pending_plan", text: name ? messages.subscriptionPendingPlan(name, date) : messages.subscriptionPendingPlanUnnamed(date) });
  }
  if (pending && typeof pending.seats === "number" && pending.seats !== subscription.seats) {
    notes.push({ flag: "pending_seats", text: messages.subscriptionPendingSeats(pending.seats, on(pending.applies_at), locale) });
  }
  if (subscriptionPhase(subscription) === "ended") {
    const ended = subscription.ended_at ?? subscription.ends_at;
    if (ended) notes.push({ flag: "ended", text: messages.subscriptionEndedOn(on(ended)) });
  } else if (options.renews && notes.length === 0 && subscription.status === "active") {
    notes.push({ flag: "renews", text: messages.subscriptionRenewsOn(on(subscription.current_period_end)) });
  }
  return notes;
}
