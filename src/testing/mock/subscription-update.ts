// Polar's rules for changing a subscription from the customer portal, each refusal in Polar's
// words: `customer_portal/service/subscription.py` (the settings gates, the card a change needs),
// `subscription/service.py` (cancel, uncancel, plan, seats, pending update, pause, resume, revoke)
// and `models/subscription.py` (`can_cancel`, `can_uncancel`, `can_pause`, `can_resume`).
import { polarError } from "./core.js";
import type { OrderStore } from "./orders.js";
import type { PaymentMethodStore } from "./payment-methods.js";
import type { ProductCatalog } from "./products.js";
import { pythonIsoformat, serviceValidationError } from "./pydantic.js";
import type { SubscriptionAction } from "./subscription-body.js";
import {
  baseAmount,
  changeOrder,
  createdId,
  isFree,
  nextPeriod,
  planProrations,
  pricesIn,
  seatPriceOf,
  seatProrations,
  type MockProration,
} from "./subscription-billing.js";
import type { FixtureCustomerSubscription, FixtureMockOrganization, FixtureProduct, FixtureProductPrice } from "../types.js";

/** Everything a rule reads besides the subscription, and where it writes what a change creates. */
export interface SubscriptionWorld {
  now: string;
  stamp(previous: string | null | undefined): string;
  organization: FixtureMockOrganization;
  catalog: ProductCatalog;
  paymentMethods: PaymentMethodStore;
  orders: OrderStore;
  outcome: "succeeded" | "failed" | "requires_action" | "in_progress";
  assignedSeats(subscriptionId: string): number;
  /** Prorations waiting for the subscription's next invoice (Polar's pending billing entries). */
  prorations: Map<string, MockProration[]>;
  /** The next number for what the mock creates (ids, invoice numbers). */
  serial(): number;
  /** The subscription as an order embeds it. */
  embed(subscription: FixtureCustomerSubscription): Record<string, unknown>;
}

type Outcome = FixtureCustomerSubscription | Response;

const BILLABLE = ["trialing", "active", "past_due"];
const REVOKED = ["canceled", "unpaid"];

const alreadyCanceled = () =>
  polarError(403, "AlreadyCanceledSubscription", "This subscription is already canceled or will be at the end of the period.");
const productIssue = (msg: string, input: string, loc: string[] = ["body", "product_id"]) => serviceValidationError([{ type: "value_error", loc, msg, input }]);

const settingsOf = (organization: FixtureMockOrganization) => {
  const subscription = organization.customer_portal_settings.subscription;
  return { updatePlan: subscription.update_plan ?? true, updateSeats: subscription.update_seats ?? true, pause: subscription.pause ?? false };
};

export const canCancel = (subscription: FixtureCustomerSubscription, immediately = false): boolean => {
  if (immediately && subscription.status === "paused") return subscription.ended_at === null;
  if (!BILLABLE.includes(subscription.status) || subscription.ended_at) return false;
  return immediately || !(subscription.cancel_at_period_end || subscription.ends_at);
};
const canUncancel = (subscription: FixtureCustomerSubscription) => subscription.cancel_at_period_end && BILLABLE.includes(subscription.status);
const canPause = (subscription: FixtureCustomerSubscription) =>
  subscription.status === "active" && !subscription.cancel_at_period_end && !subscription.pause_at_period_end && subscription.ends_at === null;

/** Polar's `_require_payment_method`: a subscription that is not free needs the customer to have a card. */
function requireCard(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, action: "uncancelling" | "resuming"): Response | undefined {
  if (subscription.prices.every(isFree) || world.paymentMethods.hasCard(subscription.customer_id)) return undefined;
  return polarError(409, "PaymentMethodRequired", `Add a payment method before ${action} this subscription.`);
}

/** `validate_product_change`: the product a subscription may move to, with its prices in the subscription's currency. */
export function validateProductChange(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, productId: string): { product: FixtureProduct; prices: FixtureProductPrice[] } | Response {
  if (REVOKED.includes(subscription.status) || subscription.cancel_at_period_end) return alreadyCanceled();
  const product = world.catalog.get(productId);
  if (!product || product.organization_id !== subscription.product.organization_id) return productIssue("Product does not exist.", productId);
  if (product.is_archived) return productIssue("Product is archived.", productId);
  // The customer portal allows public products only.
  if (product.visibility !== "public") return productIssue("Product visibility is not allowed.", productId);
  if (!product.is_recurring) return productIssue("Product is not recurring.", productId);
  const prices = pricesIn(product, subscription.currency);
  if (prices.length === 0) return productIssue("This product doesn't have a price for the subscription currency.", productId);
  if (prices.some((price) => price.amount_type === "custom")) return productIssue("Can't update to a product with custom prices.", productId);
  if (seatPriceOf(subscription.prices) && !seatPriceOf(prices)) return productIssue("Can't switch from a seat-based to a non-seat-based product.", productId);
  return { product, prices };
}

/** `validate_seats_change`. */
export function validateSeatsChange(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, seats: number): Response | undefined {
  if (REVOKED.includes(subscription.status) || subscription.cancel_at_period_end) return alreadyCanceled();
  const price = seatPriceOf(subscription.prices);
  if (!price || price.amount_type !== "seat_based") return polarError(400, "NotASeatBasedSubscription", "This subscription does not support seat-based pricing.");
  const { minimum_seats: minimum, maximum_seats: maximum } = price.seat_tiers;
  if (seats < minimum) return polarError(400, "BelowMinimumSeats", `Minimum ${minimum} seats required.`);
  if (maximum !== null && seats > maximum) return polarError(400, "AboveMaximumSeats", `Maximum ${maximum} seats allowed.`);
  const assigned = world.assignedSeats(subscription.id.toLowerCase());
  if (seats < assigned) {
    return polarError(400, "SeatsAlreadyAssigned", `Cannot decrease seats to ${seats}. Currently ${assigned} seats are assigned. Revoke seats first.`);
  }
  return undefined;
}

/** The settings gate of a plan or seat change (the customer portal's own check, before Polar's rules). */
export function gate(world: SubscriptionWorld, kind: "product" | "seats"): Response | undefined {
  const settings = settingsOf(world.organization);
  if (kind === "product" && !settings.updatePlan) return polarError(403, "UpdateSubscriptionPlanNotAllowed", "Updating subscription plan is not allowed.");
  if (kind === "seats" && !settings.updateSeats) return polarError(403, "UpdateSubscriptionSeatsNotAllowed", "Updating subscription seats is not allowed.");
  return undefined;
}

/** Applies one action as Polar's `CustomerSubscriptionService.update` (or `cancel`, `revoke`) does: the next state, or the refusal. */
export function applyUpdate(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, action: SubscriptionAction): Outcome {
  const next = (changes: Partial<FixtureCustomerSubscription>): FixtureCustomerSubscription => ({
    ...subscription,
    ...changes,
    modified_at: world.stamp(subscription.modified_at),
  });
  const pauseAllowed = settingsOf(world.organization).pause;

  switch (action.kind) {
    case "none":
      return subscription;
    case "product":
      return gate(world, "product") ?? changeProduct(world, subscription, action.productId);
    case "seats":
      return gate(world, "seats") ?? changeSeats(world, subscription, action.seats);
    case "clear":
      if (!subscription.pending_update) {
        return serviceValidationError([{ type: "value_error", loc: ["body", "pending_update"], msg: "This subscription has no pending update to clear.", input: null }]);
      }
      return next({ pending_update: null });
    case "cancel":
      if (!canCancel(subscription)) return alreadyCanceled();
      return next({
        canceled_at: world.now,
        pause_at_period_end: false,
        resumes_at: null,
        cancel_at_period_end: true,
        ends_at: subscription.current_period_end,
        // Polar keeps an earlier reason when none (or an empty comment) is given.
        ...(action.reason && { customer_cancellation_reason: action.reason }),
        ...(action.comment && { customer_cancellation_comment: action.comment }),
      });
    case "uncancel": {
      const missingCard = canUncancel(subscription) ? requireCard(world, subscription, "uncancelling") : undefined;
      if (missingCard) return missingCard;
      if (subscription.ended_at) return polarError(410, "ResourceUnavailable", "Unavailable");
      if (!canUncancel(subscription)) return polarError(400, "BadRequest", "Bad request");
      return next({ cancel_at_period_end: false, ends_at: null, canceled_at: null, customer_cancellation_reason: null, customer_cancellation_comment: null });
    }
    case "pause":
      if (!pauseAllowed) return pauseRefused();
      if (!canPause(subscription)) return polarError(409, "CannotPauseSubscription", "This subscription cannot be paused.");
      if (action.resumesAt !== null && Date.parse(action.resumesAt) <= Date.parse(subscription.current_period_end)) {
        return serviceValidationError([{ type: "value_error", loc: ["body", "resumes_at"], msg: "resumes_at must be after the current period end.", input: pythonIsoformat(action.resumesAt) }]);
      }
      return next({ pause_at_period_end: true, resumes_at: action.resumesAt });
    case "unschedule_pause":
      if (!pauseAllowed) return pauseRefused();
      if (!(subscription.pause_at_period_end && subscription.status === "active")) {
        return polarError(409, "NoScheduledPause", "This subscription is not scheduled to be paused.");
      }
      return next({ pause_at_period_end: false, resumes_at: null });
    case "resume":
      return pauseAllowed ? resume(world, subscription, next) : pauseRefused();
    case "revoke":
      return revoke(world, subscription, action, next);
  }
}

const pauseRefused = () => polarError(403, "PauseResumeNotAllowed", "Pausing or resuming a subscription is not allowed.");

/** Resuming starts a new period now and bills it (in the background at Polar: no 402 here). */
function resume(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, next: (changes: Partial<FixtureCustomerSubscription>) => FixtureCustomerSubscription): Outcome {
  if (subscription.status === "paused") {
    const missingCard = requireCard(world, subscription, "resuming");
    if (missingCard) return missingCard;
  }
  if (subscription.status !== "paused") return polarError(409, "NotPausedSubscription", "This subscription is not paused.");
  const resumed = next({
    status: "active",
    paused_at: null,
    resumes_at: null,
    current_period_start: world.now,
    current_period_end: nextPeriod(world.now, subscription.recurring_interval, subscription.recurring_interval_count),
  });
  const charge = baseAmount(resumed.prices, resumed.seats);
  bill(world, resumed, "subscription_cycle", [{ label: resumed.product.name, amount: charge, proration: false, start: resumed.current_period_start, end: resumed.current_period_end }], false);
  return resumed;
}

function revoke(
  world: SubscriptionWorld,
  subscription: FixtureCustomerSubscription,
  action: Extract<SubscriptionAction, { kind: "revoke" }>,
  next: (changes: Partial<FixtureCustomerSubscription>) => FixtureCustomerSubscription,
): Outcome {
  if (!canCancel(subscription, true)) return alreadyCanceled();
  if (!stopsCollection(world.organization, subscription)) {
    return polarError(409, "RevokeNotAllowed", "This subscription can only be revoked while it is past-due with no benefit grace period.");
  }
  // Revoking voids the pending order and stops the payment retries.
  for (const order of world.orders.values()) {
    if (order.subscription_id?.toLowerCase() === subscription.id.toLowerCase() && order.status === "pending") {
      world.orders.set(order.id.toLowerCase(), { ...order, status: "void", modified_at: world.stamp(order.modified_at) });
    }
  }
  return next({
    canceled_at: world.now,
    pause_at_period_end: false,
    resumes_at: null,
    ends_at: world.now,
    ended_at: world.now,
    status: "canceled",
    ...(action.reason && { customer_cancellation_reason: action.reason }),
    ...(action.comment && { customer_cancellation_comment: action.comment }),
  });
}

/** Whether revoking stops collecting the failed payment: past due, and no benefit grace period. */
export const stopsCollection = (organization: FixtureMockOrganization, subscription: FixtureCustomerSubscription) =>
  subscription.status === "past_due" && (organization.benefit_revocation_grace_period ?? 0) === 0;

/** The scheduled change, merged into the one already scheduled (Polar's `upsert`: a product and a seat change share one row). */
function pendingUpdate(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, change: { product_id?: string; seats?: number }) {
  const existing = subscription.pending_update;
  return {
    created_at: existing?.created_at ?? world.now,
    modified_at: existing ? world.now : null,
    id: existing?.id ?? createdId(world.serial()),
    applies_at: subscription.current_period_end,
    product_id: change.product_id ?? existing?.product_id ?? null,
    seats: change.seats ?? existing?.seats ?? null,
    units: existing?.units ?? null,
  };
}

/** Where a plan change lands: the product and its prices, the seats (promoted to the minimum when moving onto seats), the cycle. */
export interface PlanTarget {
  product: FixtureProduct;
  prices: FixtureProductPrice[];
  seats: number | null;
  intervalChanged: boolean;
  cycle: { start: string; end: string };
}

/** `validate_product_change` and `_promote_seats_for_seat_transition` (which `next_period` cannot do). */
export function planTarget(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, productId: string): PlanTarget | Response {
  const valid = validateProductChange(world, subscription, productId);
  if (valid instanceof Response) return valid;
  const { product, prices } = valid;
  const behavior = world.organization.proration_behavior;
  const seatPrice = seatPriceOf(prices);
  const toSeats = !seatPriceOf(subscription.prices) && seatPrice?.amount_type === "seat_based";
  if (toSeats && behavior === "next_period") {
    return productIssue(
      "Switching from a non-seat to a seat-based product must apply immediately and can't use the 'next_period' proration behavior.",
      behavior,
      ["body", "proration_behavior"],
    );
  }
  const intervalChanged =
    product.recurring_interval !== subscription.recurring_interval || (product.recurring_interval_count ?? 1) !== subscription.recurring_interval_count;
  return {
    product,
    prices,
    seats: toSeats && seatPrice?.amount_type === "seat_based" ? seatPrice.seat_tiers.minimum_seats : subscription.seats,
    intervalChanged,
    cycle: intervalChanged
      ? { start: world.now, end: nextPeriod(world.now, product.recurring_interval ?? "month", product.recurring_interval_count ?? 1) }
      : { start: subscription.current_period_start, end: subscription.current_period_end },
  };
}

/** `update_product`: a pending update under `next_period`; otherwise the change now, with its prorations (billed now under `invoice` or when the interval changes). */
function changeProduct(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, productId: string): Outcome {
  const target = planTarget(world, subscription, productId);
  if (target instanceof Response) return target;
  const { product, prices, seats, intervalChanged, cycle } = target;
  const behavior = world.organization.proration_behavior;
  const stamp = world.stamp(subscription.modified_at);
  if (behavior === "next_period") {
    return { ...subscription, pending_update: pendingUpdate(world, subscription, { product_id: product.id }), modified_at: stamp };
  }
  const changed: FixtureCustomerSubscription = {
    ...subscription,
    product,
    product_id: product.id,
    prices,
    seats,
    amount: baseAmount(prices, seats),
    recurring_interval: product.recurring_interval ?? subscription.recurring_interval,
    recurring_interval_count: product.recurring_interval_count ?? subscription.recurring_interval_count,
    current_period_start: cycle.start,
    current_period_end: cycle.end,
    pending_update: null,
    modified_at: stamp,
  };
  if (subscription.status === "trialing") return changeDuringTrial(world, subscription, changed, product);
  const entries = planProrations(subscription, product, prices, seats, cycle, world.now);
  return settle(world, changed, entries, (behavior === "invoice" || intervalChanged) && entries.length > 0);
}

/** While trialing there is no proration: the trial goes on under the new product's trial, or ends now and the first period is billed. */
function changeDuringTrial(world: SubscriptionWorld, before: FixtureCustomerSubscription, changed: FixtureCustomerSubscription, product: FixtureProduct): Outcome {
  const trialEnd =
    product.trial_interval && product.trial_interval_count && before.trial_start
      ? nextPeriod(before.trial_start, product.trial_interval, product.trial_interval_count)
      : null;
  if (trialEnd !== null && Date.parse(trialEnd) > Date.parse(world.now)) {
    return { ...changed, current_period_start: before.current_period_start, trial_end: trialEnd, current_period_end: trialEnd };
  }
  const started: FixtureCustomerSubscription = {
    ...changed,
    status: "active",
    trial_end: world.now,
    current_period_start: world.now,
    current_period_end: nextPeriod(world.now, changed.recurring_interval, changed.recurring_interval_count),
  };
  bill(world, started, "subscription_cycle", [{ label: product.name, amount: started.amount, proration: false, start: started.current_period_start, end: started.current_period_end }], false);
  return started;
}

/** `update_seats`: the current count cancels a pending seat change; otherwise as a plan change. */
function changeSeats(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, seats: number): Outcome {
  const invalid = validateSeatsChange(world, subscription, seats);
  if (invalid) return invalid;
  const oldSeats = subscription.seats ?? 1;
  const pending = subscription.pending_update;
  const stamp = world.stamp(subscription.modified_at);
  if (oldSeats === seats) {
    if (!pending || pending.seats === null) return subscription;
    return { ...subscription, pending_update: pending.product_id === null ? null : { ...pending, seats: null }, modified_at: stamp };
  }
  const behavior = world.organization.proration_behavior;
  if (behavior === "next_period") return { ...subscription, pending_update: pendingUpdate(world, subscription, { seats }), modified_at: stamp };
  const changed: FixtureCustomerSubscription = {
    ...subscription,
    seats,
    amount: baseAmount(subscription.prices, seats),
    // A scheduled product change stays; its own seat count would undo this one.
    pending_update: pending?.product_id ? { ...pending, seats: null } : null,
    modified_at: stamp,
  };
  if (subscription.status === "trialing") return changed;
  const entries = seatProrations(subscription, oldSeats, seats, world.now);
  return settle(world, changed, entries, behavior === "invoice" && entries.length > 0);
}

/** The prorations wait for the next invoice, or are billed now: then the card decides, and a refusal changes nothing. */
function settle(world: SubscriptionWorld, changed: FixtureCustomerSubscription, entries: MockProration[], billsNow: boolean): Outcome {
  const key = changed.id.toLowerCase();
  const waiting = [...(world.prorations.get(key) ?? []), ...entries];
  if (!billsNow) {
    world.prorations.set(key, waiting);
    return changed;
  }
  const refused = bill(
    world,
    changed,
    "subscription_update",
    waiting.map((entry) => ({ label: entry.label, amount: entry.amount, proration: true, start: entry.start, end: entry.end })),
    true,
  );
  if (refused) return refused;
  world.prorations.set(key, []);
  return changed;
}

/**
 * Creates the order for the customer. `sync`: paid now with the card the subscription names or
 * the customer's default (Polar's `PaymentMode.sync`), else 402 and no order; otherwise billed in
 * the background: paid, or pending when the chosen outcome is not a success.
 */
function bill(
  world: SubscriptionWorld,
  subscription: FixtureCustomerSubscription,
  reason: "subscription_update" | "subscription_cycle",
  items: { label: string; amount: number; proration: boolean; start: string | null; end: string | null }[],
  sync: boolean,
): Response | undefined {
  const number = world.serial();
  const id = createdId(number);
  const due = items.reduce((sum, item) => sum + item.amount, 0);
  const paidNow = due <= 0 || world.outcome === "succeeded";
  if (sync && due > 0) {
    if (!world.paymentMethods.chargeable(subscription.customer_id, subscription.payment_method_id)) {
      return polarError(402, "PaymentFailed", "Payment failed with reason: missing_payment_method.");
    }
    if (world.outcome === "failed") return polarError(402, "PaymentFailed", "Payment failed with reason: card_error.");
    if (world.outcome === "requires_action") {
      return polarError(402, "PaymentActionRequired", `Order ${id} payment requires customer authentication (e.g. 3DS challenge); off-session charge cannot complete.`);
    }
  }
  const order = changeOrder({ id, now: world.now, number, subscription, embedded: world.embed(subscription), reason, items, paid: paidNow });
  world.orders.set(id, order);
  return undefined;
}
