// Who is signed in, and the merchant's organization: `GET /v1/customer-portal/customer-session/user`
// and `…/introspect` (Polar's `UnionRead`: the customer, or a member with its role), and
// `GET /v1/customer-portal/organizations/{slug}` (no session needed), with `setOrganization`.
import { HttpResponse } from "msw";
import type { FixtureOrganization, FixtureProduct } from "../types.js";
import { clone, notFound, type MockCore, type MockResource } from "./core.js";

const SESSION_PATH = "/v1/customer-portal/customer-session";
const ORGANIZATIONS_PATH = "/v1/customer-portal/organizations";
/** The mock customer's name and email when none are given. */
export const MOCK_CUSTOMER = { name: "Ada Lovelace", email: "ada@example.com" } as const;

export interface SessionControls {
  /** Replaces the organization's customer-portal settings or proration behaviour (a merchant's change mid-session). */
  setOrganization(organization: FixtureOrganization): void;
}

export interface SessionResourceOptions {
  organization: FixtureOrganization;
  /** The signed-in customer's name and email. */
  customer: { name: string | null; email: string };
  /** The organization's public products. */
  products: readonly FixtureProduct[];
}

export function sessionResource(core: MockCore, options: SessionResourceOptions): MockResource<SessionControls> {
  const initial = clone(options.organization);
  let organization = clone(initial);

  return {
    routes: [
      {
        method: "get",
        path: `${SESSION_PATH}/user`,
        access: "session",
        answer({ session }) {
          return HttpResponse.json({
            type: session?.role !== undefined ? "member" : "customer",
            name: options.customer.name,
            email: options.customer.email,
            customer_id: core.customerId,
            member_id: session?.memberId ?? null,
            role: session?.role ?? null,
          });
        },
      },
      {
        method: "get",
        path: `${SESSION_PATH}/introspect`,
        access: "session",
        answer({ session }) {
          const expiresAt = session && Number.isFinite(session.expiresAt) ? session.expiresAt : core.nowMs() + 3_600_000;
          return HttpResponse.json({ expires_at: new Date(expiresAt).toISOString(), return_url: null });
        },
      },
      {
        method: "get",
        path: `${ORGANIZATIONS_PATH}/:slug`,
        // Any token, or none, is ignored.
        access: "public",
        answer({ params }) {
          if (params.slug !== organization.slug) return notFound();
          return HttpResponse.json({ organization: clone(organization), products: clone(options.products) });
        },
      },
    ],
    reset() {
      organization = clone(initial);
    },
    controls: {
      setOrganization(next) {
        organization = clone(next);
      },
    },
  };
}
