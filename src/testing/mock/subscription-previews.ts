// Polar's private previews (`subscription/service.py`: `calculate_charge_preview`,
// `calculate_cancel_preview`, `calculate_change_preview`), computed from the prices: the mock has
// no tax engine and no discounts, so tax and discount are 0 and `total` is the net amount.
import { HttpResponse } from "msw";
import { notFound } from "./core.js";
import { baseAmount, nextPeriod, planProrations, pricesIn, seatProrations, type MockProration } from "./subscription-billing.js";
import type { SubscriptionAction } from "./subscription-body.js";
import { gate, planTarget, stopsCollection, validateSeatsChange, type SubscriptionWorld } from "./subscription-update.js";
import type { FixtureCustomerSubscription } from "../types.js";

/** A `SubscriptionChargePreview` from its parts. */
function preview(parts: { base: number; metered: number; prorations: MockProration[]; extra?: number }) {
  const prorationAmount = parts.prorations.reduce((sum, entry) => sum + entry.amount, 0);
  const subtotal = parts.base + parts.metered + prorationAmount + (parts.extra ?? 0);
  return {
    base_amount: parts.base,
    metered_amount: parts.metered,
    proration_amount: prorationAmount,
    prorations: parts.prorations.map(({ label, amount }) => ({ label, amount })),
    subtotal_amount: subtotal,
    discount_amount: 0,
    net_amount: subtotal,
    tax_amount: 0,
    total_amount: subtotal,
    applied_balance_amount: 0,
    due_amount: Math.max(0, subtotal),
  };
}

/** `GET /{id}/charge-preview`: the next invoice, with a scheduled change applied; 404 when no charge is coming. */
export function chargePreview(world: SubscriptionWorld, subscription: FixtureCustomerSubscription): Response {
  const resumable = subscription.status === "paused" && subscription.resumes_at !== null;
  if (!["active", "trialing"].includes(subscription.status) && !resumable) return notFound();
  if ((subscription.cancel_at_period_end || subscription.ends_at) && subscription.ended_at) return notFound();
  let prices = subscription.prices;
  let seats = subscription.seats;
  const pending = subscription.pending_update;
  if (pending?.product_id) {
    const product = world.catalog.get(pending.product_id);
    const next = product ? pricesIn(product, subscription.currency) : [];
    // Polar skips a scheduled product that has no price in the subscription's currency.
    if (next.length > 0) prices = next;
  }
  if (pending?.seats != null) seats = pending.seats;
  const base = subscription.cancel_at_period_end || subscription.ends_at ? 0 : baseAmount(prices, seats);
  const metered = subscription.meters.reduce((sum, meter) => sum + meter.amount, 0);
  return HttpResponse.json(preview({ base, metered, prorations: world.prorations.get(subscription.id.toLowerCase()) ?? [] }));
}

/** `GET /{id}/cancel-preview`: whether cancelling now also drops the failed payment, and how much is outstanding. */
export function cancelPreview(world: SubscriptionWorld, subscription: FixtureCustomerSubscription): Response {
  const stops = stopsCollection(world.organization, subscription);
  const pending = world.orders
    .values()
    .filter((order) => order.subscription_id?.toLowerCase() === subscription.id.toLowerCase() && order.status === "pending");
  const outstanding = stops && pending.length > 0 ? pending.reduce((sum, order) => sum + order.due_amount, 0) : null;
  return HttpResponse.json({ stops_collection: stops, outstanding_amount: outstanding });
}

/**
 * `POST /{id}/change-preview`: what the change would put on an invoice, with the same refusals as
 * the change itself. Under `next_period` nothing new is prorated; while trialing nothing is,
 * except a product whose trial is over bills its first period.
 */
export function changePreview(world: SubscriptionWorld, subscription: FixtureCustomerSubscription, change: Extract<SubscriptionAction, { kind: "product" | "seats" }>): Response {
  const refused = gate(world, change.kind);
  if (refused) return refused;
  const behavior = world.organization.proration_behavior;
  const waiting = world.prorations.get(subscription.id.toLowerCase()) ?? [];
  let entries: MockProration[] = [];
  if (change.kind === "product") {
    const target = planTarget(world, subscription, change.productId);
    if (target instanceof Response) return target;
    const { product, prices, seats, cycle } = target;
    if (subscription.status === "trialing" && behavior !== "next_period") {
      const trialEnd =
        product.trial_interval && product.trial_interval_count && subscription.trial_start
          ? nextPeriod(subscription.trial_start, product.trial_interval, product.trial_interval_count)
          : null;
      const endsTrial = trialEnd === null || Date.parse(trialEnd) <= Date.parse(world.now);
      return HttpResponse.json(preview({ base: 0, metered: 0, prorations: [], extra: endsTrial ? baseAmount(prices, seats) : 0 }));
    }
    if (behavior !== "next_period") entries = planProrations(subscription, product, prices, seats, cycle, world.now);
  } else {
    const invalid = validateSeatsChange(world, subscription, change.seats);
    if (invalid) return invalid;
    if (subscription.status === "trialing" && behavior !== "next_period") return HttpResponse.json(preview({ base: 0, metered: 0, prorations: [] }));
    if (behavior !== "next_period") entries = seatProrations(subscription, subscription.seats ?? 1, change.seats, world.now);
  }
  return HttpResponse.json(preview({ base: 0, metered: 0, prorations: [...waiting, ...entries] }));
}
