import { useContext, useMemo, type ReactNode } from "react";
import { isPortalError, type PortalError } from "../client/errors.js";
import { formatDate } from "../format/date.js";
import { readErrorMessageKey } from "../i18n/messages.js";
import { PortalContext } from "../provider/context.js";
import { longWait } from "../query/retry.js";
import { cx } from "./class-names.js";
import type { RootProps } from "./root-props.js";
import { useSafeMessages } from "./use-safe-messages.js";

export interface ErrorViewProps {
  /** A PortalError (from the hooks) or anything thrown while rendering. */
  error: unknown;
  /**
   * Called by the "Try again" button. The button only appears when this is given and the error
   * is one that asking again can fix (`PortalError.retryable`: network, server, a short rate
   * limit; a long one says when the kit asks again by itself); an expired session, a missing order or a refused update will not change by retrying.
   */
  onRetry?: () => void;
  /** The component's root attributes (class names, ref, the merchant's id, data-* ...). */
  root?: RootProps;
  /**
   * A way forward the retry cannot give, shown after it: a feature's "Sign in again" or "Back to
   * your orders", wired by the merchant (a component's `errorActions`).
   */
  children?: ReactNode;
}

/**
 * A readable message for a failure to load an order (or anything thrown while rendering one),
 * announced with `role="alert"`. The wording comes from the messages (`errorUnauthorized`,
 * `errorNotFound`, ...), never from the error itself: server details are not written for
 * customers.
 */
export function ErrorView({ error, onRetry, root, children }: ErrorViewProps) {
  const messages = useSafeMessages();
  const context = useContext(PortalContext);
  // When a long rate limit ends, fixed as this error first shows: re-renders must not move it.
  const retryAt = useMemo(() => {
    const wait = longWait(error);
    return wait && new Date(Date.now() + wait).toISOString();
  }, [error]);
  const kind = isPortalError(error) ? error.kind : "unknown";
  const text = retryAt
    ? messages.errorRateLimitedUntil(formatDate(retryAt, context?.locale, { timeZone: context?.timeZone, timeStyle: "short" }))
    : kind === "unknown"
      ? messages.errorTitle
      : // This view only shows a read's failure (the form words a refused update itself), worded
        // for what was read: an order, or the resource the error names.
        messages[readErrorMessageKey(kind, (error as PortalError).resource)];
  // Not before the time a rate limit named: the client would ask Polar nothing (it retries then by itself).
  const canRetry = onRetry && isPortalError(error) && error.retryable && !retryAt;
  return (
    <div {...root} className={cx("pp-error", root?.className)} role="alert" data-state="error" data-error-kind={kind}>
      <p className="pp-error__message">{text}</p>
      {canRetry && (
        <button type="button" className="pp-button pp-error__retry" onClick={onRetry}>
          {messages.retry}
        </button>
      )}
      {children}
    </div>
  );
}
