// @vitest-environment node
// A resource plugs into the mock's core with its store, routes, "malformed" answer and controls,
// and gets everything else from the core: auth and member roles, failures, holds, the redacted
// request log, version checks, list query parsing and reset. The resource here is a made-up
// "subscriptions" one, so nothing of the orders' own code takes part.
import { HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import { clone, createMockCore, notFound, type MockResource } from "../../src/testing/mock/core";
import { listQueryReader, paginate, parseUuid, requestValidationError } from "../../src/testing/mock/pydantic";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal";
const TOKEN = "polar_cst_fake";
const CUSTOMER = "6b4f3a2e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

interface Subscription {
  id: string;
  customer_id: string;
  amount: number;
}

const subscription = (n: number, amount = n * 100): Subscription => ({
  id: `f6a7b8c9-0000-4000-8000-${String(n).padStart(12, "0")}`,
  customer_id: CUSTOMER,
  amount,
});
const initial = Array.from({ length: 120 }, (_, index) => subscription(index + 1));

function subscriptionsResource(): MockResource<{ getSubscription(id: string): Subscription | undefined; setSubscription(s: Subscription): void }> {
  let store = new Map(clone(initial).map((entry) => [entry.id, entry]));
  return {
    routes: [
      {
        method: "get",
        path: "/v1/customer-portal/subscriptions/",
        access: "session",
        answer({ url }) {
          const read = listQueryReader(url.searchParams);
          const { page, limit } = read.pagination();
          const sorting = read.sorting(["amount", "started_at"] as const, "-amount");
          if (read.issues.length > 0) return requestValidationError(read.issues);
          return HttpResponse.json(paginate([...store.values()], { page, limit, sorting }, { amount: (s) => s.amount, started_at: () => null }));
        },
        malformed: () => HttpResponse.json({ items: [{ id: 1 }], pagination: {} }),
      },
      {
        method: "get",
        path: "/v1/customer-portal/subscriptions/:id",
        access: "billing",
        answer({ params }) {
          const parsed = parseUuid(params.id!);
          if ("issue" in parsed) return requestValidationError([parsed.issue]);
          const found = store.get(parsed.id);
          return found ? HttpResponse.json(found) : notFound();
        },
      },
      {
        method: "get",
        path: "/fake-health",
        access: "direct",
        answer: () => HttpResponse.text("ok"),
      },
    ],
    reset() {
      store = new Map(clone(initial).map((entry) => [entry.id, entry]));
    },
    controls: {
      getSubscription: (id) => store.get(id),
      setSubscription: (entry) => void store.set(entry.id, entry),
    },
  };
}

const server = serveForFile();
let mock: ReturnType<typeof serve>;
const serve = () => {
  const core = createMockCore({ token: TOKEN, customerId: CUSTOMER, latency: 0, now: () => "2026-05-01T08:00:00Z" });
  return core.serve([subscriptionsResource()]);
};

beforeEach(() => {
  mock = serve();
  server.use(...mock.handlers);
});

const get = (path: string, token: string | null = TOKEN, headers: Record<string, string> = {}) =>
  fetch(`${API}${path}`, { headers: { ...(token !== null && { Authorization: `Bearer ${token}` }), ...headers } });
const first = subscription(1);

describe("a resource served by the mock core", () => {
  it("answers its routes only to a valid session, in Polar's words", async () => {
    expect(await (await get(`/subscriptions/${first.id}`)).json()).toEqual(first);
    const missing = await get(`/subscriptions/${first.id}`, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: "Unauthorized", detail: "Unauthorized" });
    const invalid = await get(`/subscriptions/${first.id}`, "polar_cst_other");
    expect(invalid.status).toBe(401);
    expect(invalid.headers.get("WWW-Authenticate")).toBe('Bearer error="invalid_token"');
    expect((await invalid.json()).error).toBe("invalid_token");
  });

  it("refuses a plain member its billing routes, not its session routes", async () => {
    const member = mock.createSession({ role: "member" });
    const refused = await get(`/subscriptions/${first.id}`, member.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "NotPermitted", detail: "Only owners and billing managers can access billing features." });
    expect((await get("/subscriptions/", member.token)).status).toBe(200);
    expect((await get(`/subscriptions/${first.id}`, mock.createSession({ role: "billing_manager" }).token)).status).toBe(200);
  });

  it("fails as told, with the resource's own malformed answer", async () => {
    mock.failNext("malformed");
    expect(await (await get("/subscriptions/")).json()).toEqual({ items: [{ id: 1 }], pagination: {} });
    mock.failNext(429);
    const limited = await get("/subscriptions/");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("1");
    mock.failNext("malformed");
    // A route without a malformed answer of its own: an object without any of its fields.
    expect(await (await get(`/subscriptions/${first.id}`)).json()).toEqual({});
    mock.failNext("network");
    await expect(get("/subscriptions/")).rejects.toThrow();
    expect((await get("/subscriptions/")).status).toBe(200);
  });

  it("logs every request with the Authorization value redacted, but not a direct route", async () => {
    await get(`/subscriptions/${first.id}`);
    await get("/subscriptions/", "polar_cst_other");
    expect(await (await fetch("https://api.polar.sh/fake-health")).text()).toBe("ok");
    const log = mock.requests;
    expect(log.map(({ path, auth }) => [path, auth])).toEqual([
      [`/v1/customer-portal/subscriptions/${first.id}`, "valid"],
      ["/v1/customer-portal/subscriptions/", "invalid"],
    ]);
    expect(log[0]!.headers.authorization).toBe("Bearer [redacted]");
    expect(JSON.stringify(log)).not.toContain(TOKEN);
  });

  it("refuses an unknown Polar-Version as Polar's router does", async () => {
    const response = await get("/subscriptions/", TOKEN, { "Polar-Version": "2020-01" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: "Not Found" });
  });

  it("reads the list's query as FastAPI does: limit capped at 100, Polar's 422 issues", async () => {
    const page = await (await get("/subscriptions/?limit=500")).json();
    expect(page.items).toHaveLength(100);
    expect(page.items[0]).toEqual(subscription(120));
    expect(page.pagination).toEqual({ total_count: 120, max_page: 2 });
    const refused = await get("/subscriptions/?page=x&sorting=name");
    expect(refused.status).toBe(422);
    expect((await refused.json()).detail).toEqual([
      expect.objectContaining({ type: "int_parsing", loc: ["query", "page"], input: "x" }),
      expect.objectContaining({ type: "enum", loc: ["query", "sorting", 0], msg: "Input should be 'amount', '-amount', 'started_at' or '-started_at'" }),
    ]);
  });

  it("reset restores the resource's store, empties the log and drops a request held from before", async () => {
    mock.setSubscription({ ...first, amount: 1 });
    expect(mock.getSubscription(first.id)?.amount).toBe(1);
    const gate = mock.holdNext("GET");
    const held = get(`/subscriptions/${first.id}`);
    await gate.arrived;
    mock.reset();
    await expect(held).rejects.toThrow();
    expect(mock.getSubscription(first.id)?.amount).toBe(first.amount);
    expect(mock.requests).toEqual([]);
  });
});

describe("a session that expires while a request is held", () => {
  it("answers the held request as it arrived, and refuses the next one", async () => {
    const gate = mock.holdNext("GET");
    const held = get(`/subscriptions/${first.id}`);
    expect((await gate.arrived).auth).toBe("valid");
    mock.expireSession();
    gate.release();
    const response = await held;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(first);
    expect((await get(`/subscriptions/${first.id}`)).status).toBe(401);
  });
});
