// @vitest-environment node
// `…/customers/me/payment-methods` of the mock Polar (PORTAL.md C1, C2; Polar's
// `customer_portal/endpoints/customer.py`, `payment_method/service.py`): the paged list, DELETE
// with its 204 / 404 / 400 and the subscriptions it moves, adding a card (both arms and the
// refusals), the plain member's 403, reset().
import { describe, expect, it } from "vitest";
import { makeCustomerSubscription, newCustomerFixture, OTHER_CUSTOMER_ID, paymentMethodFixtures, subscriptionFixtures, type FixturePaymentMethod } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal/customers/me/payment-methods";
const server = serveForFile();
const ALL = Object.values(paymentMethodFixtures) as FixturePaymentMethod[];
const { visa, mastercard } = paymentMethodFixtures;

function polar(options: PolarMockOptions = {}): PolarMock {
  const mock = createPolarMock(options);
  server.use(...mock.handlers);
  return mock;
}

async function call(method: string, path = "", body?: unknown, token = POLAR_TEST_TOKEN) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? null : JSON.parse(text)) as Record<string, any> };
}

const IN_USE = {
  status: 400,
  body: {
    error: "PaymentMethodInUseByActiveSubscription",
    detail: "This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.",
  },
};

describe("GET payment-methods", () => {
  it("lists the customer's methods newest first, paged like Polar, without the mock's `default` flag", async () => {
    polar({ paymentMethods: ALL });
    const first = await call("GET", "?limit=3");
    expect(first.status).toBe(200);
    expect(first.body.pagination).toEqual({ total_count: ALL.length, max_page: 3 });
    const byNewest = [...ALL].sort((a, b) => b.created_at.localeCompare(a.created_at)).map((method) => method.id);
    const third = await call("GET", "?limit=3&page=3");
    expect([...first.body.items, ...(await call("GET", "?limit=3&page=2")).body.items, ...third.body.items].map((item: { id: string }) => item.id)).toEqual(byNewest);
    for (const item of first.body.items) expect(item).not.toHaveProperty("default");
  });

  it("answers every kind Polar lists: card (with wallet), kr_card, generic", async () => {
    polar({ paymentMethods: ALL });
    const { body } = await call("GET", "?limit=100");
    const kr = body.items.find((item: { type: string }) => item.type === "kr_card");
    expect(kr.method_metadata).toEqual({ brand: "shinhan", last4: "0019" });
    expect(body.items.find((item: { type: string }) => item.type === "sepa_debit")).not.toHaveProperty("method_metadata");
    expect(body.items.find((item: { id: string }) => item.id === mastercard.id).method_metadata.wallet).toBe("apple_pay");
  });

  it("caps limit at 100 and refuses page=0 with FastAPI's 422", async () => {
    polar();
    expect((await call("GET", "?limit=500")).body.pagination).toEqual({ total_count: 1, max_page: 1 });
    const bad = await call("GET", "?page=0");
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toEqual([{ type: "greater_than", loc: ["query", "page"], msg: "Input should be greater than 0", input: "0", ctx: { gt: 0 } }]);
  });

  it("leaves other customers' methods out", async () => {
    polar({ paymentMethods: [visa, { ...mastercard, customer_id: OTHER_CUSTOMER_ID }] });
    expect((await call("GET")).body.items.map((item: { id: string }) => item.id)).toEqual([visa.id]);
  });

  it("a plain member is refused every payment-method route with 403 and Polar's words", async () => {
    const mock = polar();
    const { token } = mock.createSession({ role: "member" });
    const forbidden = { status: 403, body: { error: "NotPermitted", detail: "Only owners and billing managers can access billing features." } };
    expect(await call("GET", "", undefined, token)).toEqual(forbidden);
    expect(await call("DELETE", `/${visa.id}`, undefined, token)).toEqual(forbidden);
    expect(await call("POST", "", { confirmation_token_id: "ctoken_1", set_default: false, return_url: "https://shop.test" }, token)).toEqual(forbidden);
    expect(await call("POST", "/confirm", { setup_intent_id: "seti_1", set_default: false }, token)).toEqual(forbidden);
    expect(mock.paymentMethods).toHaveLength(1);
    // A billing manager may.
    expect((await call("GET", "", undefined, mock.createSession({ role: "billing_manager" }).token)).status).toBe(200);
  });
});

describe("DELETE payment-methods/{id}", () => {
  it("204 with no body; the method is gone, and the default with it (Polar unlinks it)", async () => {
    const mock = polar({ paymentMethods: [visa, mastercard], subscriptions: [] });
    expect(await call("DELETE", `/${visa.id}`)).toEqual({ status: 204, body: null });
    expect(mock.paymentMethods.map((method) => method.id)).toEqual([mastercard.id]);
    expect(mock.customer.default_payment_method_id).toBeNull();
  });

  it("404 ResourceNotFound for an unknown or another customer's method; 422 for a malformed id", async () => {
    polar({ paymentMethods: [visa, { ...mastercard, customer_id: OTHER_CUSTOMER_ID }] });
    const notFound = { status: 404, body: { error: "ResourceNotFound", detail: "Not found" } };
    expect(await call("DELETE", "/8b9c0d1e-0000-4000-8000-0000000000ff")).toEqual(notFound);
    expect(await call("DELETE", `/${mastercard.id}`)).toEqual(notFound);
    expect((await call("DELETE", "/nope")).status).toBe(422);
  });

  it("the only card an active subscription needs: 400 PaymentMethodInUseByActiveSubscription, nothing removed", async () => {
    const mock = polar({ paymentMethods: [visa], subscriptions: [subscriptionFixtures.active] });
    expect(await call("DELETE", `/${visa.id}`)).toEqual(IN_USE);
    expect(mock.paymentMethods).toHaveLength(1);
  });

  it("with another card, the subscriptions that needed it move to the default (else the first other)", async () => {
    const own = makeCustomerSubscription({ id: "f6a7b8c9-0000-4000-8000-0000000000a1", payment_method_id: mastercard.id });
    const mock = polar({ paymentMethods: [visa, mastercard, paymentMethodFixtures.expired], subscriptions: [own, subscriptionFixtures.active] });
    expect((await call("DELETE", `/${mastercard.id}`)).status).toBe(204);
    expect(mock.getSubscription(own.id)?.payment_method_id).toBe(visa.id);
    // The default itself: its subscriptions move to the first other method.
    expect((await call("DELETE", `/${visa.id}`)).status).toBe(204);
    expect(mock.getSubscription(own.id)?.payment_method_id).toBe(paymentMethodFixtures.expired.id);
    expect(mock.getSubscription(subscriptionFixtures.active.id)?.payment_method_id).toBe(paymentMethodFixtures.expired.id);
  });

  it("subscriptions that no longer bill (canceled, ending without usage) do not hold a card", async () => {
    polar({ paymentMethods: [visa], subscriptions: [subscriptionFixtures.canceled, subscriptionFixtures.canceling] });
    expect((await call("DELETE", `/${visa.id}`)).status).toBe(204);
  });

  it("a past-due subscription still needs its card", async () => {
    polar({ paymentMethods: [visa], subscriptions: [subscriptionFixtures.pastDue] });
    expect(await call("DELETE", `/${visa.id}`)).toEqual(IN_USE);
  });
});

describe("POST payment-methods and /confirm (what Polar's embed calls)", () => {
  const create = (token: string, setDefault = false) => call("POST", "", { confirmation_token_id: token, set_default: setDefault, return_url: "https://shop.test/back" });

  it("201 succeeded with the new card; set_default makes it the default", async () => {
    const mock = polar();
    const { status, body } = await create("ctoken_visa", true);
    expect(status).toBe(201);
    expect(body.status).toBe("succeeded");
    expect(body.payment_method).toMatchObject({ type: "card", processor: "stripe", method_metadata: { last4: "4242" } });
    expect(mock.customer.default_payment_method_id).toBe(body.payment_method.id);
  });

  it("201 requires_action with a client secret, then /confirm saves the card", async () => {
    const mock = polar();
    const { status, body } = await create("ctoken_requires_action");
    expect(status).toBe(201);
    expect(body).toEqual({ status: "requires_action", client_secret: expect.stringMatching(/^seti_mock\d+_secret_/) });
    const intent = body.client_secret.split("_secret_")[0];
    const confirmed = await call("POST", "/confirm", { setup_intent_id: intent, set_default: false });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.status).toBe("succeeded");
    expect(mock.paymentMethods).toHaveLength(2);
    // The intent is spent.
    expect((await call("POST", "/confirm", { setup_intent_id: intent, set_default: false })).body.detail[0].msg).toBe("Invalid setup_intent_id.");
  });

  it("a declined card: 400 PaymentMethodSetupFailed in Polar's words", async () => {
    polar();
    expect(await create("ctoken_declined")).toEqual({
      status: 400,
      body: { error: "PaymentMethodSetupFailed", detail: "Could not add this payment method: Your card was declined. Please try again with a different card." },
    });
  });

  it("/confirm: 403 CustomerNotReady without a Stripe customer; 422 for an unknown setup intent", async () => {
    polar({ customer: newCustomerFixture });
    expect(await call("POST", "/confirm", { setup_intent_id: "seti_x", set_default: false })).toEqual({
      status: 403,
      body: { error: "CustomerNotReady", detail: "Customer is not ready for this operation." },
    });
    // Adding a card creates the Stripe customer.
    await create("ctoken_visa");
    expect(await call("POST", "/confirm", { setup_intent_id: "seti_x", set_default: false })).toEqual({
      status: 422,
      body: { error: "PolarRequestValidationError", detail: [{ type: "invalid", loc: ["body", "setup_intent_id"], msg: "Invalid setup_intent_id.", input: "seti_x" }] },
    });
  });

  it("a body missing its fields: FastAPI's 422", async () => {
    polar();
    const { status, body } = await call("POST", "", { set_default: "yes" });
    expect(status).toBe(422);
    expect(body.detail.map((issue: { loc: string[]; type: string }) => [issue.loc.at(-1), issue.type])).toEqual([
      ["confirmation_token_id", "missing"],
      ["set_default", "bool_type"],
      ["return_url", "missing"],
    ]);
  });
});

describe("setPaymentMethods() and reset()", () => {
  it("setPaymentMethods replaces the list and the flagged default; reset() restores both", async () => {
    const mock = polar();
    mock.setPaymentMethods([{ ...visa, default: false }, { ...mastercard, default: true }]);
    expect(mock.customer.default_payment_method_id).toBe(mastercard.id);
    await call("DELETE", `/${visa.id}`);
    mock.reset();
    expect(mock.paymentMethods.map((method) => [method.id, method.default])).toEqual([[visa.id, true]]);
    expect((await call("GET")).body.items).toHaveLength(1);
  });
});
