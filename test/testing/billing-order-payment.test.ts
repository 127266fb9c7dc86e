// @vitest-environment node
// Paying a failed order from the portal (PORTAL.md C3; Polar's `order/service.py:
// process_retry_payment` and the order endpoints): each outcome and what the order, its
// subscription and `payment-status` then show, the eligibility rules, the lock, the body check,
// the 5-retry counter, the plain member's 403, reset().
import { describe, expect, it } from "vitest";
import { failedPaymentFixtures, fixtures, newCustomerFixture, OTHER_CUSTOMER_ID, paymentMethodFixtures, subscriptionFixtures } from "../../src/testing";
import { createPolarMock, CUSTOMER_RETRY_MAX_ATTEMPTS, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal/orders";
const server = serveForFile();
const { order: failed, subscription } = failedPaymentFixtures;
const { visa } = paymentMethodFixtures;

function polar(options: PolarMockOptions = {}): PolarMock {
  const mock = createPolarMock({ orders: [...Object.values(fixtures), failed], ...options });
  server.use(...mock.handlers);
  return mock;
}

async function call(method: string, path: string, body?: unknown, token = POLAR_TEST_TOKEN) {
  const response = await fetch(`${API}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const pay = (orderId = failed.id, body: unknown = { payment_method_id: visa.id, payment_processor: "stripe" }, token?: string) =>
  call("POST", `${orderId}/confirm-payment`, body, token);
const status = (orderId = failed.id) => call("GET", `${orderId}/payment-status`);
const refusal = (code: number, error: string, detail: string) => ({ status: code, body: { error, detail } });
const notEligible = (id: string) => refusal(422, "OrderNotEligibleForRetry", `Order ${id} is not eligible for payment retry.`);

describe("outcomes", () => {
  it("succeeded: 200; the order is paid with no next attempt, its subscription active again", async () => {
    const mock = polar();
    expect(await pay()).toEqual({ status: 200, body: { status: "succeeded", client_secret: null, error: null } });
    expect(mock.getOrder(failed.id)).toMatchObject({ status: "paid", paid: true, next_payment_attempt_at: null });
    expect(mock.getSubscription(subscription.id)).toMatchObject({ status: "active", past_due_at: null });
    expect((await call("GET", failed.id)).body.subscription.status).toBe("active");
    expect((await status()).body).toEqual({ status: "succeeded", error: null });
    // Paid now: a second try is no longer eligible.
    expect(await pay()).toEqual(notEligible(failed.id));
  });

  it("failed: 200 with Stripe's words; the order stays pending and payment-status reads failed", async () => {
    const mock = polar({ paymentOutcome: "failed" });
    expect(await pay()).toEqual({ status: 200, body: { status: "failed", client_secret: null, error: "Your card was declined." } });
    expect(mock.getOrder(failed.id)).toMatchObject({ status: "pending", next_payment_attempt_at: failed.next_payment_attempt_at });
    expect(mock.getSubscription(subscription.id)?.status).toBe("past_due");
    expect((await status()).body).toEqual({ status: "failed", error: "Your card was declined." });
  });

  it("requires_action: a client secret; pending until completePaymentAction, then pending for paymentSettlesAfter reads", async () => {
    const mock = polar({ paymentOutcome: "requires_action", paymentSettlesAfter: 2 });
    const { body } = await pay();
    expect(body).toEqual({ status: "requires_action", client_secret: expect.stringMatching(/^pi_mock\d+_secret_/), error: null });
    for (let read = 0; read < 3; read += 1) expect((await status()).body).toEqual({ status: "pending", error: null });
    mock.completePaymentAction("succeeded");
    expect((await status()).body.status).toBe("pending");
    expect((await status()).body.status).toBe("pending");
    expect((await status()).body).toEqual({ status: "succeeded", error: null });
    expect(mock.getOrder(failed.id)?.status).toBe("paid");
  });

  it("requires_action that fails authentication: payment-status reads failed with Stripe's words, the order stays pending", async () => {
    const mock = polar({ paymentOutcome: "requires_action", paymentSettlesAfter: 0 });
    await pay();
    mock.completePaymentAction("failed", failed.id);
    expect((await status()).body).toEqual({
      status: "failed",
      error: "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
    });
    expect(mock.getOrder(failed.id)?.status).toBe("pending");
  });

  it("actionSettlesAfter: the challenge completes by itself after that many pending reads", async () => {
    polar({ paymentOutcome: "requires_action", actionSettlesAfter: 2 });
    await pay();
    expect((await status()).body.status).toBe("pending");
    expect((await status()).body.status).toBe("pending");
    expect((await status()).body.status).toBe("succeeded");
  });

  it("in_progress: Polar's own retry holds the lock (409), then succeeds after paymentSettlesAfter pending reads", async () => {
    const mock = polar({ paymentOutcome: "in_progress" });
    const inProgress = refusal(409, "PaymentAlreadyInProgress", `Payment for order ${failed.id} is already in progress`);
    expect(await pay()).toEqual(inProgress);
    expect(mock.retryAttempts(failed.id)).toBe(0);
    expect((await status()).body.status).toBe("pending");
    expect((await status()).body.status).toBe("succeeded");
    expect(mock.getOrder(failed.id)?.status).toBe("paid");
  });

  it("setPaymentOutcome changes the next attempt's outcome", async () => {
    const mock = polar({ paymentOutcome: "failed" });
    expect((await pay()).body.status).toBe("failed");
    mock.setPaymentOutcome("succeeded");
    expect((await pay()).body.status).toBe("succeeded");
  });
});

describe("payment-status", () => {
  it("a fixture's latest payment: failed renewal, paid order, none", async () => {
    polar();
    expect((await status()).body).toEqual({ status: "failed", error: "Your card was declined." });
    expect((await status(fixtures.paid.id)).body).toEqual({ status: "succeeded", error: null });
    expect((await status(fixtures.draft.id)).body).toEqual({ status: "no_payment", error: null });
  });

  it("404 for another customer's order", async () => {
    polar({ orders: [{ ...failed, customer_id: OTHER_CUSTOMER_ID }] });
    expect(await status()).toEqual(refusal(404, "ResourceNotFound", "Not found"));
  });
});

describe("eligibility (Polar's order of checks)", () => {
  it.each([
    ["a paid order", fixtures.paid],
    ["a pending order Polar does not retry (no next_payment_attempt_at)", fixtures.pending],
    ["a pending one-off order", { ...fixtures.pending, next_payment_attempt_at: "2026-03-21T00:00:00Z", subscription_id: null, subscription: null }],
  ])("%s: 422 OrderNotEligibleForRetry", async (_name, order) => {
    polar({ orders: [order] });
    expect(await pay(order.id)).toEqual(notEligible(order.id));
  });

  it("the default mock's dunning order answers too", async () => {
    const mock = createPolarMock();
    server.use(...mock.handlers);
    expect((await pay(fixtures.dunning.id)).body.status).toBe("succeeded");
    expect(mock.getOrder(fixtures.dunning.id)?.subscription?.status).toBe("active");
  });

  it("a customer without a Stripe customer: 422 OrderNotEligibleForRetry", async () => {
    polar({ customer: newCustomerFixture });
    expect(await pay()).toEqual(notEligible(failed.id));
  });

  it("another customer's saved card: 422 PaymentRetryValidationError; unknown order: 404", async () => {
    polar({ paymentMethods: [visa, { ...paymentMethodFixtures.mastercard, customer_id: OTHER_CUSTOMER_ID }] });
    expect(await pay(failed.id, { payment_method_id: paymentMethodFixtures.mastercard.id })).toEqual(
      refusal(422, "PaymentRetryValidationError", "Payment method does not belong to customer"),
    );
    expect(await pay("0d6e2f1a-3b4c-4d5e-9f60-7182930000ff")).toEqual(refusal(404, "ResourceNotFound", "Not found"));
  });

  it("a payment waiting for 3-D Secure holds the lock: 409 PaymentAlreadyInProgress", async () => {
    polar({ paymentOutcome: "requires_action" });
    await pay();
    expect(await pay()).toEqual(refusal(409, "PaymentAlreadyInProgress", `Payment for order ${failed.id} is already in progress`));
  });
});

describe("the body: exactly one of payment_method_id and confirmation_token_id", () => {
  it.each([
    ["neither", { payment_processor: "stripe" }, "Value error, Either confirmation_token_id or payment_method_id must be provided"],
    ["both", { payment_method_id: visa.id, confirmation_token_id: "ctoken_1" }, "Value error, Only one of confirmation_token_id or payment_method_id can be provided"],
  ])("%s: 422 RequestValidationError on the body as a whole", async (_name, body, msg) => {
    const mock = polar();
    expect(await pay(failed.id, body)).toEqual({
      status: 422,
      body: { error: "RequestValidationError", detail: [{ type: "value_error", loc: ["body"], msg, input: body, ctx: { error: {} } }] },
    });
    expect(mock.retryAttempts(failed.id)).toBe(0);
  });

  it("a confirmation token pays too; a bad processor or id is a field error", async () => {
    polar();
    const bad = await pay(failed.id, { payment_method_id: "nope", payment_processor: "paypal" });
    expect(bad.body.detail.map((issue: { loc: string[] }) => issue.loc)).toEqual([
      ["body", "payment_method_id"],
      ["body", "payment_processor"],
    ]);
    expect((await pay(failed.id, { confirmation_token_id: "ctoken_1" })).body.status).toBe("succeeded");
  });
});

describe("the retry counter", () => {
  it(`counts each attempt; after ${CUSTOMER_RETRY_MAX_ATTEMPTS}, 429 ManualRetryLimitExceeded`, async () => {
    const mock = polar({ paymentOutcome: "failed" });
    for (let attempt = 1; attempt <= CUSTOMER_RETRY_MAX_ATTEMPTS; attempt += 1) {
      expect((await pay()).body.status).toBe("failed");
      expect(mock.retryAttempts(failed.id)).toBe(attempt);
    }
    expect(await pay()).toEqual(
      refusal(429, "ManualRetryLimitExceeded", `Maximum number of manual payment retry attempts has been reached for order ${failed.id}.`),
    );
  });

  it("retryAttempts: attempts already used (5: the next is 429)", async () => {
    polar({ retryAttempts: 5 });
    expect((await pay()).status).toBe(429);
  });
});

describe("the billing gate and reset()", () => {
  it("a plain member is refused both routes with 403; nothing is charged", async () => {
    const mock = polar();
    const { token } = mock.createSession({ role: "member" });
    const forbidden = refusal(403, "NotPermitted", "Only owners and billing managers can access billing features.");
    expect(await pay(failed.id, undefined, token)).toEqual(forbidden);
    expect(await call("GET", `${failed.id}/payment-status`, undefined, token)).toEqual(forbidden);
    expect(mock.retryAttempts(failed.id)).toBe(0);
  });

  it("reset() restores the order, the subscription, the counter, the outcome and the payments", async () => {
    const mock = polar({ paymentOutcome: "failed" });
    await pay();
    mock.setPaymentOutcome("succeeded");
    await pay();
    mock.reset();
    expect(mock.retryAttempts(failed.id)).toBe(0);
    expect(mock.getOrder(failed.id)?.status).toBe("pending");
    expect(mock.getSubscription(subscriptionFixtures.pastDue.id)?.status).toBe("past_due");
    expect((await status()).body).toEqual({ status: "failed", error: "Your card was declined." });
    expect((await pay()).body.status).toBe("failed");
  });
});
