import { parseAnswer } from "../../../core/schema/parse.js";
import {
  CustomerSubscriptionSchema,
  PortalProductSchema,
  SubscriptionChargePreviewSchema,
  type CustomerSubscription,
  type PortalProduct,
  type SubscriptionChargePreview,
} from "./subscription.js";

/**
 * Checks a value against the subscription contract: the parsed subscription, or an
 * `invalid_response` PortalError naming the first offending field. Used on Polar's answers and on
 * subscriptions a merchant passes in directly.
 */
export const parseSubscription = (value: unknown, status?: number): CustomerSubscription =>
  parseAnswer(CustomerSubscriptionSchema, value, status, "subscription");

/** Checks an answer of Polar's charge-preview or change-preview route. */
export const parseChargePreview = (value: unknown, status?: number): SubscriptionChargePreview =>
  parseAnswer(SubscriptionChargePreviewSchema, value, status, "subscription");

/** Checks one product of the organization's portal (`GET …/organizations/{slug}`, its `products`). */
export const parsePortalProduct = (value: unknown, status?: number): PortalProduct => parseAnswer(PortalProductSchema, value, status, "organization");
