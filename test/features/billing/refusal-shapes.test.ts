// billingRefusal reads Polar's 422 body (`{ error, detail: [...] }`) and the bare `{ detail }` of a
// merchant's proxy or an older Polar as the same refusal: the kit reads the issues, never the
// exception's name, so a body that drops it loses nothing the customer sees.
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { billingRefusal, createPortalClient, updateCustomer, type BillingRefusal } from "../../../src";
import { POLAR_TEST_TOKEN } from "../../../src/testing/msw";
import { serveForFile } from "../../support";

const server = serveForFile();
const CUSTOMER = "https://api.polar.sh/v1/customer-portal/customers/me";

const issue = (type: string, loc: string[], msg: string, input: unknown = null) => ({ type, loc, msg, input });

const rows: [string, string, ReturnType<typeof issue>, BillingRefusal][] = [
  ["a tax ID Polar does not accept", "PolarRequestValidationError", issue("invalid", ["body", "tax_id"], "Invalid tax ID.", "DE123"), { kind: "tax_id_invalid" }],
  [
    "a tax ID without a billing address",
    "PolarRequestValidationError",
    issue("missing", ["body", "billing_address"], "Country is required to validate tax ID."),
    { kind: "tax_id_country_required" },
  ],
  [
    "a billing address set back to null",
    "PolarRequestValidationError",
    issue("missing", ["body", "billing_address"], "Customer billing address cannot be reset to null once set."),
    { kind: "address_required" },
  ],
  [
    "a default payment method removed elsewhere",
    "PolarRequestValidationError",
    issue("invalid", ["body", "default_payment_method_id"], "Payment method not found."),
    { kind: "payment_method_not_found" },
  ],
  [
    "a NUL in the billing name",
    "RequestValidationError",
    { ...issue("value_error", ["body", "billing_name"], "Value error, This value contains invalid characters", "A\u0000"), ctx: { error: {} } } as ReturnType<typeof issue>,
    { kind: "validation", fieldErrors: { billing_name: ["Value error, This value contains invalid characters"] }, formErrors: [] },
  ],
];

async function refusalFor(body: Record<string, unknown>): Promise<BillingRefusal> {
  server.use(http.patch(CUSTOMER, () => HttpResponse.json(body, { status: 422 })));
  const error = await updateCustomer(createPortalClient({ token: POLAR_TEST_TOKEN }), { billing_name: "Ada" }).catch((caught: unknown) => caught);
  return billingRefusal(error);
}

describe("billingRefusal reads a 422 with or without Polar's `error`", () => {
  it.each(rows)("%s", async (_what, name, detail, refusal) => {
    expect(await refusalFor({ error: name, detail: [detail] })).toStrictEqual(refusal);
    expect(await refusalFor({ detail: [detail] })).toStrictEqual(refusal);
  });
});
