// @vitest-environment node
// Polar's private subscription routes on the mock (`charge-preview`, `change-preview`,
// `cancel-preview`, `revoke`, rows B2, B5, B6, B9), and the mock of a Polar without them
// (`previews: false`).
import { describe, expect, it } from "vitest";
import { makeOrder, makeOrganization, productFixtures, subscriptionFixtures, type SubscriptionFixtureName } from "../../src/testing";
import { createPolarMock, MOCK_NOW, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal/subscriptions";
const server = serveForFile();

function polar(options: PolarMockOptions = {}): PolarMock {
  const mock = createPolarMock(options);
  server.use(...mock.handlers);
  return mock;
}

async function call(method: "GET" | "POST", name: SubscriptionFixtureName, route: string, body?: unknown) {
  const response = await fetch(`${API}/${subscriptionFixtures[name].id}/${route}`, {
    method,
    headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("charge-preview (B2)", () => {
  it("the next invoice of an active subscription: its prices, nothing prorated", async () => {
    polar();
    expect(await call("GET", "active", "charge-preview")).toEqual({
      status: 200,
      body: {
        base_amount: 1900,
        metered_amount: 0,
        proration_amount: 0,
        prorations: [],
        subtotal_amount: 1900,
        discount_amount: 0,
        net_amount: 1900,
        tax_amount: 0,
        total_amount: 1900,
        applied_balance_amount: 0,
        due_amount: 1900,
      },
    });
  });

  it.each<[SubscriptionFixtureName, number]>([
    ["canceling", 0],
    ["pendingPlanChange", 1900],
    ["pendingSeatChange", 3 * 1200],
    ["seats", 5 * 1200],
    ["trialing", 4900],
    ["paused", 4500],
  ])("%s: base %i (nothing at the end of a canceling one; a scheduled change applied)", async (name, base) => {
    polar();
    const { status, body } = await call("GET", name, "charge-preview");
    expect(status).toBe(200);
    expect(body.base_amount).toBe(base);
  });

  it.each<[SubscriptionFixtureName]>([["pastDue"], ["pausedIndefinitely"], ["ended"], ["canceled"], ["unpaid"], ["incomplete"]])(
    "%s: 404 ResourceNotFound (no charge is coming)",
    async (name) => {
      polar();
      expect(await call("GET", name, "charge-preview")).toEqual({ status: 404, body: { error: "ResourceNotFound", detail: "Not found" } });
    },
  );
});

describe("change-preview (B6, B9)", () => {
  it("a plan change: the credit for Starter's unused time and the debit for Pro's, from the mock's clock to the period end", async () => {
    polar();
    const { status, body } = await call("POST", "active", "change-preview", { product_id: productFixtures.pro.id });
    expect(status).toBe(200);
    const { start, end } = { start: Date.parse(subscriptionFixtures.active.current_period_start), end: Date.parse(subscriptionFixtures.active.current_period_end) };
    const share = (end - Date.parse(MOCK_NOW)) / (end - start);
    expect(body.prorations).toEqual([
      { label: "Remaining time on Starter — From Mar 20, 2026 to Apr 14, 2026", amount: -Math.round(1900 * share) },
      { label: "Pro — From Mar 20, 2026 to Apr 14, 2026", amount: Math.round(4900 * share) },
    ]);
    expect(body).toMatchObject({ base_amount: 0, proration_amount: Math.round(4900 * share) - Math.round(1900 * share) });
    expect(body.total_amount).toBe(body.proration_amount);
  });

  it("a seat change: the prorated difference; the same refusals as the change itself", async () => {
    polar();
    const more = await call("POST", "seats", "change-preview", { seats: 7 });
    expect((more.body.prorations as { label: string }[])[0]!.label).toMatch(/^Team \(5 → 7 seats\)/);
    expect(more.body.proration_amount).toBeGreaterThan(0);
    expect(await call("POST", "seats", "change-preview", { seats: 1 })).toEqual({ status: 400, body: { error: "BelowMinimumSeats", detail: "Minimum 2 seats required." } });
    expect((await call("POST", "active", "change-preview", { product_id: productFixtures.archived.id })).status).toBe(422);
  });

  it("under next_period nothing is prorated; moving onto seats is refused there", async () => {
    polar({ organization: makeOrganization({ proration_behavior: "next_period" }) });
    expect((await call("POST", "active", "change-preview", { product_id: productFixtures.pro.id })).body).toMatchObject({ prorations: [], total_amount: 0 });
    const seats = await call("POST", "active", "change-preview", { product_id: productFixtures.team.id });
    expect(seats.status).toBe(422);
    expect(seats.body.detail).toMatchObject([{ loc: ["body", "proration_behavior"] }]);
  });

  it("previews nothing: the subscription stays as it was", async () => {
    const mock = polar();
    await call("POST", "active", "change-preview", { product_id: productFixtures.pro.id });
    expect(mock.getSubscription(subscriptionFixtures.active.id)).toEqual(subscriptionFixtures.active);
  });

  it("a body that is neither shape is a 422 from both members", async () => {
    polar();
    const { status, body } = await call("POST", "active", "change-preview", { seats: 2, product_id: productFixtures.pro.id });
    expect(status).toBe(422);
    expect((body.detail as { loc: string[] }[]).map((issue) => issue.loc[1])).toEqual([
      "CustomerSubscriptionChangePreviewProduct",
      "CustomerSubscriptionChangePreviewSeats",
    ]);
  });
});

describe("cancel-preview and revoke (B5)", () => {
  const dunningOrder = makeOrder({
    id: "0d6e2f1a-3b4c-4d5e-9f60-718293ff0002",
    status: "pending",
    paid: false,
    billing_reason: "subscription_cycle",
    subscription_id: subscriptionFixtures.pastDue.id,
    receipt_number: null,
  });

  it("past due with no grace period: revoking stops collection of what is outstanding", async () => {
    polar({ orders: [dunningOrder] });
    expect((await call("GET", "pastDue", "cancel-preview")).body).toEqual({ stops_collection: true, outstanding_amount: dunningOrder.due_amount });
    const { status, body } = await call("POST", "pastDue", "revoke", { cancellation_reason: "too_expensive" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "canceled", ended_at: MOCK_NOW, ends_at: MOCK_NOW, canceled_at: MOCK_NOW, customer_cancellation_reason: "too_expensive" });
    const order = await fetch(`https://api.polar.sh/v1/customer-portal/orders/${dunningOrder.id}`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
    expect(((await order.json()) as { status: string }).status).toBe("void");
  });

  it.each<[string, PolarMockOptions, SubscriptionFixtureName, number, unknown]>([
    ["a grace period", { organization: { ...makeOrganization(), benefit_revocation_grace_period: 7 } }, "pastDue", 409, { error: "RevokeNotAllowed", detail: "This subscription can only be revoked while it is past-due with no benefit grace period." }],
    ["an active subscription", {}, "active", 409, { error: "RevokeNotAllowed", detail: "This subscription can only be revoked while it is past-due with no benefit grace period." }],
    ["an ended subscription", {}, "ended", 403, { error: "AlreadyCanceledSubscription", detail: "This subscription is already canceled or will be at the end of the period." }],
  ])("revoke refuses %s", async (_name, options, name, status, body) => {
    polar(options);
    expect(await call("POST", name, "revoke", {})).toEqual({ status, body });
  });

  it("cancel-preview of anything but past due: nothing stops", async () => {
    polar();
    expect((await call("GET", "active", "cancel-preview")).body).toEqual({ stops_collection: false, outstanding_amount: null });
  });
});

describe("a Polar without the private routes (previews: false)", () => {
  it.each<["GET" | "POST", string, unknown]>([
    ["GET", "charge-preview", undefined],
    ["GET", "cancel-preview", undefined],
    ["POST", "change-preview", { seats: 3 }],
    ["POST", "revoke", {}],
  ])("%s %s answers FastAPI's 404 for a route it does not have", async (method, route, body) => {
    polar({ previews: false });
    expect(await call(method, "seats", route, body)).toEqual({ status: 404, body: { detail: "Not Found" } });
  });

  it("the public routes still answer", async () => {
    polar({ previews: false });
    expect((await fetch(`${API}/${subscriptionFixtures.seats.id}`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } })).status).toBe(200);
  });
});
