// The subscriptions feature's public face: the data layer (hooks, endpoints, Polar's shapes and
// rules); the components are listed below it. The root entry re-exports it whole.

// Keys
export { subscriptionKeys } from "./query/keys.js";

// Endpoints, as functions over the client's request
export { getSubscription, updateSubscription } from "./api/subscription.js";
export {
  listSubscriptions,
  type ListSubscriptionsParams,
  type NormalizedListSubscriptionsParams,
  type SubscriptionSorting,
  type SubscriptionSortProperty,
  type SubscriptionsPage,
} from "./api/list.js";
export { getChargePreview, previewSubscriptionChange, type SubscriptionChange } from "./api/previews.js";
export { subscriptionRefusal, type SubscriptionRefusal, type SubscriptionRefusalKind } from "./api/refusal.js";

// Polar's rules, as the kit reads them
export { subscriptionFlags, subscriptionPhase, type SubscriptionFlags, type SubscriptionPhase } from "./schema/status.js";
export { planChangeEligibility, type PlanChangeEligibility, type PlanChangeRefusalReason } from "./schema/eligibility.js";
export { seatAmount, seatBounds, recurringAmount, type RecurringAmount } from "./schema/prices.js";

// The subscription as Polar answers it, and the changes the kit sends
export type {
  CancellationReason,
  CustomerSubscription,
  KnownProrationBehavior,
  KnownSubscriptionStatus,
  PendingSubscriptionUpdate,
  PortalProduct,
  SeatTier,
  SeatTiers,
  SubscriptionBenefit,
  SubscriptionChargePreview,
  SubscriptionMeter,
  SubscriptionPrice,
  SubscriptionProduct,
  SubscriptionRecurringInterval,
} from "./schema/subscription.js";
export { CANCELLATION_REASONS, SUBSCRIPTION_STATUSES } from "./schema/subscription.js";
export type { SubscriptionAction, SubscriptionUpdate } from "./schema/update.js";
