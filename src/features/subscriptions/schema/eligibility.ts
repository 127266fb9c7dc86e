// Which products a subscription may move to, by the rules Polar's server applies before it answers
// 422 on `product_id` (`SubscriptionService.validate_product_change` and the seat and unit
// transitions of `update_product`, `subscription/service.py`), in the order Polar checks them.
import type { CustomerSubscription, PortalProduct } from "./subscription.js";
import { catalogPrices, hasUnitPrice, pricesIn, seatPriceOf } from "./prices.js";

/** Why Polar would refuse a move to a product, each with Polar's own words below. */
export type PlanChangeRefusalReason =
  | "current_product"
  | "not_found"
  | "archived"
  | "not_public"
  | "not_recurring"
  | "legacy_prices"
  | "no_price_for_currency"
  | "custom_price"
  | "seat_to_non_seat"
  | "unit_to_non_unit"
  | "seat_transition_next_period"
  | "unit_transition_next_period";

/**
 * Polar's words for each refusal (the `msg` of its 422). `current_product` is the kit's own: Polar
 * would accept it and change nothing.
 */
export const PLAN_CHANGE_REFUSALS: Readonly<Record<PlanChangeRefusalReason, string>> = {
  current_product: "This is the subscription's current product.",
  not_found: "Product does not exist.",
  archived: "Product is archived.",
  not_public: "Product visibility is not allowed.",
  not_recurring: "Product is not recurring.",
  legacy_prices: "Product has legacy recurring prices.",
  no_price_for_currency: "This product doesn't have a price for the subscription currency.",
  custom_price: "Can't update to a product with custom prices.",
  seat_to_non_seat: "Can't switch from a seat-based to a non-seat-based product.",
  unit_to_non_unit: "Can't switch from a unit-based to a non-unit-based product.",
  seat_transition_next_period:
    "Switching from a non-seat to a seat-based product must apply immediately and can't use the 'next_period' proration behavior.",
  unit_transition_next_period:
    "Switching from a non-unit to a unit-based product must apply immediately and can't use the 'next_period' proration behavior.",
};

/** The refusal whose words Polar sent, if the kit knows them. */
export function planChangeRefusalOf(message: string): PlanChangeRefusalReason | undefined {
  const entry = Object.entries(PLAN_CHANGE_REFUSALS).find(([, words]) => words === message);
  return entry?.[0] as PlanChangeRefusalReason | undefined;
}

export type PlanChangeEligibility = { eligible: true } | { eligible: false; reason: PlanChangeRefusalReason; message: string };

type SubscriptionFields = Pick<CustomerSubscription, "product_id" | "currency" | "prices"> & {
  product: Pick<CustomerSubscription["product"], "organization_id" | "organization">;
};

const refuse = (reason: PlanChangeRefusalReason): PlanChangeEligibility => ({ eligible: false, reason, message: PLAN_CHANGE_REFUSALS[reason] });

/**
 * Whether Polar would let `subscription` move to `product` (same organization, not archived,
 * public, recurring, no legacy or custom price, a price in the subscription's currency, no seat- or
 * unit-based plan left for one without, and under `next_period` no first move to seats or units).
 * Whether the merchant allows plan changes at all (`customer_portal_settings.subscription.update_plan`)
 * and whether the subscription is set to end are apart.
 */
export function planChangeEligibility(subscription: SubscriptionFields, product: PortalProduct): PlanChangeEligibility {
  if (product.id === subscription.product_id) return refuse("current_product");
  if (product.organization_id !== subscription.product.organization_id) return refuse("not_found");
  if (product.is_archived) return refuse("archived");
  if (product.visibility !== undefined && product.visibility !== "public") return refuse("not_public");
  if (!product.is_recurring) return refuse("not_recurring");
  if (catalogPrices(product.prices).some((price) => price.legacy === true || price.type === "recurring")) return refuse("legacy_prices");
  const prices = pricesIn(product.prices, subscription.currency);
  if (prices.length === 0) return refuse("no_price_for_currency");
  if (prices.some((price) => price.amount_type === "custom")) return refuse("custom_price");
  const seatsBefore = seatPriceOf(subscription.prices) !== undefined;
  const seatsAfter = prices.some((price) => price.amount_type === "seat_based");
  if (seatsBefore && !seatsAfter) return refuse("seat_to_non_seat");
  const unitsBefore = hasUnitPrice(subscription.prices);
  const unitsAfter = hasUnitPrice(prices);
  if (unitsBefore && !unitsAfter) return refuse("unit_to_non_unit");
  const nextPeriod = subscription.product.organization.proration_behavior === "next_period";
  if (nextPeriod && !seatsBefore && seatsAfter) return refuse("seat_transition_next_period");
  if (nextPeriod && !unitsBefore && unitsAfter) return refuse("unit_transition_next_period");
  return { eligible: true };
}
