import { useCallback, useMemo } from "react";
import { isPortalError, type PortalError } from "../../../core/client/errors.js";
import { createPortalComponent, type PortalComponent, type PortalComponentOptions, type Source, type ViewProps } from "../../../core/shell/shell.js";
import { parseSubscription } from "../schema/parse.js";
import { useSubscription, type CustomerSubscription } from "./data.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

/** Either the subscription itself (the merchant's own data layer, a story) or its id (fetched). */
export interface SubscriptionComponentProps {
  /** The subscription to show, as Polar answers it. Wins over `subscriptionId` when both are given. */
  subscription?: CustomerSubscription;
  /** The id of the signed-in customer's subscription, fetched and cached through `useSubscription`. */
  subscriptionId?: string;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

export type SubscriptionViewProps<Own> = ViewProps<Own, CustomerSubscription>;

// A prop skips the client's parse: checked once per object, so a stale or hand-made one shows a
// neutral error rather than "$NaN".
const checked = new WeakMap<object, { subscription: CustomerSubscription } | { error: PortalError }>();

function checkProp(value: CustomerSubscription): { subscription: CustomerSubscription } | { error: PortalError } {
  let result = checked.get(value);
  if (!result) {
    try {
      result = { subscription: parseSubscription(value) };
    } catch (error) {
      if (!isPortalError(error)) throw error;
      result = { error };
    }
    checked.set(value, result);
  }
  return result;
}

/** Resolves `subscription` / `subscriptionId` into the shape the shell switches on. */
export function useSubscriptionSource({ subscription, subscriptionId }: SubscriptionComponentProps): Source<CustomerSubscription> {
  const query = useSubscription(subscription ? undefined : subscriptionId);
  const { refetch: queryRefetch } = query;
  const refetch = useCallback(() => {
    if (!subscription) void queryRefetch();
  }, [subscription, queryRefetch]);
  return useMemo<Source<CustomerSubscription>>(() => {
    if (subscription) {
      const result = typeof subscription === "object" && subscription !== null ? checkProp(subscription) : { error: null };
      if (!("subscription" in result)) return { data: undefined, status: "error", error: result.error, fetching: false, refetch };
      return { data: result.subscription, status: "ready", error: null, fetching: false, refetch };
    }
    if (!subscriptionId) {
      const missing = process.env.NODE_ENV !== "production" ? "a `subscription` or a `subscriptionId`" : undefined;
      return { data: undefined, status: "error", error: null, fetching: false, refetch, missing };
    }
    if (query.data) return { data: query.data, status: "ready", error: query.error, fetching: query.isFetching, refetch };
    if (query.error) return { data: undefined, status: "error", error: query.error, fetching: query.isFetching, refetch };
    return { data: undefined, status: "loading", error: null, fetching: true, refetch };
  }, [subscription, subscriptionId, query.data, query.error, query.isFetching, refetch]);
}

/** A public component that shows one subscription, from its `subscription` or `subscriptionId` prop. */
export function createSubscriptionComponent<Own extends SubscriptionComponentProps>(
  options: Omit<PortalComponentOptions<Own, CustomerSubscription>, "useSource" | "given" | "resetKeys">,
): PortalComponent<Own> {
  return createPortalComponent<Own, CustomerSubscription>({
    useSource: useSubscriptionSource,
    given: (props) => props.subscription,
    resetKeys: (props) => [props.subscription, props.subscriptionId],
    ...options,
  });
}
