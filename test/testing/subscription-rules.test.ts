// @vitest-environment node
// Polar's rules for changing a subscription from the customer portal, table by table (PORTAL.md
// rows B3–B9, from `customer_portal/service/subscription.py` and `subscription/service.py`): each
// refusal's status, `error` and `detail`, and each change's effect on the stored subscription.
import { describe, expect, it } from "vitest";
import {
  makeCustomerSubscription,
  makeOrganization,
  pausableOrganization,
  productFixtures,
  subscriptionFixtures,
  type FixtureCustomerSubscription,
  type FixtureMockOrganization,
  type SubscriptionFixtureName,
} from "../../src/testing";
import { createPolarMock, MOCK_NOW, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal";
const server = serveForFile();

function polar(options: PolarMockOptions = {}): PolarMock {
  const mock = createPolarMock(options);
  server.use(...mock.handlers);
  return mock;
}

async function call(method: string, path: string, body?: unknown, token = POLAR_TEST_TOKEN) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & FixtureCustomerSubscription };
}

const patch = (name: SubscriptionFixtureName, body: unknown, token?: string) => call("PATCH", `/subscriptions/${subscriptionFixtures[name].id}`, body, token);
const withSettings = (subscription: Partial<FixtureMockOrganization["customer_portal_settings"]["subscription"]>, rest: Partial<FixtureMockOrganization> = {}) =>
  makeOrganization({ customer_portal_settings: { usage: { show: true }, subscription: { update_plan: true, update_seats: true, ...subscription } }, ...rest });
const refusal = (status: number, error: string, detail: string) => ({ status, body: { error, detail } });
const ALREADY_CANCELED = refusal(403, "AlreadyCanceledSubscription", "This subscription is already canceled or will be at the end of the period.");

describe("cancel at period end (B3)", () => {
  it("sets cancel_at_period_end, ends_at = the period end, canceled_at = the mock's clock, the reason and comment", async () => {
    polar();
    const { status, body } = await patch("active", { cancel_at_period_end: true, cancellation_reason: "too_expensive", cancellation_comment: "Budget cuts" });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      cancel_at_period_end: true,
      ends_at: subscriptionFixtures.active.current_period_end,
      canceled_at: MOCK_NOW,
      customer_cancellation_reason: "too_expensive",
      customer_cancellation_comment: "Budget cuts",
      status: "active",
      ended_at: null,
    });
    expect(body.modified_at).not.toBe(subscriptionFixtures.active.modified_at);
  });

  it("clears a scheduled pause", async () => {
    polar();
    const { body } = await patch("pausing", { cancel_at_period_end: true });
    expect(body).toMatchObject({ cancel_at_period_end: true, pause_at_period_end: false, resumes_at: null });
  });

  it("DELETE cancels the same way, without a reason", async () => {
    const mock = polar();
    const { status, body } = await call("DELETE", `/subscriptions/${subscriptionFixtures.active.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ cancel_at_period_end: true, ends_at: subscriptionFixtures.active.current_period_end, customer_cancellation_reason: null });
    expect(mock.getSubscription(subscriptionFixtures.active.id)?.cancel_at_period_end).toBe(true);
  });

  it.each<[SubscriptionFixtureName]>([["canceling"], ["ended"], ["canceled"], ["unpaid"], ["paused"], ["incomplete"]])(
    "refuses %s with 403 AlreadyCanceledSubscription, by PATCH and by DELETE",
    async (name) => {
      polar();
      expect(await patch(name, { cancel_at_period_end: true })).toEqual(ALREADY_CANCELED);
      expect(await call("DELETE", `/subscriptions/${subscriptionFixtures[name].id}`)).toEqual(ALREADY_CANCELED);
    },
  );

  it("cancels a past-due subscription and a trial", async () => {
    polar();
    expect((await patch("pastDue", { cancel_at_period_end: true })).status).toBe(200);
    expect((await patch("trialing", { cancel_at_period_end: true })).status).toBe(200);
  });
});

describe("uncancel (B4)", () => {
  it("clears cancel_at_period_end, ends_at, canceled_at, the reason and the comment", async () => {
    polar();
    const { status, body } = await patch("canceling", { cancel_at_period_end: false, cancellation_reason: null, cancellation_comment: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({ cancel_at_period_end: false, ends_at: null, canceled_at: null, customer_cancellation_reason: null, customer_cancellation_comment: null });
  });

  it.each<[string, PolarMockOptions, SubscriptionFixtureName, { status: number; body: unknown }]>([
    ["no card, a paid plan", { paymentMethods: [] }, "canceling", refusal(409, "PaymentMethodRequired", "Add a payment method before uncancelling this subscription.")],
    ["an ended subscription", {}, "ended", refusal(410, "ResourceUnavailable", "Unavailable")],
    ["one that is not canceled", {}, "active", refusal(400, "BadRequest", "Bad request")],
  ])("refuses %s", async (_name, options, name, expected) => {
    polar(options);
    expect(await patch(name, { cancel_at_period_end: false })).toEqual(expected);
  });

  it("needs no card for a free plan", async () => {
    const free = makeCustomerSubscription({ ...subscriptionFixtures.free, cancel_at_period_end: true, ends_at: subscriptionFixtures.free.current_period_end, canceled_at: MOCK_NOW });
    polar({ paymentMethods: [], subscriptions: [free] });
    expect((await call("PATCH", `/subscriptions/${free.id}`, { cancel_at_period_end: false })).status).toBe(200);
  });

  it("answers an empty body (no cancel_at_period_end) with the subscription unchanged", async () => {
    polar();
    const { status, body } = await patch("canceling", {});
    expect(status).toBe(200);
    expect(body.modified_at).toBe(subscriptionFixtures.canceling.modified_at);
    expect(body.cancel_at_period_end).toBe(true);
  });
});

describe("change plan (B6)", () => {
  const change = (productId: string, name: SubscriptionFixtureName = "active") => patch(name, { product_id: productId });

  it.each<[string, string, SubscriptionFixtureName?]>([
    ["Product does not exist.", "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"],
    ["Product is archived.", productFixtures.archived.id],
    ["Product visibility is not allowed.", productFixtures.private.id],
    ["Product is not recurring.", productFixtures.oneTime.id],
    ["This product doesn't have a price for the subscription currency.", productFixtures.euro.id],
    ["Can't update to a product with custom prices.", productFixtures.payWhatYouWant.id],
    ["Can't switch from a seat-based to a non-seat-based product.", productFixtures.pro.id, "seats"],
  ])("422 on body.product_id: %s", async (msg, productId, name = "active") => {
    polar();
    const { status, body } = await change(productId, name);
    expect(status).toBe(422);
    expect(body).toEqual({ error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "product_id"], msg, input: productId }] });
  });

  it("403 UpdateSubscriptionPlanNotAllowed when the merchant turned plan changes off, and 403 AlreadyCanceled for a canceling one", async () => {
    polar({ organization: withSettings({ update_plan: false }) });
    expect(await change(productFixtures.pro.id)).toEqual(refusal(403, "UpdateSubscriptionPlanNotAllowed", "Updating subscription plan is not allowed."));
    polar();
    expect(await change(productFixtures.pro.id, "canceling")).toEqual(ALREADY_CANCELED);
  });

  it("prorate, same interval: applied now, the prorations wait for the next invoice (no order)", async () => {
    const mock = polar();
    const ordersBefore = (await (await fetch(`${API}/orders/?limit=100`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } })).json()) as { pagination: { total_count: number } };
    const { status, body } = await change(productFixtures.pro.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ product_id: productFixtures.pro.id, amount: 4900, pending_update: null, current_period_end: subscriptionFixtures.active.current_period_end });
    const preview = await call("GET", `/subscriptions/${subscriptionFixtures.active.id}/charge-preview`);
    expect(preview.body).toMatchObject({ base_amount: 4900 });
    const prorations = preview.body.prorations as unknown as { label: string; amount: number }[];
    expect(prorations).toHaveLength(2);
    expect(prorations[0]!.amount).toBeLessThan(0);
    expect(prorations[0]!.label).toMatch(/^Remaining time on Starter — From Mar 20, 2026 to Apr 14, 2026$/);
    expect(prorations[1]!.amount).toBeGreaterThan(0);
    const orders = (await (await fetch(`${API}/orders/?limit=100`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } })).json()) as { pagination: { total_count: number } };
    expect(orders.pagination.total_count).toBe(ordersBefore.pagination.total_count);
    expect(mock.getSubscription(subscriptionFixtures.active.id)?.product.name).toBe("Pro");
  });

  it("invoice: bills the prorations now, an order the customer's orders list shows, embedding the changed subscription", async () => {
    polar({ organization: withSettings({}, { proration_behavior: "invoice" }) });
    expect((await change(productFixtures.pro.id)).status).toBe(200);
    const orders = await call("GET", `/orders/?subscription_id=${subscriptionFixtures.active.id}`);
    const items = orders.body.items as unknown as { billing_reason: string; status: string; total_amount: number; subscription: { product_id: string }; items: { proration: boolean }[] }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ billing_reason: "subscription_update", status: "paid", subscription: { product_id: productFixtures.pro.id } });
    expect(items[0]!.total_amount).toBeGreaterThan(0);
    expect(items[0]!.items.every((item) => item.proration)).toBe(true);
  });

  it("prorate with another interval: a new period from now, billed now", async () => {
    polar();
    const { status, body } = await change(productFixtures.starterYearly.id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ recurring_interval: "year", current_period_start: MOCK_NOW, current_period_end: "2027-03-20T12:00:00.000Z" });
    const orders = await call("GET", `/orders/?subscription_id=${subscriptionFixtures.active.id}`);
    expect(orders.body.pagination).toMatchObject({ total_count: 1 });
  });

  it.each<[string, PolarMockOptions, { status: number; body: unknown }]>([
    ["a declined card", { paymentOutcome: "failed" }, refusal(402, "PaymentFailed", "Payment failed with reason: card_error.")],
    ["no card", { paymentMethods: [] }, refusal(402, "PaymentFailed", "Payment failed with reason: missing_payment_method.")],
  ])("a charge now refused by %s answers 402 and changes nothing", async (_name, options, expected) => {
    const mock = polar({ organization: withSettings({}, { proration_behavior: "invoice" }), ...options });
    expect(await change(productFixtures.pro.id)).toEqual(expected);
    expect(mock.getSubscription(subscriptionFixtures.active.id)?.product_id).toBe(productFixtures.starter.id);
    expect((await call("GET", `/orders/?subscription_id=${subscriptionFixtures.active.id}`)).body.pagination).toMatchObject({ total_count: 0 });
  });

  it("a card that needs 3-D Secure answers 402 PaymentActionRequired (setPaymentOutcome)", async () => {
    const mock = polar({ organization: withSettings({}, { proration_behavior: "invoice" }) });
    mock.setPaymentOutcome("requires_action");
    const { status, body } = await change(productFixtures.pro.id);
    expect(status).toBe(402);
    expect(body.error).toBe("PaymentActionRequired");
    expect(body.detail).toMatch(/^Order [0-9a-f-]{36} payment requires customer authentication \(e\.g\. 3DS challenge\); off-session charge cannot complete\.$/);
    mock.reset();
    expect((await change(productFixtures.pro.id)).status).toBe(200);
  });

  it("next_period: stores pending_update for the period end, the plan stays", async () => {
    polar({ organization: withSettings({}, { proration_behavior: "next_period" }) });
    const { status, body } = await change(productFixtures.pro.id);
    expect(status).toBe(200);
    expect(body.product_id).toBe(productFixtures.starter.id);
    expect(body.pending_update).toMatchObject({ product_id: productFixtures.pro.id, seats: null, applies_at: subscriptionFixtures.active.current_period_end });
  });

  it("next_period merges a plan change into a scheduled seat change, as Polar's upsert does", async () => {
    polar({ organization: withSettings({}, { proration_behavior: "next_period" }) });
    const { body } = await patch("pendingSeatChange", { product_id: productFixtures.teamPlus.id });
    expect(body.pending_update).toMatchObject({ id: subscriptionFixtures.pendingSeatChange.pending_update!.id, product_id: productFixtures.teamPlus.id, seats: 3 });
  });

  it("a seat-based plan may move to another seat-based plan, keeping its seats", async () => {
    polar();
    const { status, body } = await patch("seats", { product_id: productFixtures.teamPlus.id });
    expect(status).toBe(200);
    expect(body).toMatchObject({ product_id: productFixtures.teamPlus.id, seats: 5, amount: 10000 });
  });

  it("while trialing: no proration, the trial ends now and the first period is billed when the new product has no trial", async () => {
    polar();
    const { body } = await patch("trialing", { product_id: productFixtures.starter.id });
    expect(body).toMatchObject({ status: "active", trial_end: MOCK_NOW, current_period_start: MOCK_NOW });
    const orders = await call("GET", `/orders/?subscription_id=${subscriptionFixtures.trialing.id}`);
    expect(orders.body.items).toMatchObject([{ billing_reason: "subscription_cycle", total_amount: 1900 }]);
  });
});

describe("clear a pending update (B7)", () => {
  it("clears it, then 422 on body.pending_update", async () => {
    polar();
    expect((await patch("pendingPlanChange", { pending_update: null })).body.pending_update).toBeNull();
    expect(await patch("pendingPlanChange", { pending_update: null })).toEqual({
      status: 422,
      body: { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "pending_update"], msg: "This subscription has no pending update to clear.", input: null }] },
    });
  });
});

describe("pause, unschedule, resume (B8)", () => {
  const NOT_ALLOWED = refusal(403, "PauseResumeNotAllowed", "Pausing or resuming a subscription is not allowed.");

  it("are refused with 403 PauseResumeNotAllowed under Polar's default settings", async () => {
    polar();
    expect(await patch("active", { pause_at_period_end: true })).toEqual(NOT_ALLOWED);
    expect(await patch("pausing", { pause_at_period_end: false })).toEqual(NOT_ALLOWED);
    expect(await patch("paused", { resume: true })).toEqual(NOT_ALLOWED);
  });

  it("pause schedules it at period end, with a resume date after the period end", async () => {
    polar({ organization: pausableOrganization });
    const { status, body } = await patch("active", { pause_at_period_end: true, resumes_at: "2026-06-01T00:00:00Z" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ pause_at_period_end: true, resumes_at: "2026-06-01T00:00:00.000Z", status: "active" });
  });

  it.each<[string, SubscriptionFixtureName, unknown, number, unknown]>([
    ["a resume date before the period end", "active", { pause_at_period_end: true, resumes_at: "2026-04-01T00:00:00Z" }, 422, { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "resumes_at"], msg: "resumes_at must be after the current period end.", input: "2026-04-01T00:00:00+00:00" }] }],
    ["an already scheduled pause", "pausing", { pause_at_period_end: true }, 409, { error: "CannotPauseSubscription", detail: "This subscription cannot be paused." }],
    ["a canceling subscription", "canceling", { pause_at_period_end: true }, 409, { error: "CannotPauseSubscription", detail: "This subscription cannot be paused." }],
    ["unscheduling what is not scheduled", "active", { pause_at_period_end: false }, 409, { error: "NoScheduledPause", detail: "This subscription is not scheduled to be paused." }],
    ["resuming what is not paused", "active", { resume: true }, 409, { error: "NotPausedSubscription", detail: "This subscription is not paused." }],
  ])("refuses %s", async (_name, name, body, status, expected) => {
    polar({ organization: pausableOrganization });
    expect(await patch(name, body)).toEqual({ status, body: expected });
  });

  it("refuses a resume date in the past as pydantic's FutureDatetime does, among the union's issues", async () => {
    polar({ organization: pausableOrganization });
    const answer = await patch("active", { pause_at_period_end: true, resumes_at: "2026-01-01T00:00:00Z" });
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContainEqual({ type: "datetime_future", loc: ["body", "CustomerSubscriptionPause", "resumes_at"], msg: "Input should be in the future", input: "2026-01-01T00:00:00Z" });
  });

  it("unschedule clears the scheduled pause", async () => {
    polar({ organization: pausableOrganization });
    expect((await patch("pausing", { pause_at_period_end: false })).body).toMatchObject({ pause_at_period_end: false, resumes_at: null });
  });

  it("resume starts a new period now and bills it; without a card it is 409 PaymentMethodRequired", async () => {
    polar({ organization: pausableOrganization });
    const { status, body } = await patch("paused", { resume: true });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "active", paused_at: null, resumes_at: null, current_period_start: MOCK_NOW, current_period_end: "2026-06-20T12:00:00.000Z" });
    const orders = await call("GET", `/orders/?subscription_id=${subscriptionFixtures.paused.id}`);
    expect(orders.body.items).toMatchObject([{ billing_reason: "subscription_cycle", status: "paid", total_amount: 4500 }]);
    polar({ organization: pausableOrganization, paymentMethods: [] });
    expect(await patch("paused", { resume: true })).toEqual(refusal(409, "PaymentMethodRequired", "Add a payment method before resuming this subscription."));
  });
});

describe("seats (B9)", () => {
  const seats = (name: SubscriptionFixtureName, count: number) => patch(name, { seats: count });

  it.each<[string, PolarMockOptions, SubscriptionFixtureName, number, { status: number; body: unknown }]>([
    ["the merchant turned seat changes off", { organization: withSettings({ update_seats: false }) }, "seats", 6, refusal(403, "UpdateSubscriptionSeatsNotAllowed", "Updating subscription seats is not allowed.")],
    ["a plan without seats", {}, "active", 3, refusal(400, "NotASeatBasedSubscription", "This subscription does not support seat-based pricing.")],
    ["fewer than the minimum", {}, "seats", 1, refusal(400, "BelowMinimumSeats", "Minimum 2 seats required.")],
    ["more than the maximum", {}, "seats", 21, refusal(400, "AboveMaximumSeats", "Maximum 20 seats allowed.")],
    ["a canceling subscription", {}, "canceling", 3, ALREADY_CANCELED],
  ])("refuses when %s", async (_name, options, name, count, expected) => {
    polar(options);
    expect(await seats(name, count)).toEqual(expected);
  });

  it("refuses fewer seats than are assigned (assignSeats)", async () => {
    const mock = polar();
    mock.assignSeats(subscriptionFixtures.seats.id, 4);
    expect(await seats("seats", 3)).toEqual(refusal(400, "SeatsAlreadyAssigned", "Cannot decrease seats to 3. Currently 4 seats are assigned. Revoke seats first."));
    expect((await seats("seats", 4)).status).toBe(200);
  });

  it("prorate: the new count and amount now (tier price changes at 10 seats), a proration for the next invoice", async () => {
    polar();
    const { body } = await seats("seats", 10);
    expect(body).toMatchObject({ seats: 10, amount: 10000 });
    const preview = await call("GET", `/subscriptions/${subscriptionFixtures.seats.id}/charge-preview`);
    const prorations = preview.body.prorations as unknown as { label: string; amount: number }[];
    expect(prorations).toHaveLength(1);
    expect(prorations[0]!.label).toMatch(/^Team \(5 → 10 seats\) — From /);
  });

  it("the current count cancels a pending seat change; next_period stores one", async () => {
    polar();
    expect((await seats("pendingSeatChange", 5)).body.pending_update).toBeNull();
    polar({ organization: withSettings({}, { proration_behavior: "next_period" }) });
    expect((await seats("seats", 8)).body).toMatchObject({ seats: 5, pending_update: { seats: 8, product_id: null } });
  });
});

describe("the body, as pydantic reads the six shapes", () => {
  it("an unknown field is refused by every member, each under its class name", async () => {
    polar();
    const { status, body } = await patch("active", { seats: 3, colour: "blue" });
    expect(status).toBe(422);
    const issues = body.detail as unknown as { type: string; loc: string[] }[];
    expect(issues.map((issue) => issue.loc[1])).toEqual(
      expect.arrayContaining([
        "CustomerSubscriptionUpdateProduct",
        "CustomerSubscriptionUpdateSeats",
        "CustomerSubscriptionCancel",
        "CustomerSubscriptionPause",
        "CustomerSubscriptionResume",
        "CustomerSubscriptionUpdateClear",
      ]),
    );
    expect(issues).toContainEqual({ type: "extra_forbidden", loc: ["body", "CustomerSubscriptionUpdateSeats", "colour"], msg: "Extra inputs are not permitted", input: "blue" });
  });

  it.each<[string, unknown, { type: string; loc: (string | number)[] }]>([
    ["a fraction of a seat", { seats: 2.5 }, { type: "int_from_float", loc: ["body", "CustomerSubscriptionUpdateSeats", "seats"] }],
    ["an unknown reason", { cancel_at_period_end: true, cancellation_reason: "bored" }, { type: "enum", loc: ["body", "CustomerSubscriptionCancel", "cancellation_reason"] }],
    ["resume: false", { resume: false }, { type: "literal_error", loc: ["body", "CustomerSubscriptionResume", "resume"] }],
    ["a product id that is not a UUID", { product_id: "pro" }, { type: "uuid_parsing", loc: ["body", "CustomerSubscriptionUpdateProduct", "product_id"] }],
  ])("%s is a 422 naming the field", async (_name, body, issue) => {
    polar();
    const answer = await patch("seats", body);
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContainEqual(expect.objectContaining(issue));
  });

  it("no body at all is 422 body missing", async () => {
    polar();
    expect(await call("PATCH", `/subscriptions/${subscriptionFixtures.active.id}`)).toEqual({
      status: 422,
      body: { error: "RequestValidationError", detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] },
    });
  });
});

describe("billing role", () => {
  const BILLING = refusal(403, "NotPermitted", "Only owners and billing managers can access billing features.");

  it("a plain member reads subscriptions and previews but every write is 403", async () => {
    const mock = polar();
    const { token } = mock.createSession({ role: "member" });
    const id = subscriptionFixtures.active.id;
    expect((await call("GET", `/subscriptions/${id}/charge-preview`, undefined, token)).status).toBe(200);
    expect((await call("GET", `/subscriptions/${id}/cancel-preview`, undefined, token)).status).toBe(200);
    expect(await call("PATCH", `/subscriptions/${id}`, { cancel_at_period_end: true }, token)).toEqual(BILLING);
    expect(await call("DELETE", `/subscriptions/${id}`, undefined, token)).toEqual(BILLING);
    expect(await call("POST", `/subscriptions/${id}/change-preview`, { seats: 3 }, token)).toEqual(BILLING);
    expect(await call("POST", `/subscriptions/${id}/revoke`, {}, token)).toEqual(BILLING);
    const owner = mock.createSession({ role: "billing_manager" });
    expect((await call("PATCH", `/subscriptions/${id}`, { cancel_at_period_end: true }, owner.token)).status).toBe(200);
  });
});
