// @vitest-environment node
// The mock's billing routes checked against Polar's published OpenAPI document (2026-04, the
// billing paths cut into test/fixtures/): every answer, success and refusal, is the document's
// schema for its status, and the bodies the tests send are the document's request bodies.
import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { customerFixture, failedPaymentFixtures, fixtures, newCustomerFixture, paymentMethodFixtures, subscriptionFixtures, type FixturePaymentMethod } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

type Document = { components: { schemas: Record<string, Record<string, unknown>> } };
const load = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Document;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("uuid4", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
ajv.addSchema({ $id: "billing.json", components: load("polar-openapi-customer-portal-billing.json").components });
ajv.addSchema({ $id: "orders.json", components: load("polar-openapi-customer-portal-orders.json").components });
const schema = (name: string, document = "billing.json"): ValidateFunction => ajv.compile({ $ref: `${document}#/components/schemas/${name}` });
const errorsOf = (validate: ValidateFunction, value: unknown): ErrorObject[] => (validate(value) ? [] : [...(validate.errors ?? [])]);

const Customer = schema("CustomerPortalCustomer");
const CustomerUpdate = schema("CustomerPortalCustomerUpdate");
const MethodList = schema("ListResource_CustomerPaymentMethod_");
const MethodCreate = schema("CustomerPaymentMethodCreate");
const MethodConfirm = schema("CustomerPaymentMethodConfirm");
const MethodCreateResponse = schema("CustomerPaymentMethodCreateResponse");
const ConfirmPayment = schema("CustomerOrderConfirmPayment");
const Confirmation = schema("CustomerOrderPaymentConfirmation");
const PaymentStatus = schema("CustomerOrderPaymentStatus");
const HTTPValidationError = schema("HTTPValidationError");
const CustomerOrder = schema("CustomerOrder", "orders.json");
const refusals = Object.fromEntries(
  [
    "ResourceNotFound",
    "PaymentMethodInUseByActiveSubscription",
    "PaymentMethodSetupFailed",
    "CustomerNotReady",
    "OrderNotEligibleForRetry",
    "PaymentAlreadyInProgress",
    "ManualRetryLimitExceeded",
  ].map((name) => [name, schema(name)]),
);

const API = "https://api.polar.sh/v1/customer-portal";
const server = serveForFile();
const { order: failed } = failedPaymentFixtures;
const polar = (options: PolarMockOptions = {}) => {
  const mock = createPolarMock({ orders: [...Object.values(fixtures), failed], paymentMethods: Object.values(paymentMethodFixtures) as FixturePaymentMethod[], ...options });
  server.use(...mock.handlers);
  return mock;
};
const send = async (path: string, method = "GET", body?: unknown) => {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? null : JSON.parse(text)) as unknown };
};
/** Sends a body the document accepts, and checks the answer against the schema for its status. */
const expectAnswer = async (path: string, method: string, body: unknown, request: ValidateFunction | null, status: number, answer: ValidateFunction) => {
  if (request) expect(errorsOf(request, body), JSON.stringify(body)).toEqual([]);
  const result = await send(path, method, body);
  expect(result.status).toBe(status);
  expect(errorsOf(answer, result.body)).toEqual([]);
  return result.body as Record<string, unknown>;
};

describe("customers/me against the document", () => {
  it("GET is a CustomerPortalCustomer: the fixture and a new customer", async () => {
    for (const customer of [customerFixture, newCustomerFixture]) {
      polar({ customer });
      await expectAnswer("/customers/me", "GET", undefined, null, 200, Customer);
    }
  });

  it("the validator is not a pushover: a bad tax ID format and a string flag are refused", () => {
    const { stripe_customer_id: _hidden, ...shown } = customerFixture;
    expect(errorsOf(Customer, shown)).toEqual([]);
    expect(errorsOf(Customer, { ...shown, tax_id: ["DE123456788", "de_vat"] })).not.toEqual([]);
    expect(errorsOf(Customer, { ...shown, email_verified: "yes" })).not.toEqual([]);
  });

  it.each([
    ["billing name", { billing_name: "Lovelace Ltd" }],
    ["address and tax ID", { billing_address: { line1: "1 Main St", postal_code: "02110", city: "Boston", state: "MA", country: "US" }, tax_id: "91-1144442" }],
    ["default card", { default_payment_method_id: paymentMethodFixtures.mastercard.id }],
    ["clearing the tax ID", { tax_id: null }],
  ])("PATCH 200 (%s): the body is a CustomerPortalCustomerUpdate, the answer a CustomerPortalCustomer", async (_name, body) => {
    polar();
    await expectAnswer("/customers/me", "PATCH", body, CustomerUpdate, 200, Customer);
  });

  it("every 422 of PATCH is an HTTPValidationError", async () => {
    polar();
    for (const body of [{ tax_id: "nope" }, { billing_address: null }, { default_payment_method_id: null }, { tax_id: 7 }, { billing_address: { line1: "x" } }]) {
      await expectAnswer("/customers/me", "PATCH", body, null, 422, HTTPValidationError);
    }
  });
});

describe("payment methods against the document", () => {
  it("the list (every kind of fixture) is a ListResource of CustomerPaymentMethod", async () => {
    polar();
    const body = await expectAnswer("/customers/me/payment-methods?limit=100", "GET", undefined, null, 200, MethodList);
    expect(body.items).toHaveLength(Object.keys(paymentMethodFixtures).length);
  });

  it("POST's two arms are CustomerPaymentMethodCreateResponses; /confirm's body and answer too", async () => {
    polar();
    const create = (token: string) => ({ confirmation_token_id: token, set_default: true, return_url: "https://shop.test/back" });
    await expectAnswer("/customers/me/payment-methods", "POST", create("ctoken_ok"), MethodCreate, 201, MethodCreateResponse);
    const pending = await expectAnswer("/customers/me/payment-methods", "POST", create("ctoken_requires_action"), MethodCreate, 201, MethodCreateResponse);
    const intent = String(pending.client_secret).split("_secret_")[0];
    await expectAnswer("/customers/me/payment-methods/confirm", "POST", { setup_intent_id: intent, set_default: false }, MethodConfirm, 201, MethodCreateResponse);
  });

  it("each refusal is the document's schema for its status", async () => {
    polar({ paymentMethods: [paymentMethodFixtures.visa], subscriptions: [subscriptionFixtures.active] });
    await expectAnswer(`/customers/me/payment-methods/${paymentMethodFixtures.visa.id}`, "DELETE", undefined, null, 400, refusals.PaymentMethodInUseByActiveSubscription!);
    await expectAnswer("/customers/me/payment-methods/8b9c0d1e-0000-4000-8000-0000000000ff", "DELETE", undefined, null, 404, refusals.ResourceNotFound!);
    const declined = { confirmation_token_id: "ctoken_declined", set_default: false, return_url: "https://shop.test" };
    await expectAnswer("/customers/me/payment-methods", "POST", declined, MethodCreate, 400, refusals.PaymentMethodSetupFailed!);
    await expectAnswer("/customers/me/payment-methods/confirm", "POST", { setup_intent_id: "seti_x", set_default: false }, MethodConfirm, 422, HTTPValidationError);
    polar({ customer: newCustomerFixture });
    await expectAnswer("/customers/me/payment-methods/confirm", "POST", { setup_intent_id: "seti_x", set_default: false }, MethodConfirm, 403, refusals.CustomerNotReady!);
  });
});

describe("paying a failed order against the document", () => {
  const saved = { payment_method_id: paymentMethodFixtures.visa.id, payment_processor: "stripe" };

  it.each(["succeeded", "failed", "requires_action"] as const)("confirm-payment (%s) is a CustomerOrderPaymentConfirmation; payment-status a CustomerOrderPaymentStatus", async (outcome) => {
    polar({ paymentOutcome: outcome });
    await expectAnswer(`/orders/${failed.id}/confirm-payment`, "POST", saved, ConfirmPayment, 200, Confirmation);
    await expectAnswer(`/orders/${failed.id}/payment-status`, "GET", undefined, null, 200, PaymentStatus);
  });

  it("the order after a payment is still a CustomerOrder of the orders' document", async () => {
    polar();
    await send(`/orders/${failed.id}/confirm-payment`, "POST", saved);
    const { body } = await send(`/orders/${failed.id}`);
    expect(errorsOf(CustomerOrder, body)).toEqual([]);
    expect(errorsOf(CustomerOrder, failed)).toEqual([]);
  });

  it("each refusal is the document's schema for its status", async () => {
    polar({ paymentOutcome: "in_progress" });
    await expectAnswer(`/orders/${failed.id}/confirm-payment`, "POST", saved, ConfirmPayment, 409, refusals.PaymentAlreadyInProgress!);
    await expectAnswer(`/orders/${fixtures.paid.id}/confirm-payment`, "POST", saved, ConfirmPayment, 422, refusals.OrderNotEligibleForRetry!);
    await expectAnswer("/orders/0d6e2f1a-3b4c-4d5e-9f60-7182930000ff/confirm-payment", "POST", saved, ConfirmPayment, 404, refusals.ResourceNotFound!);
    await expectAnswer(`/orders/${failed.id}/confirm-payment`, "POST", { payment_processor: "stripe" }, ConfirmPayment, 422, HTTPValidationError);
    polar({ retryAttempts: 5 });
    await expectAnswer(`/orders/${failed.id}/confirm-payment`, "POST", saved, ConfirmPayment, 429, refusals.ManualRetryLimitExceeded!);
  });
});

describe("failNext(\"malformed\") on the billing routes", () => {
  it("answers 200 with a body the document's schema refuses (what a client's parser must catch)", async () => {
    const mock = polar();
    for (const [path, validate] of [
      ["/customers/me", Customer],
      ["/customers/me/payment-methods", MethodList],
      [`/orders/${failed.id}/payment-status`, PaymentStatus],
    ] as const) {
      mock.failNext("malformed");
      const { status, body } = await send(path);
      expect(status).toBe(200);
      expect(errorsOf(validate, body), path).not.toEqual([]);
    }
  });
});
