// @vitest-environment node
// Every 422 the mock answers is in Polar's body (`server/polar/exception_handlers.py`):
// `{ error, detail }`, where `error` names the exception. FastAPI's reading of the path, query and
// body is `RequestValidationError` (its issues may carry pydantic's `ctx`, never `url`); a rule of
// Polar's service is `PolarRequestValidationError` (pydantic's custom errors: exactly type, loc,
// msg and input); a 422 PolarError is `{ error: <its class>, detail: <its words> }`. A merchant's
// code that reads `error` (as Polar's SDK does) gets from the mock what Polar sends.
import { afterEach, describe, expect, it } from "vitest";
import { fixtures, productFixtures, subscriptionFixtures } from "../../src/testing";
import { createPolarMock, POLAR_TEST_ORGANIZATION_TOKEN, POLAR_TEST_TOKEN } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh";
const mock = createPolarMock();
serveForFile(mock.handlers);
afterEach(() => mock.reset());

const NAMES = ["RequestValidationError", "PolarRequestValidationError"];

/** Polar's 422 body, or the reason it is not one. */
function expectPolar422(body: unknown, what: string): { error: string; detail: unknown } {
  expect(body, what).toEqual({ error: expect.any(String), detail: expect.anything() });
  const { error, detail } = body as { error: string; detail: unknown };
  if (!NAMES.includes(error)) {
    // A PolarError answered with 422 (MissingInvoiceBillingDetails, OrderNotEligibleForRetry, …).
    expect(typeof detail, what).toBe("string");
    return { error, detail };
  }
  expect(Array.isArray(detail) && detail.length > 0, what).toBe(true);
  for (const issue of detail as Record<string, unknown>[]) {
    const keys = error === "PolarRequestValidationError" ? ["input", "loc", "msg", "type"] : expect.arrayContaining(["input", "loc", "msg", "type"]);
    expect(Object.keys(issue).sort(), what).toEqual(keys);
    expect(Object.keys(issue).filter((key) => !["ctx", "input", "loc", "msg", "type"].includes(key)), what).toEqual([]);
    expect(issue, what).toMatchObject({ type: expect.any(String), msg: expect.any(String), loc: expect.any(Array) });
  }
  return { error, detail };
}

async function send(method: string, path: string, body?: unknown, token = POLAR_TEST_TOKEN) {
  const text = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(text !== undefined && { "Content-Type": "application/json" }) },
    body: text,
  });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as unknown };
}

describe("every 422 of the mock names its exception, as Polar's handler does", () => {
  // Each route of the mock, asked with what FastAPI refuses before Polar's code runs: a path id
  // that is no UUID, list parameters out of range, a body that is not JSON.
  const routes = mock.handlers.map((handler) => {
    const { method, path } = handler.info as { method: string; path: string };
    return { method, path: String(path).replace(/^\*/, "") };
  });
  // These parse nothing FastAPI could refuse (no id, no query, no body): they answer as usual.
  const nothingToRefuse = [
    "GET /v1/customer-portal/customer-session/user",
    "GET /v1/customer-portal/customer-session/introspect",
    "GET /v1/customer-portal/organizations/:slug",
    "GET /v1/customer-portal/customers/me",
  ];

  it("FastAPI's refusals on every route: RequestValidationError, with pydantic's issues", async () => {
    expect(routes.length).toBeGreaterThan(20);
    const answered: string[] = [];
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      const url = `${path.replace(/:[a-z_]+/g, "not-a-uuid")}?page=0&limit=x`;
      const token = path.startsWith("/v1/customer-sessions") ? POLAR_TEST_ORGANIZATION_TOKEN : POLAR_TEST_TOKEN;
      const { status, body } = await send(method, url, method === "GET" || method === "DELETE" ? undefined : "{not json", token);
      mock.reset();
      if (status !== 422) continue;
      answered.push(route);
      expect(expectPolar422(body, route).error, route).toBe("RequestValidationError");
    }
    expect(routes.map(({ method, path }) => `${method} ${path}`).filter((route) => !answered.includes(route))).toEqual(nothingToRefuse);
  });

  const PRODUCT_ARCHIVED = { product_id: productFixtures.archived.id };
  const subscription = `/v1/customer-portal/subscriptions/${subscriptionFixtures.active.id}`;
  it.each<[string, string, string, unknown, string?]>([
    ["an order's country, fixed once set", "PATCH", `/v1/customer-portal/orders/${fixtures.paid.id}`, { billing_address: { line1: "1 Yonge St", city: "Toronto", state: "ON", country: "CA" } }],
    ["a plan change to an archived product", "PATCH", subscription, PRODUCT_ARCHIVED],
    ["a preview of that change", "POST", `${subscription}/change-preview`, PRODUCT_ARCHIVED],
    ["no pending update to clear", "PATCH", subscription, { pending_update: null }],
    ["a tax ID Polar does not accept", "PATCH", "/v1/customer-portal/customers/me", { tax_id: "DE123" }],
    ["a default payment method the customer does not have", "PATCH", "/v1/customer-portal/customers/me", { default_payment_method_id: "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c" }],
    ["a setup intent the mock did not create", "POST", "/v1/customer-portal/customers/me/payment-methods/confirm", { setup_intent_id: "seti_x", set_default: false }],
    ["a session for a customer the organization does not have", "POST", "/v1/customer-sessions/", { external_customer_id: "someone-else" }, POLAR_TEST_ORGANIZATION_TOKEN],
  ])("a rule of Polar's service (%s): PolarRequestValidationError, type, loc, msg and input only", async (what, method, path, body, token) => {
    const answer = await send(method, path, body, token);
    expect(answer.status, what).toBe(422);
    expect(expectPolar422(answer.body, what).error).toBe("PolarRequestValidationError");
  });

  it("a PolarError of status 422: its class and its words", async () => {
    const invoice = await send("POST", `/v1/customer-portal/orders/${fixtures.noBilling.id}/invoice`);
    expect(invoice.status).toBe(422);
    expect(expectPolar422(invoice.body, "invoice").error).toBe("MissingInvoiceBillingDetails");
    const retry = await send("POST", `/v1/customer-portal/orders/${fixtures.paid.id}/confirm-payment`, { payment_processor: "stripe", confirmation_token_id: "ctoken_x" });
    expect(retry.status).toBe(422);
    expect(expectPolar422(retry.body, "retry").error).toBe("OrderNotEligibleForRetry");
  });

  it("a 422 a test injects with failNext: Polar's body, on no one field", async () => {
    mock.failNext(422);
    const answer = await send("GET", "/v1/customer-portal/orders/");
    expect(answer.status).toBe(422);
    const { error, detail } = expectPolar422(answer.body, "failNext");
    expect(error).toBe("PolarRequestValidationError");
    expect(detail).toEqual([expect.objectContaining({ loc: ["body"] })]);
  });
});
