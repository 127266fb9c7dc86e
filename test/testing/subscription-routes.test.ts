// @vitest-environment node
// The mock's subscription reads, answered as Polar's `customer_portal/endpoints/subscription.py`:
// the list (only started subscriptions; `product_id`, `active`, `query`, `sorting`, paging), one
// subscription (404 for another customer's), the organization with its public products, and the
// orders of a subscription.
import { describe, expect, it } from "vitest";
import { makeOrder, makeOrganization, otherCustomerSubscription, productFixtures, subscriptionFixtures, type FixtureCustomerSubscription } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN } from "../../src/testing/msw";
import { mockPolarForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal";
const { mock, server } = mockPolarForFile();

const get = (path: string, token: string | null = POLAR_TEST_TOKEN) => fetch(`${API}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
type Page = { items: FixtureCustomerSubscription[]; pagination: { total_count: number; max_page: number } };
const list = async (query = "") => {
  const response = await get(`/subscriptions/${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};
const ids = (page: Page) => page.items.map((item) => item.id);
const named = (...names: (keyof typeof subscriptionFixtures)[]) => names.map((name) => subscriptionFixtures[name].id);

describe("GET /subscriptions/", () => {
  it("lists the customer's started subscriptions, newest start first, ten a page", async () => {
    const page = await list("?limit=100");
    const started = Object.values(subscriptionFixtures).filter((subscription) => subscription.started_at !== null);
    expect(page.pagination.total_count).toBe(started.length);
    expect(ids(page)).not.toContain(subscriptionFixtures.incomplete.id);
    expect(ids(page)).not.toContain(otherCustomerSubscription.id);
    const starts = page.items.map((item) => Date.parse(item.started_at!));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const first = await list();
    expect(first.items).toHaveLength(10);
    expect(first.pagination.max_page).toBe(Math.ceil(started.length / 10));
  });

  it("active=true is trialing or active, active=false canceled or unpaid; past due and paused match neither", async () => {
    const active = await list("?active=true&limit=100");
    expect(new Set(active.items.map((item) => item.status))).toEqual(new Set(["trialing", "active"]));
    const inactive = await list("?active=false&limit=100");
    expect(new Set(inactive.items.map((item) => item.status))).toEqual(new Set(["canceled", "unpaid"]));
    for (const status of ["past_due", "paused"]) {
      expect([...active.items, ...inactive.items].some((item) => item.status === status)).toBe(false);
    }
  });

  it("filters by product (repeatable) and searches product names, case-insensitively", async () => {
    const team = await list(`?product_id=${productFixtures.team.id}&product_id=${productFixtures.weekly.id}&limit=100`);
    expect(new Set(team.items.map((item) => item.product.name))).toEqual(new Set(["Team", "Coffee Club"]));
    const search = await list("?query=COFFEE&limit=100");
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items.every((item) => item.product.name === "Coffee Club")).toBe(true);
  });

  it("sorts by amount, product and status, both ways", async () => {
    const byAmount = (await list("?sorting=amount&limit=100")).items.map((item) => item.amount);
    expect(byAmount).toEqual([...byAmount].sort((a, b) => a - b));
    const byProduct = (await list("?sorting=-product&limit=100")).items.map((item) => item.product.name);
    expect(byProduct).toEqual([...byProduct].sort((a, b) => b.localeCompare(a, "en")));
    const byStatus = (await list("?sorting=status&sorting=-started_at&limit=100")).items.map((item) => item.status);
    expect(byStatus).toEqual([...byStatus].sort());
  });

  it("refuses bad parameters as FastAPI does, every issue at once", async () => {
    const response = await get("/subscriptions/?page=0&sorting=price&product_id=nope&active=maybe");
    expect(response.status).toBe(422);
    const { detail } = (await response.json()) as { detail: { type: string; loc: (string | number)[] }[] };
    expect(detail.map((issue) => [issue.type, issue.loc.join(".")])).toEqual([
      ["greater_than", "query.page"],
      ["enum", "query.sorting.0"],
      ["uuid_parsing", "query.product_id.0"],
      ["bool_parsing", "query.active"],
    ]);
  });

  it("answers a member of any role (Polar's UnionRead), and 401 without a token", async () => {
    const { token } = mock.createSession({ role: "member" });
    expect((await get("/subscriptions/", token)).status).toBe(200);
    expect((await get(`/subscriptions/${subscriptionFixtures.active.id}`, token)).status).toBe(200);
    expect((await get("/subscriptions/", null)).status).toBe(401);
  });
});

describe("GET /subscriptions/{id}", () => {
  it("answers the subscription in Polar's shape: no card, the product inside the organization as it is now", async () => {
    mock.setOrganization(makeOrganization({ proration_behavior: "invoice" }));
    const response = await get(`/subscriptions/${subscriptionFixtures.seats.id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & FixtureCustomerSubscription;
    expect(body).not.toHaveProperty("payment_method_id");
    expect(body.seats).toBe(5);
    expect(body.product.organization.proration_behavior).toBe("invoice");
    expect(body.prices[0]).toMatchObject({ amount_type: "seat_based", seat_tiers: { minimum_seats: 2, maximum_seats: 20 } });
  });

  it("answers an incomplete subscription by id although the list leaves it out", async () => {
    expect((await get(`/subscriptions/${subscriptionFixtures.incomplete.id}`)).status).toBe(200);
  });

  it("answers 404 ResourceNotFound for another customer's subscription and an unknown one, 422 for a bad id", async () => {
    for (const id of [otherCustomerSubscription.id, "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"]) {
      const response = await get(`/subscriptions/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "ResourceNotFound", detail: "Not found" });
    }
    expect((await get("/subscriptions/not-an-id")).status).toBe(422);
  });
});

describe("GET /organizations/{slug}", () => {
  it("lists the organization's public, unarchived products as CustomerProduct (no organization inside)", async () => {
    const response = await get(`/organizations/${makeOrganization().slug}`, null);
    const body = (await response.json()) as { organization: Record<string, unknown>; products: Record<string, unknown>[] };
    const listed = body.products.map((product) => product.id);
    expect(listed).toContain(productFixtures.pro.id);
    expect(listed).toContain(productFixtures.team.id);
    expect(listed).not.toContain(productFixtures.archived.id);
    expect(listed).not.toContain(productFixtures.private.id);
    expect(body.products.every((product) => !("organization" in product))).toBe(true);
    expect(body.organization).toMatchObject({ proration_behavior: "prorate", customer_portal_settings: { subscription: { update_plan: true, update_seats: true } } });
  });

  it("keeps the grace period to itself", async () => {
    server.use(...createPolarMock({ organization: { ...makeOrganization(), benefit_revocation_grace_period: 7 } }).handlers);
    const body = (await (await get(`/organizations/${makeOrganization().slug}`, null)).json()) as { organization: Record<string, unknown> };
    expect(body.organization).not.toHaveProperty("benefit_revocation_grace_period");
  });
});

describe("orders of a subscription", () => {
  it("filters by subscription_id, and an order embeds the subscription as it is now", async () => {
    const subscription = subscriptionFixtures.canceling;
    const invoice = makeOrder({ id: "0d6e2f1a-3b4c-4d5e-9f60-718293ff0001", subscription_id: subscription.id, billing_reason: "subscription_cycle" });
    server.use(...createPolarMock({ orders: [makeOrder(), invoice] }).handlers);
    const response = await get(`/orders/?subscription_id=${subscription.id}`);
    const page = (await response.json()) as { items: { id: string; subscription: { cancel_at_period_end: boolean; ends_at: string } }[] };
    expect(page.items.map((order) => order.id)).toEqual([invoice.id]);
    expect(page.items[0]!.subscription).toMatchObject({ cancel_at_period_end: true, ends_at: subscription.ends_at });
    expect(page.items[0]!.subscription).not.toHaveProperty("product");
  });
});

describe("injected failures", () => {
  it("a malformed answer is the subscription with a string amount, for a GET and for the list", async () => {
    mock.failNext("malformed");
    const one = (await (await get(`/subscriptions/${subscriptionFixtures.active.id}`)).json()) as { id: string; amount: unknown };
    expect([one.id, one.amount]).toEqual([subscriptionFixtures.active.id, "19.00"]);
    mock.failNext("malformed");
    const page = (await (await get("/subscriptions/")).json()) as { items: { amount: unknown }[] };
    expect(page.items[0]!.amount).toBe("19.00");
  });

  it("holdNext and failNext take DELETE", async () => {
    mock.failNext(500, { method: "DELETE" });
    expect((await get(`/subscriptions/${subscriptionFixtures.active.id}`)).status).toBe(200);
    const response = await fetch(`${API}/subscriptions/${subscriptionFixtures.active.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
    expect(response.status).toBe(500);
    const gate = mock.holdNext("DELETE");
    const pending = fetch(`${API}/subscriptions/${subscriptionFixtures.active.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
    expect((await gate.arrived).method).toBe("DELETE");
    gate.release();
    expect((await pending).status).toBe(200);
  });
});
