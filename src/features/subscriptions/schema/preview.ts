// What the kit says about a subscription's next charge and about the cost of a change: Polar's own
// figures when its private preview routes answer, otherwise only what the prices tell for certain.
// Pure functions of Polar's data (and the clock), free of React.
import type { CustomerSubscription, PortalProduct, SubscriptionChargePreview } from "./subscription.js";
import { pricesIn, recurringAmount } from "./prices.js";

/**
 * A charge in Polar's words (`SubscriptionChargePreview`), each figure `null` where it is not
 * known: from Polar every figure is known; from the prices alone the prorations, discount, tax,
 * balance and total are not (and neither is the base of a plan whose amount the customer chose).
 */
export interface ChargePreview {
  /** Lower-case ISO 4217, the subscription's. */
  currency: string;
  base_amount: number | null;
  /** Usage billed so far this period. */
  metered_amount: number | null;
  proration_amount: number | null;
  prorations: { label: string; amount: number }[] | null;
  subtotal_amount: number | null;
  discount_amount: number | null;
  net_amount: number | null;
  tax_amount: number | null;
  total_amount: number | null;
  applied_balance_amount: number | null;
  due_amount: number | null;
  /** Usage to come is billed on top (a metered price): no preview from the prices can include it. */
  metered: boolean;
}

/** What a plan or seat change costs: the next periods' amount, and what Polar bills for the change. */
export interface ChangePreview extends ChargePreview {
  /** What each period bills after the change (static prices); null when a price cannot tell it. */
  recurring_amount: number | null;
  recurring_interval: string;
  recurring_interval_count: number;
  /**
   * What the customer is charged at once for the change: Polar's `due_amount` when it invoices
   * now, 0 when nothing is billed now (a `next_period` change, a proration left for the next
   * invoice, a trial that goes on), null when unknown.
   */
  due_now: number | null;
}

/** Where a preview's figures come from: Polar's route, the prices alone, or nowhere (no charge coming). */
export type PreviewSource = "polar" | "prices" | "none";

type ChargeFields = Pick<
  CustomerSubscription,
  "status" | "resumes_at" | "ended_at" | "cancel_at_period_end" | "ends_at" | "amount" | "currency" | "prices" | "meters" | "pending_update" | "seats" | "discount_id"
>;

/**
 * Whether a charge is coming, as Polar's charge-preview route decides before it answers 404:
 * active or trialing, or paused with a date to resume; and not already ended.
 */
export function hasUpcomingCharge(subscription: Pick<ChargeFields, "status" | "resumes_at" | "ended_at">): boolean {
  const { status } = subscription;
  return (status === "active" || status === "trialing" || (status === "paused" && subscription.resumes_at != null)) && !subscription.ended_at;
}

const isMetered = (subscription: Pick<ChargeFields, "prices">) => subscription.prices.some((price) => price.amount_type === "metered_unit");

/** Polar's preview as the kit shows it. */
export function chargePreviewFromPolar(subscription: Pick<ChargeFields, "currency" | "prices">, preview: SubscriptionChargePreview): ChargePreview {
  return { currency: subscription.currency, ...preview, prorations: [...preview.prorations], metered: isMetered(subscription) };
}

/**
 * The next charge from the subscription alone, as Polar computes its base: nothing when it is set
 * to end; else the static prices after a pending change (its seats, or its product when `products`
 * has it), or Polar's own `amount`. The usage so far is the meters' amounts. Prorations, discount,
 * tax and balance stay unknown (a discount is known to be 0 only when there is none).
 */
export function chargePreviewFromPrices(subscription: ChargeFields, products: readonly PortalProduct[] = []): ChargePreview {
  const pending = subscription.pending_update;
  let base: number | null = subscription.amount;
  if (subscription.cancel_at_period_end || subscription.ends_at) base = 0;
  else if (pending?.product_id) {
    const product = products.find((candidate) => candidate.id === pending.product_id);
    base = product ? recurringAmount(pricesIn(product.prices, subscription.currency), pending.seats ?? subscription.seats).amount : null;
  } else if (pending?.seats != null) base = recurringAmount(subscription.prices, pending.seats).amount;
  return {
    currency: subscription.currency,
    base_amount: base,
    metered_amount: (subscription.meters ?? []).reduce((sum, meter) => sum + meter.amount, 0),
    proration_amount: null,
    prorations: null,
    subtotal_amount: null,
    discount_amount: subscription.discount_id ? null : 0,
    net_amount: null,
    tax_amount: null,
    total_amount: null,
    applied_balance_amount: null,
    due_amount: null,
    metered: isMetered(subscription),
  };
}

/** A change to preview: another product, or another number of seats. */
export type SubscriptionChange = { productId: string } | { seats: number };

type ChangeFields = Pick<
  CustomerSubscription,
  "status" | "trial_start" | "currency" | "prices" | "seats" | "recurring_interval" | "recurring_interval_count" | "discount_id" | "meters"
> & {
  product: Pick<CustomerSubscription["product"], "recurring_interval" | "recurring_interval_count"> & {
    organization: Pick<CustomerSubscription["product"]["organization"], "proration_behavior">;
  };
};

/** `date` plus `count` intervals, as Python's `relativedelta` adds them (a month's end is kept, not overflowed). */
function addInterval(date: Date, interval: string, count: number): Date | null {
  const result = new Date(date.getTime());
  if (interval === "day") result.setUTCDate(result.getUTCDate() + count);
  else if (interval === "week") result.setUTCDate(result.getUTCDate() + 7 * count);
  else if (interval === "month" || interval === "year") {
    const months = interval === "year" ? 12 * count : count;
    const day = result.getUTCDate();
    result.setUTCDate(1);
    result.setUTCMonth(result.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
    result.setUTCDate(Math.min(day, lastDay));
  } else return null;
  return result;
}

/**
 * Whether Polar bills a change at once (so the customer must consent first), from the
 * organization's `proration_behavior` as `update_product` / `update_seats` apply it: `invoice`
 * (and Polar's own `reset`) bills now; `prorate` bills now only for a move to another billing interval (else the proration
 * waits for the next invoice); `next_period` never does. During a trial nothing is prorated: a
 * move to a product whose trial would already be over ends the trial and bills now. Null when it
 * cannot be told (an unknown behaviour, a product not given).
 */
export function changeBillsNow(subscription: ChangeFields, change: SubscriptionChange, product?: PortalProduct, now: number = Date.now()): boolean | null {
  const behavior = subscription.product.organization.proration_behavior;
  if (behavior === "next_period") return false;
  if (behavior !== "invoice" && behavior !== "prorate" && behavior !== "reset") return null;
  // Polar's `is_immediate()`: `invoice`, and `reset` (its own) bill at once.
  const immediate = behavior !== "prorate";
  if ("seats" in change) return subscription.status === "trialing" ? false : immediate;
  if (!product) return null;
  if (subscription.status === "trialing") {
    // Polar's `_resolve_trial_end`: the trial ends now when the new product has no trial, or its
    // trial counted from the subscription's trial start is already over.
    if (!product.trial_interval || !product.trial_interval_count || !subscription.trial_start) return true;
    const end = addInterval(new Date(subscription.trial_start), product.trial_interval, product.trial_interval_count);
    return end === null ? null : end.getTime() <= now;
  }
  if (immediate) return true;
  return (
    product.recurring_interval !== subscription.product.recurring_interval ||
    (product.recurring_interval_count ?? null) !== (subscription.product.recurring_interval_count ?? null)
  );
}

const unknownCharge = (subscription: Pick<ChangeFields, "currency" | "discount_id" | "prices">, metered: boolean): ChargePreview => ({
  currency: subscription.currency,
  base_amount: null,
  metered_amount: null,
  proration_amount: null,
  prorations: null,
  subtotal_amount: null,
  discount_amount: null,
  net_amount: null,
  tax_amount: null,
  total_amount: null,
  applied_balance_amount: null,
  due_amount: null,
  metered,
});

/**
 * A change's preview: the recurring amount after it from the prices (the new product's in the
 * subscription's currency, or the seat tiers at the new count), and Polar's figures for the change
 * itself when `polar` is given; without them what is due now is known only when nothing is billed now.
 */
export function changePreview(
  subscription: ChangeFields,
  change: SubscriptionChange,
  { product, polar, now = Date.now() }: { product?: PortalProduct; polar?: SubscriptionChargePreview; now?: number } = {},
): ChangePreview {
  const prices = "seats" in change ? subscription.prices : product ? pricesIn(product.prices, subscription.currency) : null;
  const seats = "seats" in change ? change.seats : subscription.seats;
  const recurring = prices ? recurringAmount(prices, seats) : { amount: null, metered: false };
  const billsNow = changeBillsNow(subscription, change, product, now);
  const figures = polar ? { currency: subscription.currency, ...polar, prorations: [...polar.prorations], metered: recurring.metered } : unknownCharge(subscription, recurring.metered);
  const interval = "seats" in change || !product ? subscription.recurring_interval : (product.recurring_interval ?? subscription.recurring_interval);
  const count = "seats" in change || !product ? (subscription.recurring_interval_count ?? 1) : (product.recurring_interval_count ?? 1);
  return {
    ...figures,
    recurring_amount: recurring.amount,
    recurring_interval: interval,
    recurring_interval_count: count,
    due_now: billsNow === false ? 0 : billsNow === true && polar ? polar.due_amount : null,
  };
}
