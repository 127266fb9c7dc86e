// The session's own endpoints, as functions over the client's request core (like documents.ts):
// a feature that does not ask who the customer is ships none of this. React-free; the hooks in
// query/use-session.ts build on these.
import { parseAnswer } from "../schema/parse.js";
import { PortalOrganizationDataSchema, PortalUserSchema, type PortalOrganizationData, type PortalUser } from "./schema.js";
import type { PortalClient, RequestOptions } from "../client/client.js";

export const CUSTOMER_SESSION_USER_PATH = "/v1/customer-portal/customer-session/user";
export const organizationPath = (slug: string) => `/v1/customer-portal/organizations/${encodeURIComponent(slug)}`;

/**
 * Who the session is (`GET …/customer-session/user`): a customer, or a member of a team customer
 * with its role. A customer session of a team customer (no email) is refused with `validation` 422.
 */
export async function getCustomerSessionUser(client: Pick<PortalClient, "request">, { signal }: RequestOptions = {}): Promise<PortalUser> {
  const { status, body } = await client.request({ method: "GET", path: CUSTOMER_SESSION_USER_PATH, signal });
  return parseAnswer(PortalUserSchema, body, status, "customer_session");
}

/**
 * The merchant's organization by its slug (`GET …/organizations/{slug}`): its customer-portal
 * settings (plan change, seats, pause, email change), proration behaviour and public products.
 * `not_found` when no organization has that slug.
 */
export async function getPortalOrganization(
  client: Pick<PortalClient, "request">,
  slug: string,
  { signal }: RequestOptions = {},
): Promise<PortalOrganizationData> {
  const { status, body } = await client.request({ method: "GET", path: organizationPath(slug), signal });
  return parseAnswer(PortalOrganizationDataSchema, body, status, "organization");
}
