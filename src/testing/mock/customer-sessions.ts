// `POST /v1/customer-sessions/`: what a shop's server calls, with its organization token, to mint
// the customer session its portal then uses. Not a customer-portal route: nothing of the core's
// log, latency, failures or holds applies to it.
import { HttpResponse } from "msw";
import { FIXTURE_ORGANIZATION_ID } from "../fixtures.js";
import { bearerOf, invalidToken, unauthorized, type MockCore, type MockResource } from "./core.js";
import { isRecord, validationError } from "./pydantic.js";

/** The organization token the default mock's `POST /v1/customer-sessions/` accepts. */
export const POLAR_TEST_ORGANIZATION_TOKEN = "polar_oat_test";
/** The fixture customer's id in the shop (`external_customer_id` of `POST /v1/customer-sessions/`). */
export const MOCK_EXTERNAL_CUSTOMER_ID = "shop-user-1";

export function customerSessionsResource(core: MockCore, organizationToken: string): MockResource {
  return {
    routes: [
      {
        method: "post",
        path: "/v1/customer-sessions/",
        access: "direct",
        answer({ request, body }) {
          const bearer = bearerOf(request.headers.get("Authorization"));
          if (!bearer) return unauthorized();
          if (bearer !== organizationToken) return invalidToken();
          const id = isRecord(body) ? body.customer_id : undefined;
          const external = isRecord(body) ? body.external_customer_id : undefined;
          if (typeof id !== "string" && typeof external !== "string") {
            return validationError([{ type: "missing", loc: ["body", "customer_id"], msg: "Field required", input: body ?? null }]);
          }
          if (id !== core.customerId && external !== MOCK_EXTERNAL_CUSTOMER_ID) {
            const loc = typeof id === "string" ? "customer_id" : "external_customer_id";
            return validationError([{ type: "value_error", loc: ["body", loc], msg: "Customer does not exist.", input: id ?? external }]);
          }
          return HttpResponse.json(mintedSession(core), { status: 201 });
        },
      },
    ],
    controls: {},
  };
}

function mintedSession(core: MockCore) {
  const created = core.now();
  const { token, customerId } = core;
  return {
    id: "5e55a0b1-7c2d-4e3f-9a4b-5c6d7e8f9a0b",
    created_at: created,
    modified_at: null,
    token,
    expires_at: new Date(Date.parse(created) + 3600_000).toISOString(),
    return_url: null,
    customer_portal_url: `https://polar.sh/mock/portal?customer_session_token=${token}`,
    customer_id: customerId,
    customer: {
      id: customerId,
      created_at: "2026-01-05T10:00:00Z",
      modified_at: null,
      metadata: {},
      external_id: MOCK_EXTERNAL_CUSTOMER_ID,
      email: "ada@example.com",
      email_verified: true,
      name: "Ada Lovelace",
      billing_address: null,
      tax_id: null,
      organization_id: FIXTURE_ORGANIZATION_ID,
      deleted_at: null,
      avatar_url: null,
    },
  };
}
