// @vitest-environment node
// The mock's subscription routes and the organization route checked against Polar's published
// OpenAPI document (2026-04, the subscription paths cut into test/fixtures/), and the orders a
// change creates against the orders' document, so the testing kit cannot drift from the real API.
import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { makeOrganization, pausableOrganization, productFixtures, subscriptionFixtures, type SubscriptionFixtureName } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

type Document = { components: { schemas: Record<string, Record<string, unknown>> } };
const load = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Document;

// OpenAPI 3.1 schemas are JSON Schema 2020-12; `strict: false` lets the vendor keywords pass.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("uuid4", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
ajv.addSchema({ $id: "subscriptions.json", components: load("polar-openapi-customer-portal-subscriptions.json").components });
ajv.addSchema({ $id: "orders.json", components: load("polar-openapi-customer-portal-orders.json").components });
const schema = (name: string, document = "subscriptions.json"): ValidateFunction => ajv.compile({ $ref: `${document}#/components/schemas/${name}` });

const CustomerSubscription = schema("CustomerSubscription");
const ListResource = schema("ListResource_CustomerSubscription_");
const CustomerSubscriptionUpdate = schema("CustomerSubscriptionUpdate");
const CustomerOrganizationData = schema("CustomerOrganizationData");
const HTTPValidationError = schema("HTTPValidationError");
const CustomerOrder = schema("CustomerOrder", "orders.json");
const errorSchemas = Object.fromEntries(
  ["AlreadyCanceledSubscription", "PauseResumeNotAllowed", "PaymentFailed", "PaymentMethodRequired", "ResourceNotFound"].map((name) => [name, schema(name)]),
);

const errorsOf = (validate: ValidateFunction, value: unknown): ErrorObject[] => (validate(value) ? [] : [...(validate.errors ?? [])]);

const API = "https://api.polar.sh/v1/customer-portal";
const server = serveForFile();
const polar = (options: PolarMockOptions = {}) => {
  const mock = createPolarMock(options);
  server.use(...mock.handlers);
  return mock;
};
const send = async (path: string, method = "GET", body?: unknown) => {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("subscription answers against the OpenAPI document", () => {
  it.each(Object.keys(subscriptionFixtures) as SubscriptionFixtureName[])("GET 200 of %s is a CustomerSubscription", async (name) => {
    polar();
    const { status, body } = await send(`/subscriptions/${subscriptionFixtures[name].id}`);
    expect(status).toBe(200);
    expect(errorsOf(CustomerSubscription, body)).toEqual([]);
  });

  it("the validator is not a pushover: a string amount and an unknown status are refused", () => {
    expect(errorsOf(CustomerSubscription, { ...subscriptionFixtures.active, amount: "19.00" })).not.toEqual([]);
    expect(errorsOf(CustomerSubscription, { ...subscriptionFixtures.active, status: "frozen" })).not.toEqual([]);
  });

  it("list answers are a ListResource of CustomerSubscription, a bad parameter an HTTPValidationError", async () => {
    polar();
    for (const query of ["", "?limit=100", "?active=true&sorting=-amount", "?query=team&page=1&limit=2", `?product_id=${productFixtures.pro.id}`]) {
      const { status, body } = await send(`/subscriptions/${query}`);
      expect(status).toBe(200);
      expect(errorsOf(ListResource, body)).toEqual([]);
    }
    const bad = await send("/subscriptions/?page=0&sorting=price");
    expect(bad.status).toBe(422);
    expect(errorsOf(HTTPValidationError, bad.body)).toEqual([]);
  });

  it.each<[string, PolarMockOptions, SubscriptionFixtureName, unknown]>([
    ["cancel", {}, "active", { cancel_at_period_end: true, cancellation_reason: "unused", cancellation_comment: "Not using it" }],
    ["uncancel", {}, "canceling", { cancel_at_period_end: false, cancellation_reason: null, cancellation_comment: null }],
    ["change plan", {}, "active", { product_id: productFixtures.pro.id }],
    ["change plan to another interval", {}, "active", { product_id: productFixtures.starterYearly.id }],
    ["change plan under next_period", { organization: makeOrganization({ proration_behavior: "next_period" }) }, "active", { product_id: productFixtures.pro.id }],
    ["change seats", {}, "seats", { seats: 12 }],
    ["clear the pending update", {}, "pendingPlanChange", { pending_update: null }],
    ["pause", { organization: pausableOrganization }, "active", { pause_at_period_end: true, resumes_at: "2026-07-01T00:00:00Z" }],
    ["unschedule the pause", { organization: pausableOrganization }, "pausing", { pause_at_period_end: false }],
    ["resume", { organization: pausableOrganization }, "paused", { resume: true }],
  ])("PATCH 200 (%s): the body is a CustomerSubscriptionUpdate, the answer a CustomerSubscription", async (_name, options, name, body) => {
    polar(options);
    expect(errorsOf(CustomerSubscriptionUpdate, body)).toEqual([]);
    const answer = await send(`/subscriptions/${subscriptionFixtures[name].id}`, "PATCH", body);
    expect(answer.status).toBe(200);
    expect(errorsOf(CustomerSubscription, answer.body)).toEqual([]);
  });

  it("the orders a change creates are CustomerOrders of the orders' document", async () => {
    polar({ organization: makeOrganization({ proration_behavior: "invoice" }) });
    await send(`/subscriptions/${subscriptionFixtures.active.id}`, "PATCH", { product_id: productFixtures.pro.id });
    const { body } = await send(`/orders/?subscription_id=${subscriptionFixtures.active.id}`);
    const { items } = body as { items: unknown[] };
    expect(items).toHaveLength(1);
    expect(errorsOf(CustomerOrder, items[0])).toEqual([]);
  });

  it.each<[string, PolarMockOptions, SubscriptionFixtureName, unknown, number, string]>([
    ["already canceled", {}, "canceling", { cancel_at_period_end: true }, 403, "AlreadyCanceledSubscription"],
    ["pausing not allowed", {}, "active", { pause_at_period_end: true }, 403, "PauseResumeNotAllowed"],
    ["a declined card", { organization: makeOrganization({ proration_behavior: "invoice" }), paymentOutcome: "failed" }, "active", { product_id: productFixtures.pro.id }, 402, "PaymentFailed"],
    ["no card to uncancel with", { paymentMethods: [] }, "canceling", { cancel_at_period_end: false }, 409, "PaymentMethodRequired"],
  ])("a refusal (%s) is the document's schema for its status", async (_name, options, name, body, status, error) => {
    polar(options);
    const answer = await send(`/subscriptions/${subscriptionFixtures[name].id}`, "PATCH", body);
    expect(answer.status).toBe(status);
    expect(errorsOf(errorSchemas[error]!, answer.body)).toEqual([]);
  });

  it("404 is a ResourceNotFound; 422s of the body and of Polar's rules are HTTPValidationErrors", async () => {
    polar();
    const missing = await send("/subscriptions/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
    expect(missing.status).toBe(404);
    expect(errorsOf(errorSchemas.ResourceNotFound!, missing.body)).toEqual([]);
    for (const body of [{ seats: 2.5 }, { colour: "blue" }, { product_id: productFixtures.archived.id }, { pending_update: null }]) {
      const answer = await send(`/subscriptions/${subscriptionFixtures.active.id}`, "PATCH", body);
      expect(answer.status).toBe(422);
      expect(errorsOf(HTTPValidationError, answer.body)).toEqual([]);
    }
  });

  it("the mock refuses with 422 what the document's body union refuses", async () => {
    for (const body of [{ colour: "blue" }, { seats: 2.5 }, { resume: false }, { pending_update: "x" }, { cancellation_reason: "bored" }, { pause_at_period_end: "later" }]) {
      polar({ organization: pausableOrganization });
      expect(errorsOf(CustomerSubscriptionUpdate, body), JSON.stringify(body)).not.toEqual([]);
      expect((await send(`/subscriptions/${subscriptionFixtures.seats.id}`, "PATCH", body)).status, JSON.stringify(body)).toBe(422);
    }
  });

  it("0 seats passes the document's Int32 bounds (Polar's ge=1 is lost to them), so Polar's seat rule answers it: 400", async () => {
    polar();
    expect(errorsOf(CustomerSubscriptionUpdate, { seats: 0 })).toEqual([]);
    expect(await send(`/subscriptions/${subscriptionFixtures.seats.id}`, "PATCH", { seats: 0 })).toEqual({
      status: 400,
      body: { error: "BelowMinimumSeats", detail: "Minimum 2 seats required." },
    });
  });

  it("GET /organizations/{slug} is a CustomerOrganizationData", async () => {
    polar();
    const { status, body } = await send(`/organizations/${makeOrganization().slug}`);
    expect(status).toBe(200);
    expect(errorsOf(CustomerOrganizationData, body)).toEqual([]);
  });
});
