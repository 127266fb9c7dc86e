// `POST /v1/customer-sessions/`: what a shop's server calls, with its organization token, to mint
// the customer session its portal then uses. Not a customer-portal route: nothing of the core's
// log, latency, failures or holds applies to it.
import { HttpResponse } from "msw";
import { FIXTURE_ORGANIZATION_ID } from "../fixtures.js";
import { bearerOf, invalidToken, unauthorized, type MockCore, type MockResource } from "./core.js";
import { isRecord, parseUuid, requestValidationError, serviceValidationError, type ValidationIssue } from "./pydantic.js";

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
          const read = readSessionCreate(body);
          if ("issues" in read) return requestValidationError(read.issues);
          if (read.customerId !== undefined ? read.customerId !== core.customerId.toLowerCase() : read.externalId !== MOCK_EXTERNAL_CUSTOMER_ID) {
            const [loc, input] = read.customerId !== undefined ? ["customer_id", read.customerId] : ["external_customer_id", read.externalId];
            return serviceValidationError([{ type: "value_error", loc: ["body", loc], msg: "Customer does not exist.", input }]);
          }
          return HttpResponse.json(mintedSession(core), { status: 201 });
        },
      },
    ],
    controls: {},
  };
}

/**
 * Pydantic's reading of `CustomerSessionCreate`, a union of two models (`customer_session/schemas.py`):
 * the first that reads wins, and when neither does every arm's issues are answered, each under
 * its model's name. The id is the canonical UUID FastAPI hands to Polar.
 */
function readSessionCreate(body: unknown): { customerId?: string; externalId?: string } | { issues: ValidationIssue[] } {
  if (body === undefined) return { issues: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] };
  if (typeof body === "string") return { issues: [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }] };
  const arms = ["CustomerSessionCustomerIDCreate", "CustomerSessionCustomerExternalIDCreate"] as const;
  if (!isRecord(body)) {
    const msg = "Input should be a valid dictionary or object to extract fields from";
    return { issues: arms.map((arm) => ({ type: "model_attributes_type", loc: ["body", arm], msg, input: body })) };
  }
  const missing = (arm: string, field: string): ValidationIssue => ({ type: "missing", loc: ["body", arm, field], msg: "Field required", input: body });
  let byId: ValidationIssue;
  if (!("customer_id" in body)) byId = missing(arms[0], "customer_id");
  else if (typeof body.customer_id !== "string") {
    byId = { type: "uuid_type", loc: ["body", arms[0], "customer_id"], msg: "UUID input should be a string, bytes or UUID object", input: body.customer_id };
  } else {
    const parsed = parseUuid(body.customer_id, ["body", arms[0], "customer_id"]);
    if ("id" in parsed) return { customerId: parsed.id };
    byId = parsed.issue;
  }
  // `customer_external_id` is the alias Polar still reads; a missing field is named by the first.
  const external = "external_customer_id" in body ? body.external_customer_id : body.customer_external_id;
  if (typeof external === "string") return { externalId: external };
  const byExternal: ValidationIssue =
    external === undefined
      ? missing(arms[1], "external_customer_id")
      : { type: "string_type", loc: ["body", arms[1], "external_customer_id"], msg: "Input should be a valid string", input: external };
  return { issues: [byId, byExternal] };
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
