import type { ReactNode } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { useFeatureMessages } from "../../../core/i18n/use-messages.js";
import { orderMessages } from "../messages/order.js";

/** The ways forward an order component's error note offers, each shown only when wired and fitting. */
export interface WaysForwardProps {
  /**
   * Shown as "Sign in again" when the session is over (Polar refused the token, or the provider's
   * getter said the customer is signed out): sign the customer in here. A new token string (or
   * `sessionKey`) on the provider reloads what is on screen by itself; when this returns a
   * promise, the kit also asks again once it settles, so a token getter is asked for a new session.
   */
  onSignIn?: () => unknown;
  /**
   * Shown as "Back to your orders" when the order cannot be shown (not found, not this
   * customer's, a malformed id in the link): take the customer to your list of orders.
   */
  onBack?: () => void;
  /** The same way back as a link: the address of your list of orders (your router's). */
  backHref?: string;
}

/** The props `createOrderComponent` adds to every order component's own. */
export const WAYS_FORWARD = { onSignIn: true, onBack: true, backHref: true } as const;

/** Calls the merchant's sign-in, then asks again once a promise it returned settles. */
export function signInThen(onSignIn: () => unknown, retry: () => void): void {
  const answer = onSignIn();
  if (answer && typeof (answer as PromiseLike<unknown>).then === "function") (answer as PromiseLike<unknown>).then(retry, retry);
}

const CANNOT_SHOW: readonly string[] = ["not_found", "forbidden", "validation"];

/** The one way forward that fits the error (an expired session is never also a missing order), if wired. */
function WayForward({ props: { onSignIn, onBack, backHref }, error, retry }: { props: WaysForwardProps; error: PortalError | null; retry: () => void }) {
  const words = useFeatureMessages(orderMessages);
  const kind = error?.kind ?? "";
  if (kind === "unauthorized" && onSignIn)
    return (
      <button type="button" className="pp-button pp-error__sign-in" onClick={() => signInThen(onSignIn, retry)}>
        {words.signInAgain}
      </button>
    );
  if (!CANNOT_SHOW.includes(kind) || (backHref === undefined && !onBack)) return null;
  // A link where the merchant gave an address (it opens in a new tab too), else a button.
  const Tag = backHref === undefined ? "button" : "a";
  return (
    <Tag type={Tag === "button" ? "button" : undefined} className="pp-button pp-error__back" href={backHref} onClick={onBack && (() => onBack())}>
      {words.backToOrders}
    </Tag>
  );
}

/** The shell's `errorActions` for the orders feature: what a failed read of an order or of the list offers. */
export function orderErrorActions(props: WaysForwardProps, error: PortalError | null, retry: () => void): ReactNode {
  return <WayForward props={props} error={error} retry={retry} />;
}
