// @vitest-environment node
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPortalClient, isPortalError, PortalError, type CustomerOrder } from "../../src/index";
import { fixtures, otherCustomerOrder } from "../../src/testing";
import { createPolarMock, defaultPolarMock, handlers, MOCK_NOW, POLAR_TEST_TOKEN, type PolarMock } from "../../src/testing/msw";
import { serveForFile } from "../support";
import { getOrder, updateOrder } from "../../src/features/orders/api/order";

const API = "https://api.polar.sh/v1/customer-portal/orders";
const server = serveForFile();
let mock: PolarMock;

// A fresh mock per test, added with server.use so a test can drop it (resetHandlers) for a mock of its own.
beforeEach(() => {
  mock = createPolarMock({ now: () => new Date("2026-05-01T08:00:00Z") });
  server.use(...mock.handlers);
});

function call(id: string, init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? POLAR_TEST_TOKEN}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(`${API}/${id}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

const patch = (id: string, body: unknown) => call(id, { method: "PATCH", body });
const client = () => createPortalClient({ token: POLAR_TEST_TOKEN });

async function portalError(promise: Promise<unknown>): Promise<PortalError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isPortalError(error)) throw new Error(`expected a PortalError, got ${String(error)}`);
  return error;
}

describe("GET /v1/customer-portal/orders/{id}", () => {
  it("answers the stored order to its customer", async () => {
    const response = await call(fixtures.jpy.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(fixtures.jpy);
    await expect(getOrder(client(), fixtures.eur.id)).resolves.toEqual(fixtures.eur);
  });

  it("answers 401 Unauthorized without a bearer token", async () => {
    const response = await call(fixtures.paid.id, { token: null });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized", detail: "Unauthorized" });
  });

  it("answers 401 invalid_token for a wrong token and for an expired session", async () => {
    const wrong = await call(fixtures.paid.id, { token: "polar_cst_wrong" });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "invalid_token", error_description: expect.any(String) });

    mock.expireSession();
    const error = await portalError(getOrder(client(), fixtures.paid.id));
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, code: "invalid_token" });
    expect(error.message).not.toContain(POLAR_TEST_TOKEN);
  });

  it("answers 404 ResourceNotFound, never 403, for another customer's order and for an unknown id", async () => {
    for (const id of [otherCustomerOrder.id, "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"]) {
      const response = await call(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "ResourceNotFound", detail: expect.any(String) });
    }
    await expect(portalError(getOrder(client(), otherCustomerOrder.id))).resolves.toMatchObject({ kind: "not_found" });
  });

  it("answers 422 at path.id for an id that is not a UUID v4", async () => {
    for (const id of ["not-a-uuid", "0d6e2f1a-3b4c-1d5e-9f60-718293a4b5c6"]) {
      const response = await call(id);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { detail: { loc: unknown[]; type: string }[] };
      expect(body.detail).toEqual([expect.objectContaining({ loc: ["path", "id"], input: id })]);
    }
  });

  it("accepts Polar-Version 2026-04 and 2026-10 and answers 404 to any other", async () => {
    expect((await call(fixtures.paid.id, { headers: { "Polar-Version": "2026-04" } })).status).toBe(200);
    await expect(getOrder(createPortalClient({ token: POLAR_TEST_TOKEN, apiVersion: "2026-10" }), fixtures.paid.id)).resolves.toEqual(fixtures.paid);
    expect((await call(fixtures.paid.id, { headers: { "Polar-Version": "2025-01" } })).status).toBe(404);
  });

  it("answers any origin by default: sandbox and a merchant's proxy", async () => {
    const sandbox = createPortalClient({ token: POLAR_TEST_TOKEN, server: "sandbox" });
    const proxy = createPortalClient({ token: POLAR_TEST_TOKEN, server: "https://shop.example/api/polar/" });
    await expect(getOrder(sandbox, fixtures.paid.id)).resolves.toEqual(fixtures.paid);
    await expect(getOrder(proxy, fixtures.paid.id)).resolves.toEqual(fixtures.paid);
    expect(mock.requests.map((request) => request.url)).toEqual([
      `https://sandbox-api.polar.sh/v1/customer-portal/orders/${fixtures.paid.id}`,
      `https://shop.example/api/polar/v1/customer-portal/orders/${fixtures.paid.id}`,
    ]);
  });

  it("with a baseUrl, answers only under that prefix", async () => {
    server.resetHandlers();
    const scoped = createPolarMock({ baseUrl: "https://shop.example/polar/" });
    const elsewhere = http.all("*", () => new HttpResponse(null, { status: 599 }));
    server.use(elsewhere);
    server.use(...scoped.handlers);
    const proxy = createPortalClient({ token: POLAR_TEST_TOKEN, server: "https://shop.example/polar" });
    await expect(getOrder(proxy, fixtures.paid.id)).resolves.toEqual(fixtures.paid);
    // Production falls through to the catch-all: the scoped mock does not answer it.
    await expect(portalError(getOrder(client(), fixtures.paid.id))).resolves.toMatchObject({ status: 599 });
    expect(scoped.requests).toHaveLength(1);
  });
});

describe("PATCH /v1/customer-portal/orders/{id}", () => {
  it("changes only billing_name and billing_address, and sets modified_at from the clock", async () => {
    const response = await patch(fixtures.paid.id, { billing_name: "Grace Hopper", status: "void", total_amount: 0 });
    expect(response.status).toBe(200);
    const order = (await response.json()) as CustomerOrder;
    expect(order).toEqual({ ...fixtures.paid, billing_name: "Grace Hopper", modified_at: "2026-05-01T08:00:00.000Z" });
    expect(mock.getOrder(fixtures.paid.id)).toEqual(order);
    expect((await (await call(fixtures.paid.id)).json()) as CustomerOrder).toEqual(order);
  });

  it("defaults the clock to MOCK_NOW", async () => {
    server.resetHandlers();
    const plain = createPolarMock();
    server.use(...plain.handlers);
    const order = (await (await patch(fixtures.paid.id, { billing_name: "Grace" })).json()) as CustomerOrder;
    expect(order.modified_at).toBe(MOCK_NOW);
  });

  it("leaves a missing key unchanged and clears a key sent as null", async () => {
    const renamed = await updateOrder(client(), fixtures.paid.id, { billing_name: "Grace Hopper" });
    expect(renamed.billing_address).toEqual(fixtures.paid.billing_address);

    const cleared = await updateOrder(client(), fixtures.paid.id, { billing_name: null, billing_address: null });
    expect(cleared).toMatchObject({ billing_name: null, billing_address: null });
  });

  it('trims address strings and stores "" as null', async () => {
    const order = await updateOrder(client(), fixtures.eur.id, {
      billing_address: { line1: "  12 Rue de Rivoli ", line2: "", postal_code: " 75001", city: "Paris ", state: "   ", country: "FR" },
    });
    expect(order.billing_address).toEqual({ line1: "12 Rue de Rivoli", line2: null, postal_code: "75001", city: "Paris", state: null, country: "FR" });
  });

  // Polar's CustomerOrderUpdate has no trimming validator on billing_name (unlike the address).
  it.each(["  Émilie Dubois  ", "", "   "])('stores billing_name %j exactly as sent', async (name) => {
    const response = await patch(fixtures.eur.id, { billing_name: name });
    expect(response.status).toBe(200);
    expect(((await response.json()) as CustomerOrder).billing_name).toBe(name);
    expect(mock.getOrder(fixtures.eur.id)?.billing_name).toBe(name);
  });

  it("replaces the address whole: a sub-field left out is cleared", async () => {
    expect(fixtures.eur.billing_address?.line2).toBe("Bâtiment B");
    const order = await updateOrder(client(), fixtures.eur.id, {
      billing_address: { line1: "1 Place Vendôme", postal_code: "75001", city: "Paris", country: "FR" },
    });
    expect(order.billing_address).toEqual({ line1: "1 Place Vendôme", line2: null, postal_code: "75001", city: "Paris", state: null, country: "FR" });
  });

  it("upper-cases the country and accepts any country on an order without an address", async () => {
    const order = await updateOrder(client(), fixtures.noBilling.id, {
      billing_name: "Ada",
      billing_address: { line1: "Drottninggatan 1", postal_code: "111 51", city: "Stockholm", country: "se" },
    });
    expect(order.billing_address?.country).toBe("SE");
  });

  it.each(["CU", "IR", "KP", "SY", "RU", "ru", "XX"])("refuses country %s with 422 at billing_address.country", async (country) => {
    const response = await patch(fixtures.noBilling.id, { billing_address: { line1: "1 Main St", city: "Town", country } });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: { loc: unknown[]; type: string; input: unknown }[] };
    // Polar upper-cases before its enum check, so the refused input comes back upper-cased.
    expect(body.detail).toEqual([expect.objectContaining({ type: "enum", loc: ["body", "billing_address", "country"], input: country.toUpperCase() })]);
    expect(mock.getOrder(fixtures.noBilling.id)?.billing_address).toBeNull();
  });

  it('normalises a bare US/CA state to ISO 3166-2 ("CA" → "US-CA") and keeps free text elsewhere', async () => {
    const us = await updateOrder(client(), fixtures.noBilling.id, {
      billing_address: { line1: "1 Infinite Loop", postal_code: "95014", city: "Cupertino", state: " CA ", country: "US" },
    });
    expect(us.billing_address?.state).toBe("US-CA");

    mock.reset();
    const canada = await updateOrder(client(), fixtures.noBilling.id, {
      billing_address: { line1: "1 Yonge St", postal_code: "M5E 1E5", city: "Toronto", state: "ON", country: "CA" },
    });
    expect(canada.billing_address?.state).toBe("CA-ON");

    mock.reset();
    const japan = await updateOrder(client(), fixtures.noBilling.id, {
      billing_address: { line1: "千代田1-1", postal_code: "100-0001", city: "千代田区", state: "東京都", country: "JP" },
    });
    expect(japan.billing_address?.state).toBe("東京都");
  });

  it.each([
    ["US", "ZZ", "Value error, Invalid US state"],
    ["US", "ca", "Value error, Invalid US state"],
    ["CA", "US-CA", "Value error, Invalid CA subdivision"],
    ["CA", "XX", "Value error, Invalid CA subdivision"],
  ])("refuses %s state %s on the whole address", async (country, state, msg) => {
    const response = await patch(fixtures.noBilling.id, { billing_address: { line1: "1 Main St", city: "Town", state, country } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "RequestValidationError",
      detail: [expect.objectContaining({ type: "value_error", loc: ["body", "billing_address"], msg })],
    });

    const error = await portalError(updateOrder(client(), fixtures.noBilling.id, { billing_address: { line1: "1 Main St", state, country } }));
    expect(error.kind).toBe("validation");
    expect(error.fieldErrors).toEqual({ billing_address: [msg] });
  });

  it("refuses a country change once the order has an address", async () => {
    const error = await portalError(
      updateOrder(client(), fixtures.paid.id, { billing_address: { line1: "1 Yonge St", city: "Toronto", state: "CA-ON", country: "CA" } }),
    );
    expect(error.fieldErrors).toEqual({ "billing_address.country": ["Country cannot be changed"], "billing_address.state": ["State cannot be changed"] });
    expect(mock.getOrder(fixtures.paid.id)).toEqual(fixtures.paid);

    const sameState = await patch(fixtures.paid.id, { billing_address: { line1: "1 Main St", city: "Reno", state: "NV", country: "US" } });
    expect(await sameState.json()).toEqual({
      error: "PolarRequestValidationError",
      detail: [expect.objectContaining({ loc: ["body", "billing_address", "state"], msg: "State cannot be changed" })],
    });
  });

  it("answers a change of both country and state with two entries, country first", async () => {
    const response = await patch(fixtures.paid.id, { billing_address: { line1: "1 Yonge St", city: "Toronto", state: "ON", country: "CA" } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "PolarRequestValidationError",
      detail: [
        { type: "value_error", loc: ["body", "billing_address", "country"], msg: "Country cannot be changed", input: "CA" },
        { type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: "CA-ON" },
      ],
    });
  });

  it.each([" us", "US ", " se"])("refuses the padded country %j: Polar upper-cases but does not trim", async (country) => {
    const response = await patch(fixtures.noBilling.id, { billing_address: { line1: "1 Main St", city: "Town", country } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "RequestValidationError",
      detail: [expect.objectContaining({ type: "enum", loc: ["body", "billing_address", "country"], input: country.toUpperCase() })],
    });
    expect(mock.getOrder(fixtures.noBilling.id)?.billing_address).toBeNull();
  });

  it.each([
    ["a different state", { state: "US-NY" }],
    ["the state left out", {}],
    ["the state sent as null", { state: null }],
  ])("refuses %s when a state is stored", async (_name, state) => {
    const response = await patch(fixtures.paid.id, {
      billing_address: { line1: "2 Analytical Way", postal_code: "94107", city: "San Francisco", country: "US", ...state },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "PolarRequestValidationError",
      detail: [expect.objectContaining({ type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed" })],
    });
    expect(mock.getOrder(fixtures.paid.id)).toEqual(fixtures.paid);
  });

  it("accepts the stored state sent back, in either form", async () => {
    for (const state of ["US-CA", "CA"]) {
      const order = await updateOrder(client(), fixtures.paid.id, {
        billing_address: { line1: "2 Analytical Way", postal_code: "94107", city: "San Francisco", state, country: "US" },
      });
      expect(order.billing_address).toMatchObject({ line1: "2 Analytical Way", state: "US-CA" });
    }
  });

  it("accepts the normalised state for a legacy order stored with a bare state code", async () => {
    const legacy = { ...fixtures.paid, billing_address: { ...fixtures.paid.billing_address!, state: "CA" } };
    mock.setOrder(legacy);
    const order = await updateOrder(client(), legacy.id, {
      billing_address: { line1: "3 Analytical Way", postal_code: "94107", city: "San Francisco", state: "US-CA", country: "US" },
    });
    expect(order.billing_address).toMatchObject({ line1: "3 Analytical Way", state: "US-CA" });
  });

  it("refuses a NUL character in billing_name", async () => {
    const response = await patch(fixtures.paid.id, { billing_name: "Ada\u0000Lovelace" });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ type: "value_error", loc: ["body", "billing_name"], msg: "Value error, This value contains invalid characters", input: "Ada\u0000Lovelace", ctx: { error: {} } }],
    });
    expect(mock.getOrder(fixtures.paid.id)?.billing_name).toBe("Ada Lovelace");
  });

  it("answers FastAPI's 422 for a body that is not a valid update", async () => {
    const cases: [unknown, unknown[]][] = [
      ["{not json", ["body", 0]],
      [{ billing_name: 42 }, ["body", "billing_name"]],
      [{ billing_address: "Paris" }, ["body", "billing_address"]],
      [{ billing_address: { line1: "1 Main St" } }, ["body", "billing_address", "country"]],
      [{ billing_address: { line1: 7, country: "FR" } }, ["body", "billing_address", "line1"]],
      [[1, 2], ["body"]],
    ];
    for (const [body, loc] of cases) {
      const response = await patch(fixtures.eur.id, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      const answer = (await response.json()) as { detail: { loc: unknown[]; msg: string; type: string }[] };
      expect(answer.detail[0]).toMatchObject({ loc, msg: expect.any(String), type: expect.any(String) });
    }
    const empty = await call(fixtures.eur.id, { method: "PATCH" });
    expect(empty.status).toBe(422);
    expect(mock.getOrder(fixtures.eur.id)).toEqual(fixtures.eur);
  });

  it("answers 404 to a PATCH of another customer's order and leaves it alone", async () => {
    const response = await patch(otherCustomerOrder.id, { billing_name: "Mallory" });
    expect(response.status).toBe(404);
    expect(mock.getOrder(otherCustomerOrder.id)?.billing_name).toBe("Charles Babbage");
  });
});

describe("failure injection", () => {
  it("answers the next request with the injected status, then behaves again", async () => {
    mock.failNext(500);
    const error = await portalError(getOrder(client(), fixtures.paid.id));
    expect(error).toMatchObject({ kind: "server", status: 500 });
    await expect(getOrder(client(), fixtures.paid.id)).resolves.toEqual(fixtures.paid);
  });

  it("429 carries Retry-After", async () => {
    mock.failNext(429);
    const response = await call(fixtures.paid.id);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("1");
    expect(await response.text()).toBe("");

    mock.failNext({ status: 429, headers: { "Retry-After": "30" } });
    await expect(portalError(getOrder(client(), fixtures.paid.id))).resolves.toMatchObject({ kind: "rate_limited", retryAfter: 30 });
  });

  it("network errors and malformed bodies reach the client as such", async () => {
    mock.failNext("network");
    await expect(portalError(getOrder(client(), fixtures.paid.id))).resolves.toMatchObject({ kind: "network" });

    mock.failNext("malformed");
    const error = await portalError(getOrder(client(), fixtures.jpy.id));
    expect(error).toMatchObject({ kind: "invalid_response", path: ["total_amount"] });
  });

  it("can target one method and several requests", async () => {
    mock.failNext(503, { method: "PATCH", times: 2 });
    await expect(getOrder(client(), fixtures.paid.id)).resolves.toEqual(fixtures.paid);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(portalError(updateOrder(client(), fixtures.paid.id, { billing_name: "Grace" }))).resolves.toMatchObject({ status: 503 });
    }
    await expect(updateOrder(client(), fixtures.paid.id, { billing_name: "Grace" })).resolves.toMatchObject({ billing_name: "Grace" });
  });

  it("answers a custom status and body as given", async () => {
    mock.failNext({ status: 403, body: { error: "NotPermitted", detail: "Members need the billing role." } });
    const error = await portalError(getOrder(client(), fixtures.paid.id));
    expect(error).toMatchObject({ kind: "forbidden", code: "NotPermitted", message: "Members need the billing role." });
  });
});

describe("holdNext", () => {
  it("keeps the next matching request waiting until released, before it is applied", async () => {
    const gate = mock.holdNext("PATCH");
    let settled = false;
    const pending = updateOrder(client(), fixtures.paid.id, { billing_name: "Grace Hopper" })
      .finally(() => (settled = true));

    const arrived = await gate.arrived;
    expect(arrived).toMatchObject({ method: "PATCH", body: { billing_name: "Grace Hopper" } });
    // A GET is not held by a PATCH gate, and still sees the old name.
    await expect(getOrder(client(), fixtures.paid.id)).resolves.toMatchObject({ billing_name: "Ada Lovelace" });
    expect(settled).toBe(false);

    gate.release();
    await expect(pending).resolves.toMatchObject({ billing_name: "Grace Hopper" });
    expect(mock.getOrder(fixtures.paid.id)?.billing_name).toBe("Grace Hopper");
  });

  it("reset drops a held request instead of applying it to the fresh store", async () => {
    const gate = mock.holdNext("PATCH");
    const pending = portalError(updateOrder(client(), fixtures.paid.id, { billing_name: "Too late" }));
    await gate.arrived;
    mock.reset();
    await expect(pending).resolves.toMatchObject({ kind: "network" });
    expect(mock.getOrder(fixtures.paid.id)).toEqual(fixtures.paid);
  });

  it("a gate released before the request arrives lets it through at once", async () => {
    const gate = mock.holdNext();
    gate.release();
    await expect(getOrder(client(), fixtures.paid.id)).resolves.toEqual(fixtures.paid);
  });
});

describe("latency", () => {
  afterEach(() => vi.useRealTimers());

  it("answers only after the configured delay", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    mock.setLatency(5000);
    let settled = false;
    const pending = getOrder(client(), fixtures.paid.id)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(4900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    await expect(pending).resolves.toEqual(fixtures.paid);
  });
});

describe("request log and reset", () => {
  it("records method, path, body and headers, with the token redacted", async () => {
    await getOrder(client(), fixtures.paid.id);
    await updateOrder(client(), fixtures.paid.id, { billing_name: "Grace" });
    await call(fixtures.paid.id, { token: null });
    await call(fixtures.paid.id, { token: "polar_cst_wrong" });

    const log = mock.requests;
    expect(log.map(({ method, path, auth }) => ({ method, path, auth }))).toEqual([
      { method: "GET", path: `/v1/customer-portal/orders/${fixtures.paid.id}`, auth: "valid" },
      { method: "PATCH", path: `/v1/customer-portal/orders/${fixtures.paid.id}`, auth: "valid" },
      { method: "GET", path: `/v1/customer-portal/orders/${fixtures.paid.id}`, auth: "missing" },
      { method: "GET", path: `/v1/customer-portal/orders/${fixtures.paid.id}`, auth: "invalid" },
    ]);
    expect(log[0]?.body).toBeUndefined();
    expect(log[1]?.body).toEqual({ billing_name: "Grace" });
    expect(log[1]?.headers["content-type"]).toBe("application/json");
    expect(log[1]?.headers.authorization).toBe("Bearer [redacted]");
    expect(JSON.stringify(log)).not.toContain("polar_cst_");
    expect(log.filter((request) => request.method === "PATCH")).toHaveLength(1);
  });

  it("reset restores the store and empties the log; clearRequests only the log", async () => {
    await updateOrder(client(), fixtures.paid.id, { billing_name: "Grace" });
    mock.clearRequests();
    expect(mock.requests).toEqual([]);
    expect(mock.getOrder(fixtures.paid.id)?.billing_name).toBe("Grace");

    mock.failNext(500);
    mock.reset();
    expect(mock.getOrder(fixtures.paid.id)).toEqual(fixtures.paid);
    await expect(getOrder(client(), fixtures.paid.id)).resolves.toEqual(fixtures.paid);
  });

  it("setOrder adds an order, and the store never shares objects with the caller", async () => {
    const mine = { ...fixtures.paid, id: "5e4d3c2b-1a09-4876-a543-210fedcba987", billing_name: "Added" };
    mock.setOrder(mine);
    mine.billing_name = "Mutated afterwards";
    await expect(getOrder(client(), mine.id)).resolves.toMatchObject({ billing_name: "Added" });

    const copy = mock.getOrder(mine.id)!;
    copy.billing_name = "Mutated copy";
    expect(mock.getOrder(mine.id)?.billing_name).toBe("Added");
  });

  it("a mock made from given orders and customer answers only those", async () => {
    server.resetHandlers();
    const own = createPolarMock({ orders: [otherCustomerOrder], customerId: otherCustomerOrder.customer_id, token: "polar_cst_other" });
    server.use(...own.handlers);
    const other = createPortalClient({ token: "polar_cst_other" });
    await expect(getOrder(other, otherCustomerOrder.id)).resolves.toEqual(otherCustomerOrder);
    await expect(portalError(getOrder(other, fixtures.paid.id))).resolves.toMatchObject({ kind: "not_found" });
    await expect(portalError(getOrder(client(), otherCustomerOrder.id))).resolves.toMatchObject({ kind: "unauthorized" });
  });
});

describe("ready-made handlers", () => {
  it("serve every named fixture with the default token", async () => {
    server.resetHandlers();
    server.use(...handlers);
    try {
      for (const order of Object.values(fixtures)) {
        await expect(getOrder(client(), order.id)).resolves.toEqual(order);
      }
      expect(defaultPolarMock.requests).toHaveLength(Object.keys(fixtures).length);
    } finally {
      defaultPolarMock.reset();
    }
  });
});
