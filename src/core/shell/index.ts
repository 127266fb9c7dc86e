// Parts shared by the public components. Internal to the kit: merchants get the components.
export { cx } from "./class-names.js";
export { LoadingSkeleton, type LoadingSkeletonProps } from "./LoadingSkeleton.js";
export { ErrorView, type ErrorViewProps } from "./ErrorView.js";
export { PortalErrorBoundary, type PortalErrorBoundaryProps } from "./ErrorBoundary.js";
export { useOrderSource, type OrderSource, type OrderSourceProps, type OrderLoadState } from "../../features/orders/components/use-order-source.js";
export { useSafeMessages } from "./use-safe-messages.js";
export { Period, type PeriodProps } from "../parts/Period.js";
export { createOrderComponent, type OrderComponent, type OrderComponentOptions, type OrderComponentProps, type OrderViewProps } from "./order-shell.js";
export type { RootAttributes, RootProps } from "./root-props.js";
