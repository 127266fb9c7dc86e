// The session's queries, free of React's client side (like order-query.ts): a server component
// or a route loader can prefetch them with a client made by `createPortalClient`.
import { queryOptions } from "@tanstack/react-query";
import type { PortalClient } from "../client/client.js";
import type { PortalError } from "../client/errors.js";
import { getCustomerSessionUser, getPortalOrganization } from "./session.js";
import type { PortalOrganizationData, PortalUser } from "./schema.js";
import { organizationKeys, sessionKeys } from "../query/keys.js";
import { retryDelay, shouldRetry } from "../query/retry.js";

// Neither changes often: a role or a portal setting changed mid-session shows as Polar's 403 on
// the action itself, which the feature handles; these only hide what Polar would refuse.
const SESSION_STALE_TIME = 5 * 60_000;

/** Who the session is: its key under the portal's root, and how to ask Polar. */
export function customerSessionUserQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">) {
  const queryKey = sessionKeys.user(client.baseUrl);
  return queryOptions<PortalUser, PortalError, PortalUser, typeof queryKey>({
    queryKey,
    queryFn: ({ signal }) => getCustomerSessionUser(client, { signal }),
    staleTime: SESSION_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}

/** The merchant's organization and portal settings by slug: its key and how to ask Polar. */
export function portalOrganizationQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, slug: string) {
  const queryKey = organizationKeys.detail(client.baseUrl, slug);
  return queryOptions<PortalOrganizationData, PortalError, PortalOrganizationData, typeof queryKey>({
    queryKey,
    queryFn: ({ signal }) => getPortalOrganization(client, slug, { signal }),
    enabled: Boolean(slug),
    staleTime: SESSION_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}

/**
 * Whether the session may use billing features (orders, payment methods, billing details):
 * Polar lets a customer always, a member only as `owner` or `billing_manager`
 * (`UnionBillingRead`/`Write`); anyone else gets 403 "Only owners and billing managers can access
 * billing features.".
 */
export function canManageBilling(user: Pick<PortalUser, "type" | "role">): boolean {
  if (user.type === "customer") return true;
  return user.type === "member" && (user.role === "owner" || user.role === "billing_manager");
}
