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
import { cx } from "./class-names.js";
import { PortalErrorBoundary } from "./ErrorBoundary.js";
import { ErrorView } from "./ErrorView.js";
import { LoadingSkeleton } from "./LoadingSkeleton.js";
import type { RootAttributes, RootProps } from "./root-props.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

/** Where a view's data comes from, and how far it got: what the shell switches on. */
export interface Source<Data> {
  /** Shown whenever present, even while a refetch is in flight or has failed. */
  data: Data | undefined;
  status: "loading" | "error" | "ready";
  error: PortalError | null;
  /** True while a request for the data is in flight (a refetch). */
  fetching: boolean;
  refetch: () => void;
  /**
   * What the developer left out, when that is why there is nothing to show (`an \`order\` or an
   * \`orderId\``): said once in development; the customer sees a neutral error.
   */
  missing?: string;
}

export interface ViewProps<Own, Data> {
  /** The component's own props. */
  props: Own;
  /** The data to show: loaded, given, or the answer of a save made here. */
  data: Data;
  /** True while a request for the data is in flight (a refetch). */
  fetching: boolean;
  /** Spread on the view's root element (first, so the view's own data attributes win). */
  root: RootProps;
  /**
   * Tells the shell about data saved here: a prop does not change by itself when the customer
   * saves, so the answer is shown until the prop moves on.
   */
  onSaved(data: Data): void;
}

/**
 * Every prop of the component's own, each named once: the rest go to the root element. A record
 * rather than a list so that the compiler refuses one left out (it would reach the DOM).
 */
export type OwnProps<Own> = { readonly [Key in keyof Required<Own>]: true };

export interface PortalComponentOptions<Own extends { className?: string }, Data> {
  displayName: string;
  /** The root element's class, such as `pp-order-detail` (every root also gets `pp-root`). */
  className: string;
  /** How many placeholder bars the skeleton draws, roughly the view's height. */
  skeletonLines: number;
  ownProps: OwnProps<Own>;
  /** The data and its state; a hook, called on every render inside the provider. */
  useSource(props: Own): Source<Data>;
  View: ComponentType<ViewProps<Own, Data>>;
  /** The data when the merchant gave it as a prop, over which a save made here is shown. */
  given?(props: Own): unknown;
  /** Props whose change clears a caught error. */
  resetKeys?(props: Own): unknown[];
  /**
   * What the error view offers beyond "Try again" for a failed read (`error` is null when a prop
   * was missing): a way forward the component's props wire, such as signing in again. `retry`
   * asks for the data again.
   */
  errorActions?(props: Own, error: PortalError | null, retry: () => void): ReactNode;
}

export type PortalComponent<Own> = ForwardRefExoticComponent<PropsWithoutRef<Own & RootAttributes<Own>> & RefAttributes<HTMLElement>>;

/**
 * Makes a public component with the sequence every one of them shares: an error boundary (a
 * broken answer stays inside its own box), the data from the component's source, then a skeleton,
 * an error view or the view itself, all on one root element that carries the merchant's
 * attributes and ref. Misuse (no provider, a missing prop) is explained to the developer and shown
 * to the customer as a neutral error, never thrown out of the page.
 */
export function createPortalComponent<Own extends { className?: string }, Data>(options: PortalComponentOptions<Own, Data>): PortalComponent<Own> {
  const Component = forwardRef<HTMLElement, Own & RootAttributes<Own>>(function PortalComponent(all, ref) {
    const [own, rest] = splitProps(all, options.ownProps);
    const root = useRoot(cx("pp-root", options.className, own.className), rest, ref);
    return (
      <PortalErrorBoundary root={root} resetKeys={options.resetKeys?.(own)}>
        <Gate own={own} root={root} options={options} />
      </PortalErrorBoundary>
    );
  });
  Component.displayName = options.displayName;
  return Component;
}

/** A component's props parted into its own and the rest, which go to its root element. */
export function splitProps<Own>(all: object, ownProps: OwnProps<Own>): [Own, object] {
  const own = {} as Own;
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (Object.hasOwn(ownProps, key)) own[key as keyof Own] = value as Own[keyof Own];
    else rest[key] = value;
  }
  return [own, rest];
}

/**
 * A root element's props: its class names (a component's: `pp-root`, which the base stylesheet
 * resets and whose buttons it styles, its own class, the merchant's), the merchant's attributes
 * and ref, and the language and direction of the words shown unless the merchant sets them.
 */
export function useRoot(className: string, rest: object, ref: RootProps["ref"]): RootProps {
  const context = useContext(PortalContext);
  return { lang: context?.lang, dir: context?.dir, ...rest, className, ref };
}

/** Explains a component used outside a provider, and shows a neutral error; null inside one. */
export function useMissingProvider(displayName: string, root: RootProps) {
  if (useContext(PortalContext)) return null;
  if (process.env.NODE_ENV !== "production") devWarn(`<${displayName}> must be rendered inside <PortalProvider>.`);
  return <ErrorView error={null} root={root} />;
}

interface GateProps<Own extends { className?: string }, Data> {
  own: Own;
  root: RootProps;
  options: PortalComponentOptions<Own, Data>;
}

function Gate<Own extends { className?: string }, Data>(props: GateProps<Own, Data>) {
  return useMissingProvider(props.options.displayName, props.root) ?? <Shell {...props} />;
}

function Shell<Own extends { className?: string }, Data>({ own, root, options }: GateProps<Own, Data>) {
  const source = options.useSource(own);
  // Data given as a prop does not change when the customer saves: show the answer until it does.
  const given = options.given?.(own);
  const [saved, setSaved] = useState<{ from: unknown; to: Data } | null>(null);

  if (process.env.NODE_ENV !== "production" && source.missing) devWarn(`<${options.displayName}> needs ${source.missing}.`);
  if (source.status === "loading") return <LoadingSkeleton lines={options.skeletonLines} root={root} />;
  if (!source.data)
    return (
      <ErrorView error={source.error} onRetry={source.refetch} root={root}>
        {options.errorActions?.(own, source.error, source.refetch)}
      </ErrorView>
    );

  const data = given && saved?.from === given ? saved.to : source.data;
  const onSaved = (next: Data) => {
    if (given) setSaved({ from: given, to: next });
  };
  return <options.View props={own} data={data} fetching={source.fetching} root={root} onSaved={onSaved} />;
}
