// Parts shared by the public components. Internal to the kit: merchants get the components.
export { cx } from "./class-names";
export { LoadingSkeleton, type LoadingSkeletonProps } from "./LoadingSkeleton";
export { ErrorView, type ErrorViewProps } from "./ErrorView";
export { PortalErrorBoundary, type PortalErrorBoundaryProps } from "./ErrorBoundary";
export { useOrderSource, type OrderSource, type OrderSourceProps, type OrderLoadState } from "./use-order-source";
export { useSafeMessages } from "./use-safe-messages";
export { Period, type PeriodProps } from "./Period";
export { createOrderComponent, type OrderComponent, type OrderComponentOptions, type OrderComponentProps, type OrderViewProps } from "./order-shell";
export type { RootAttributes, RootProps } from "./root-props";
