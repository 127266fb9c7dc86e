import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorView } from "./ErrorView.js";
import type { RootProps } from "./root-props.js";

export interface PortalErrorBoundaryProps {
  children?: ReactNode;
  /** The fallback's root attributes, so it keeps the component's place (and ref) in the layout. */
  root?: RootProps;
  /** When any of these change (a new order, a new id) a caught error is cleared and the children render again. */
  resetKeys?: readonly unknown[];
  /** Told about every caught error, for the merchant's error reporting. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  error: unknown;
  hasError: boolean;
  resetKeys: readonly unknown[] | undefined;
}

function changed(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return false;
  if (!a || !b || a.length !== b.length) return true;
  return a.some((value, index) => !Object.is(value, b[index]));
}

/**
 * Keeps one broken order (a shape nobody foresaw, a bug in a part) inside its own box: the
 * component shows the error view and the rest of the merchant's page keeps working. OrderDetail,
 * OrderItemsTable and BillingAddressForm each wrap their content in one.
 */
export class PortalErrorBoundary extends Component<PortalErrorBoundaryProps, State> {
  override state: State = { error: null, hasError: false, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, hasError: true };
  }

  static getDerivedStateFromProps(props: PortalErrorBoundaryProps, state: State): Partial<State> | null {
    if (!changed(props.resetKeys, state.resetKeys)) return null;
    return { resetKeys: props.resetKeys, error: null, hasError: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return <ErrorView error={this.state.error} root={this.props.root} />;
  }
}
