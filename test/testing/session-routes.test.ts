// @vitest-environment node
// The mock's session routes, answered as Polar's server answers them: who the token is
// (customer-session/user, introspect), the organization by slug (no session needed), minted
// sessions that expire by the mock's clock, and the billing routes refused to a plain member.
import { beforeEach, describe, expect, it } from "vitest";
import { fixtures, makeOrganization } from "../../src/testing";
import { createPolarMock, MOCK_CUSTOMER, type PolarMock } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal";
const server = serveForFile();
let clock = Date.parse("2026-05-01T08:00:00Z");
let mock: PolarMock;

beforeEach(() => {
  clock = Date.parse("2026-05-01T08:00:00Z");
  mock = createPolarMock({ now: () => new Date(clock), organization: makeOrganization({ slug: "acme" }) });
  server.use(...mock.handlers);
});

const get = (path: string, token?: string) => fetch(`${API}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe("customer-session/user and introspect", () => {
  it("answers a customer session with the customer, role and member id null", async () => {
    const response = await get("/customer-session/user", mock.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: "customer", name: MOCK_CUSTOMER.name, email: MOCK_CUSTOMER.email, customer_id: mock.customerId, member_id: null, role: null });
  });

  it.each(["owner", "billing_manager", "member"] as const)("answers a %s's member session (polar_mst_) with its role", async (role) => {
    const session = mock.createSession({ role });
    expect(session.token).toMatch(/^polar_mst_/);
    const body = await (await get("/customer-session/user", session.token)).json();
    expect(body).toMatchObject({ type: "member", role, member_id: session.member_id, customer_id: mock.customerId });
  });

  it("introspect tells when the session expires", async () => {
    const session = mock.createSession({ ttlSeconds: 600 });
    expect(session.expires_at).toBe("2026-05-01T08:10:00.000Z");
    expect(await (await get("/customer-session/introspect", session.token)).json()).toEqual({ expires_at: session.expires_at, return_url: null });
  });

  it("refuses a session once the mock's clock passes its expiry, as Polar does (401 invalid_token)", async () => {
    const session = mock.createSession();
    clock += 3_600_000 - 1;
    expect((await get("/customer-session/user", session.token)).status).toBe(200);
    clock += 1;
    const response = await get("/customer-session/user", session.token);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "invalid_token" });
  });

  it("needs a session: none is 401", async () => {
    const response = await get("/customer-session/user");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized", detail: "Unauthorized" });
  });
});

describe("billing routes and roles", () => {
  it.each([
    ["customer", undefined, 200],
    ["owner", "owner", 200],
    ["billing manager", "billing_manager", 200],
    ["plain member", "member", 403],
  ] as const)("the orders answer a %s with %s", async (_, role, status) => {
    const { token } = mock.createSession({ role });
    const list = await get("/orders/", token);
    const order = await get(`/orders/${fixtures.paid.id}`, token);
    expect([list.status, order.status]).toEqual([status, status]);
    if (status === 403) {
      expect(await list.json()).toEqual({ error: "NotPermitted", detail: "Only owners and billing managers can access billing features." });
    }
  });
});

describe("organizations/{slug}", () => {
  it("answers the seeded organization without a session, with its settings and public products", async () => {
    const response = await get("/organizations/acme");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { organization: { slug: string; customer_portal_settings: unknown }; products: { visibility: string }[] };
    expect(body.organization.slug).toBe("acme");
    expect(body.organization.customer_portal_settings).toEqual(makeOrganization().customer_portal_settings);
    expect(body.products.length).toBeGreaterThan(0);
    expect(body.products.every((product) => product.visibility === "public")).toBe(true);
  });

  it("answers a settings change made mid-session, and an unknown slug with 404 ResourceNotFound", async () => {
    const before = makeOrganization({ slug: "acme" });
    mock.setOrganization({ ...before, customer_portal_settings: { ...before.customer_portal_settings, subscription: { update_seats: false, update_plan: false, pause: true } } });
    const body = (await (await get("/organizations/acme", mock.token)).json()) as { organization: { customer_portal_settings: { subscription: unknown } } };
    expect(body.organization.customer_portal_settings.subscription).toEqual({ update_seats: false, update_plan: false, pause: true });
    const missing = await get("/organizations/nobody");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "ResourceNotFound", detail: "Not found" });
  });

  it("reset() restores the seeded organization and forgets minted sessions", async () => {
    const { token } = mock.createSession();
    mock.setOrganization(makeOrganization({ slug: "other" }));
    mock.reset();
    expect((await get("/organizations/acme")).status).toBe(200);
    expect((await get("/customer-session/user", token)).status).toBe(401);
  });
});
