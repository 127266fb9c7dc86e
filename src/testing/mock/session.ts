// Who is signed in: `GET /v1/customer-portal/customer-session/user` and `…/introspect` (Polar's
// `UnionRead`: the customer, or a member with its role). The organization is `organization.ts`.
import { HttpResponse } from "msw";
import { type MockCore, type MockResource } from "./core.js";

const SESSION_PATH = "/v1/customer-portal/customer-session";
/** The mock customer's name and email when none are given. */
export const MOCK_CUSTOMER = { name: "Ada Lovelace", email: "ada@example.com" } as const;

export interface SessionResourceOptions {
  /** The signed-in customer's name and email. */
  customer: { name: string | null; email: string };
}

export function sessionResource(core: MockCore, options: SessionResourceOptions): MockResource {
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
    ],
    controls: {},
  };
}
