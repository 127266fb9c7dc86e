import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { PortalError } from "../client/errors.js";
import { usePortalContext } from "../provider/context.js";
import type { PortalOrganizationData, PortalUser } from "./schema.js";
import { canManageBilling, customerSessionUserQueryOptions, portalOrganizationQueryOptions } from "./session-query.js";

/** Who the session is (customer, or member with its role), cached once for every feature. */
export function useCustomerSessionUser(): UseQueryResult<PortalUser, PortalError> {
  const { client } = usePortalContext();
  return useQuery(customerSessionUserQueryOptions(client));
}

export interface BillingAccess {
  /** `true` for a customer or an owner or billing manager; `false` for a plain member; `undefined` until known. */
  canManageBilling: boolean | undefined;
  user: PortalUser | undefined;
  /** Why the session could not be read (then `canManageBilling` stays undefined). */
  error: PortalError | null;
}

/**
 * Whether billing features (orders, payment methods, billing details) should show: a feature
 * hides them for a plain member, whom Polar would refuse. Undefined while the session is read.
 */
export function useBillingAccess(): BillingAccess {
  const { data, error } = useCustomerSessionUser();
  return { canManageBilling: data ? canManageBilling(data) : undefined, user: data, error };
}

/**
 * The merchant's organization by slug: its customer-portal settings (`update_plan`,
 * `update_seats`, `pause`, `allow_email_change`) and proration behaviour, so a feature can hide
 * what Polar will refuse. A setting changed mid-session still reaches the feature as a 403.
 */
export function usePortalOrganization(slug: string | undefined): UseQueryResult<PortalOrganizationData, PortalError> {
  const { client } = usePortalContext();
  return useQuery(portalOrganizationQueryOptions(client, slug ?? ""));
}
