// What the subscriptions' components take from the feature's data layer, in one place: the
// views import names, not the layout of schema/, api/ and query/.
export type { CancellationReason, CustomerSubscription, PortalProduct, SubscriptionChargePreview, SubscriptionPrice } from "../schema/subscription.js";
export { CANCELLATION_REASONS } from "../schema/subscription.js";
export { subscriptionFlags, subscriptionPhase, type SubscriptionPhase } from "../schema/status.js";
export { recurringAmount, pricesIn, seatAmount, seatBounds, seatPriceOf } from "../schema/prices.js";
export type { SubscriptionUpdate } from "../schema/update.js";
export type { PlanChangeRefusalReason } from "../schema/eligibility.js";
export { subscriptionRefusal, type SubscriptionRefusal } from "../api/refusal.js";
export { normalizeListSubscriptionsParams, type ListSubscriptionsParams, type SubscriptionsPage } from "../api/list.js";
export type { SubscriptionChange } from "../api/previews.js";
export { useSubscription, useSubscriptions, usePrefetchSubscriptions } from "../query/use-subscriptions.js";
export { useUpdateSubscription } from "../query/use-update-subscription.js";
export { useSubscriptionChargePreview, useSubscriptionChangePreview, type ChangePreviewResult } from "../query/use-previews.js";
export { usePlanOptions } from "../query/use-plan-options.js";
