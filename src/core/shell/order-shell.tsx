import {
  forwardRef,
  useContext,
  useState,
  type ComponentType,
  type ForwardRefExoticComponent,
  type PropsWithoutRef,
  type ReactNode,
  type RefAttributes,
} from "react";
import { devWarn } from "../dev.js";
import { PortalContext } from "../provider/context.js";
import type { PortalError } from "../client/errors.js";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import { cx } from "./class-names.js";
import { PortalErrorBoundary } from "./ErrorBoundary.js";
import { ErrorView } from "./ErrorView.js";
import { LoadingSkeleton } from "./LoadingSkeleton.js";
import type { RootAttributes, RootProps } from "./root-props.js";
import { useOrderSource, type OrderSourceProps } from "../../features/orders/components/use-order-source.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

/** The props every order component's own props extend. */
export interface OrderComponentProps extends OrderSourceProps {
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

export interface OrderViewProps<Own, Data = CustomerOrder> {
  /** The component's own props. */
  props: Own;
  /**
   * The order to show: fetched, given, or the answer of a save made here. (A component with its
   * own `load`, such as the list, gets that source's data here.)
   */
  order: Data;
  /** True while a request for the order is in flight (a refetch). */
  fetching: boolean;
  /** Spread on the view's root element (first, so the view's own data attributes win). */
  root: RootProps;
  /**
   * Tells the shell about an order saved here: an `order` prop does not change by itself when the
   * customer saves, so the answer is shown until the prop moves on.
   */
  onSaved(order: Data): void;
}

/** Where a view's data comes from, and how far it got: what the shell switches on. */
export interface ShellSource<Data> {
  /** Shown whenever present, even while a refetch is in flight or has failed. */
  order: Data | undefined;
  status: "loading" | "error" | "ready";
  error: PortalError | null;
  fetching: boolean;
  refetch: () => void;
}

export interface OrderComponentOptions<Own extends OrderComponentProps, Data = CustomerOrder> {
  displayName: string;
  /** The root element's class, such as `pp-order-detail`. */
  className: string;
  /** How many placeholder bars the skeleton draws, roughly the view's height. */
  skeletonLines: number;
  /** The names of the component's own props; every other prop goes to the root element. */
  ownProps: readonly (keyof Own)[];
  View: ComponentType<OrderViewProps<Own, Data>>;
  /**
   * The data and its state, for a component that shows something else than one order (the
   * list): called as a hook on every render. By default the order of `order` or `orderId`.
   */
  load?(props: Own): ShellSource<Data>;
  /** A view that needs no order (a table of given items), or null to load one. */
  standalone?(props: Own, root: RootProps): ReactNode;
  /** More props whose change clears a caught error (as `order` and `orderId` do). */
  resetKeys?(props: Own): unknown[];
}

export type OrderComponent<Own> = ForwardRefExoticComponent<PropsWithoutRef<Own & RootAttributes<Own>> & RefAttributes<HTMLElement>>;

/**
 * Makes a public component that shows an order, with the sequence every one of them shares: an
 * error boundary (a broken order stays inside its own box), the order from `order` or `orderId`,
 * then a skeleton, an error view or the view itself, all on one root element that carries the
 * merchant's attributes and ref. Misuse (no provider, neither `order` nor `orderId`) is explained
 * to the developer and shown to the customer as a neutral error, never thrown out of the page.
 */
export function createOrderComponent<Own extends OrderComponentProps, Data = CustomerOrder>(options: OrderComponentOptions<Own, Data>): OrderComponent<Own> {
  const Component = forwardRef<HTMLElement, Own & RootAttributes<Own>>(function OrderComponent(all, ref) {
    const own = {} as Own;
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(all)) {
      if ((options.ownProps as readonly string[]).includes(key)) own[key as keyof Own] = value as Own[keyof Own];
      else rest[key] = value;
    }
    // The language and direction of the words shown, unless the merchant sets them.
    const context = useContext(PortalContext);
    const root: RootProps = { lang: context?.lang, dir: context?.dir, ...rest, className: cx(options.className, own.className), ref };
    return (
      <PortalErrorBoundary root={root} resetKeys={[own.order, own.orderId, ...(options.resetKeys?.(own) ?? [])]}>
        <Gate own={own} root={root} options={options} />
      </PortalErrorBoundary>
    );
  });
  Component.displayName = options.displayName;
  return Component;
}

interface ShellProps<Own extends OrderComponentProps, Data> {
  own: Own;
  root: RootProps;
  options: OrderComponentOptions<Own, Data>;
}

function Gate<Own extends OrderComponentProps, Data>(props: ShellProps<Own, Data>) {
  if (useContext(PortalContext)) return <Shell {...props} />;
  if (process.env.NODE_ENV !== "production") devWarn(`<${props.options.displayName}> must be rendered inside <PortalProvider>.`);
  return <ErrorView error={null} root={props.root} />;
}

function Shell<Own extends OrderComponentProps, Data>({ own, root, options }: ShellProps<Own, Data>) {
  const standalone = options.standalone?.(own, root);
  const source = options.load
    ? options.load(own)
    : (useOrderSource({ order: own.order, orderId: standalone ? undefined : own.orderId }) as ShellSource<Data>);
  // An order prop does not change when the customer saves: show the answer until it does.
  const [saved, setSaved] = useState<{ from: CustomerOrder; to: Data } | null>(null);

  if (standalone) return standalone;
  // Neither `order` nor `orderId`: the source is an error without a cause, shown as a neutral error below.
  if (process.env.NODE_ENV !== "production" && !options.load && !own.order && !own.orderId) {
    devWarn(`<${options.displayName}> needs an \`order\` or an \`orderId\`.`);
  }
  if (source.status === "loading") return <LoadingSkeleton lines={options.skeletonLines} root={root} />;
  if (!source.order) return <ErrorView error={source.error} onRetry={source.refetch} root={root} />;

  const order = own.order && saved?.from === own.order ? saved.to : source.order;
  const onSaved = (next: Data) => {
    if (own.order) setSaved({ from: own.order, to: next });
  };
  return <options.View props={own} order={order} fetching={source.fetching} root={root} onSaved={onSaved} />;
}
