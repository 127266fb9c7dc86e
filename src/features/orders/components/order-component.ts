import { createPortalComponent, type OwnProps, type PortalComponent, type PortalComponentOptions, type ViewProps } from "../../../core/shell/shell.js";
import type { CustomerOrder } from "../schema/order.js";
import { useOrderSource, type OrderSourceProps } from "./use-order-source.js";
import { orderErrorActions, WAYS_FORWARD, type WaysForwardProps } from "./ways-forward.js";

/** The props every component that shows one order extends. */
export interface OrderComponentProps extends OrderSourceProps, WaysForwardProps {
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

/** What an order component's view gets: the shell's view props, with the order as `data`. */
export type OrderViewProps<Own> = ViewProps<Own, CustomerOrder>;

/**
 * The shell's options less what the order decides: its source, the data given as a prop, what
 * clears an error, the error note's ways forward (and their props, which every order component has).
 */
export type OrderComponentOptions<Own extends OrderComponentProps> = Omit<PortalComponentOptions<Own, CustomerOrder>, "useSource" | "given" | "resetKeys" | "errorActions" | "ownProps"> & {
  ownProps: OwnProps<Omit<Own, keyof WaysForwardProps>>;
};

/**
 * A public component that shows one order, from its `order` or `orderId` prop: the core's shell
 * with the order as its source (a caught error clears when either prop changes, and a save made
 * here shows over an `order` prop until the prop moves on), and an error note that offers what
 * the merchant wired (`onSignIn`, `onBack` / `backHref`).
 */
export function createOrderComponent<Own extends OrderComponentProps>(options: OrderComponentOptions<Own>): PortalComponent<Own> {
  return createPortalComponent<Own, CustomerOrder>({
    useSource: useOrderSource,
    given: (props) => props.order,
    resetKeys: (props) => [props.order, props.orderId],
    errorActions: orderErrorActions,
    ...options,
    ownProps: { ...options.ownProps, ...WAYS_FORWARD } as OwnProps<Own>,
  });
}
