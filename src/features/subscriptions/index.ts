// The subscriptions feature's public face: the data layer (hooks, endpoints, Polar's rules as the
// kit reads them, the types); the components are listed below it. The root entry re-exports it
// whole; the schemas are in `react-polar-portal/schema`.

// Hooks and query options
export { subscriptionKeys } from "./query/keys.js";
export {
  subscriptionQueryOptions,
  subscriptionsQueryOptions,
  type UseSubscriptionOptions,
  type UseSubscriptionsOptions,
} from "./query/subscription-query.js";
export { useSubscription, useSubscriptions, usePrefetchSubscriptions, type UseSubscriptionsResult } from "./query/use-subscriptions.js";
export { useUpdateSubscription, type SubscriptionUpdateContext, type UseUpdateSubscriptionResult } from "./query/use-update-subscription.js";
export { useSubscriptionChangePreview, useSubscriptionChargePreview, type ChangePreviewResult, type PreviewResult } from "./query/use-previews.js";
export { usePlanOptions, type PlanOption, type PlanOptions } from "./query/use-plan-options.js";

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
export { getChargePreview, previewSubscriptionChange } from "./api/previews.js";
export { subscriptionRefusal, type SubscriptionRefusal, type SubscriptionRefusalKind } from "./api/refusal.js";

// Polar's rules, as the kit reads them
export { subscriptionFlags, subscriptionPhase, type SubscriptionFlags, type SubscriptionPhase } from "./schema/status.js";
export { planChangeEligibility, type PlanChangeEligibility, type PlanChangeRefusalReason } from "./schema/eligibility.js";
export { seatAmount, seatBounds } from "./schema/prices.js";
export type { ChangePreview, ChargePreview, PreviewSource, SubscriptionChange } from "./schema/preview.js";

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
  SubscriptionOrganization,
  SubscriptionPrice,
  SubscriptionProduct,
  SubscriptionRecurringInterval,
} from "./schema/subscription.js";
export type { SubscriptionAction, SubscriptionUpdate } from "./schema/update.js";

// Components
export { SubscriptionsList, type SubscriptionsListProps } from "./components/SubscriptionsList/SubscriptionsList.js";
export { SubscriptionDetail, type SubscriptionDetailProps } from "./components/SubscriptionDetail/SubscriptionDetail.js";
export { CancelSubscriptionDialog, type CancelSubscriptionDialogProps } from "./components/CancelSubscriptionDialog/CancelSubscriptionDialog.js";
export { ChangePlanDialog, type ChangePlanDialogProps } from "./components/ChangePlanDialog/ChangePlanDialog.js";
export { SeatsStepper, type SeatsStepperProps } from "./components/SeatsStepper/SeatsStepper.js";
export type { SubscriptionComponentProps } from "./components/subscription-component.js";
