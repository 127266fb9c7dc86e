// @vitest-environment node
// The mock's list, invoice and receipt endpoints, as Polar's server answers them (its OpenAPI
// document in test/fixtures/, and its order, invoice and receipt services).
import { beforeEach, describe, expect, it } from "vitest";
import type { CustomerOrder } from "../../src/index";
import { fixtures, makeOrder, makeProduct, manyOrders, otherCustomerOrder, type FixtureBenefit, type FixtureOrder } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal/orders";
const server = serveForFile();
const MANY = manyOrders(250);
let mock: PolarMock;

function useMock(options: PolarMockOptions = {}) {
  mock = createPolarMock({ now: () => "2026-05-01T08:00:00Z", ...options });
  server.use(...mock.handlers);
  return mock;
}

beforeEach(() => {
  useMock();
});

const call = (path: string, init: { method?: string; token?: string | null; body?: unknown } = {}) =>
  fetch(`${API}${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.token === null ? {} : { Authorization: `Bearer ${init.token ?? POLAR_TEST_TOKEN}` }),
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

interface Page {
  items: CustomerOrder[];
  pagination: { total_count: number; max_page: number };
}

async function list(query = ""): Promise<Page> {
  const response = await call(`/${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

const productName = (order: CustomerOrder) => order.product?.name ?? null;

describe("GET /v1/customer-portal/orders/", () => {
  beforeEach(() => {
    useMock({ orders: [...MANY, otherCustomerOrder] });
  });

  it("answers the customer's newest 10 by default, with the total and the last page", async () => {
    const page = await list();
    expect(page.items.map((order) => order.id)).toEqual(MANY.slice(0, 10).map((order) => order.id));
    expect(page.pagination).toEqual({ total_count: 250, max_page: 25 });
    // Also without the trailing slash, and never another customer's order.
    const all = (await (await call("?limit=100&page=3")).json()) as Page;
    expect(all.items.map((order) => order.id)).toEqual(MANY.slice(200).map((order) => order.id));
    expect(all.items.some((order) => order.customer_id !== mock.customerId)).toBe(false);
  });

  it("cuts a limit above 100 to 100 silently, and answers an empty page past the end", async () => {
    const page = await list("?limit=500&page=2");
    expect(page.items).toHaveLength(100);
    expect(page.items[0]?.id).toBe(MANY[100]?.id);
    expect(page.pagination).toEqual({ total_count: 250, max_page: 3 });
    expect(await list("?limit=100&page=4")).toEqual({ items: [], pagination: { total_count: 250, max_page: 3 } });
  });

  it("filters by product_id, product_billing_type and subscription_id, each repeatable", async () => {
    const [pro, starter, team] = [MANY[0]!, MANY[1]!, MANY[2]!];
    const byProduct = await list(`?limit=100&product_id=${pro.product_id}&product_id=${team.product_id}`);
    expect(byProduct.pagination.total_count).toBe(MANY.filter((order) => [pro.product_id, team.product_id].includes(order.product_id)).length);
    expect(new Set(byProduct.items.map(productName))).toEqual(new Set(["Pro Plan", "Team Seats"]));

    const recurring = await list("?limit=100&product_billing_type=recurring");
    expect(recurring.pagination.total_count).toBe(MANY.filter((order) => order.product?.is_recurring).length);
    expect(recurring.items.every((order) => order.subscription_id !== null)).toBe(true);
    const both = await list("?product_billing_type=recurring&product_billing_type=one_time");
    expect(both.pagination.total_count).toBe(250);

    const bySubscription = await list(`?subscription_id=${starter.subscription_id}&product_billing_type=recurring`);
    expect(bySubscription.pagination.total_count).toBe(MANY.filter((order) => order.subscription_id === starter.subscription_id).length);
    expect(new Set(bySubscription.items.map(productName))).toEqual(new Set(["Starter"]));
  });

  it("searches the product name, case-insensitively, and never matches an order without a product", async () => {
    const noProduct = makeOrder({ id: "0d6e2f1a-3b4c-4d5e-9f60-7182950000aa", product: null, product_id: null, description: "Analytics Annual" });
    useMock({ orders: [...MANY, noProduct] });
    const found = await list("?query=aNNuAl&limit=100");
    expect(found.pagination.total_count).toBe(MANY.filter((order) => order.product?.name === "Analytics Annual").length);
    expect(found.items.every((order) => order.product?.name === "Analytics Annual")).toBe(true);
    expect((await list("?query=")).pagination.total_count).toBe(250);
    expect((await list("?query=Quantum")).items).toEqual([]);
  });

  it("sorts by each criterion, `-` for descending, several applied in order", async () => {
    const ascending = await list("?sorting=amount&limit=100");
    const amounts = ascending.items.map((order) => order.net_amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(amounts[0]).toBe(Math.min(...MANY.map((order) => order.net_amount)));

    const oldest = await list("?sorting=created_at");
    expect(oldest.items[0]?.id).toBe(MANY[249]?.id);

    const byProduct = await list("?sorting=-product&sorting=created_at&limit=3");
    expect(byProduct.items.map(productName)).toEqual(["Team Seats", "Team Seats", "Team Seats"]);
    const teamOrders = MANY.filter((order) => order.product?.name === "Team Seats");
    expect(byProduct.items.map((order) => order.id)).toEqual(teamOrders.slice(-3).reverse().map((order) => order.id));
  });

  it("answers FastAPI's 422 for a bad parameter", async () => {
    const response = await call("/?page=0&limit=ten&sorting=price&product_billing_type=monthly&product_id=nope");
    expect(response.status).toBe(422);
    const { detail } = (await response.json()) as { detail: { type: string; loc: unknown[]; msg: string; input: unknown }[] };
    expect(detail).toEqual([
      expect.objectContaining({ type: "greater_than", loc: ["query", "page"], msg: "Input should be greater than 0", input: "0" }),
      expect.objectContaining({ type: "int_parsing", loc: ["query", "limit"], input: "ten" }),
      expect.objectContaining({ type: "uuid_parsing", loc: ["query", "product_id", 0], input: "nope" }),
      expect.objectContaining({ type: "enum", loc: ["query", "product_billing_type", 0], msg: "Input should be 'one_time' or 'recurring'", input: "monthly" }),
      expect.objectContaining({ type: "enum", loc: ["query", "sorting", 0], input: "price" }),
    ]);
    expect(detail[4]?.msg).toMatch(/^Input should be 'created_at', '-created_at', .* or '-subscription'$/);
  });

  it("asks for the session like every endpoint, and logs the request without the token", async () => {
    expect((await call("/", { token: null })).status).toBe(401);
    await list("?query=pro");
    const last = mock.requests.at(-1)!;
    expect(last).toMatchObject({ method: "GET", path: "/v1/customer-portal/orders/", auth: "valid" });
    expect(JSON.stringify(mock.requests)).not.toContain(POLAR_TEST_TOKEN);
  });
});

describe("POST and GET /v1/customer-portal/orders/{id}/invoice", () => {
  const generate = (id: string) => call(`/${id}/invoice`, { method: "POST" });
  const download = (id: string) => call(`/${id}/invoice`);

  it("answers 404 InvoiceDoesNotExist before generation, 202 null at once, then the link once rendered", async () => {
    useMock({ invoiceRenderMs: Infinity });
    const id = fixtures.paid.id;
    const before = await download(id);
    expect(before.status).toBe(404);
    expect(await before.json()).toEqual({ error: "InvoiceDoesNotExist", detail: `No invoice exists for order ${id}.` });

    const accepted = await generate(id);
    expect(accepted.status).toBe(202);
    expect(await accepted.text()).toBe("null");
    // Queued, not rendered yet: still 404 and not generated.
    expect((await download(id)).status).toBe(404);
    expect(mock.getOrder(id)).toMatchObject({ is_invoice_generated: false, modified_at: null });

    mock.completeRenders();
    expect(mock.getOrder(id)).toMatchObject({ is_invoice_generated: true, modified_at: "2026-05-01T08:00:00Z" });
    const first = (await (await download(id)).json()) as { url: string };
    const second = (await (await download(id)).json()) as { url: string };
    expect(first.url).toMatch(/^https:\/\/.+Invoice-POLAR-0042\.pdf\?.*X-Amz-Expires=600/);
    // A fresh presigned link each time: nothing to cache.
    expect(second.url).not.toBe(first.url);
  });

  it("completes a render after invoiceRenderMs", async () => {
    useMock({ invoiceRenderMs: 30 });
    await generate(fixtures.paid.id);
    expect((await download(fixtures.paid.id)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await download(fixtures.paid.id)).status).toBe(200);
    expect(mock.invoiceRenders(fixtures.paid.id)).toBe(1);
  });

  it("skips the render when nothing printed changed, and renders again after a billing change", async () => {
    useMock({ invoiceRenderMs: Infinity });
    const id = fixtures.paid.id;
    await generate(id);
    mock.completeRenders();
    await generate(id);
    mock.completeRenders();
    expect(mock.invoiceRenders(id)).toBe(1);

    // Sending the same name back changes nothing on the invoice.
    await call(`/${id}`, { method: "PATCH", body: { billing_name: "Ada Lovelace" } });
    await generate(id);
    mock.completeRenders();
    expect(mock.invoiceRenders(id)).toBe(1);

    await call(`/${id}`, { method: "PATCH", body: { billing_name: "Ada King" } });
    // The old PDF stays downloadable until the new one replaces it.
    expect((await download(id)).status).toBe(200);
    expect((await generate(id)).status).toBe(202);
    mock.completeRenders();
    expect(mock.invoiceRenders(id)).toBe(2);
  });

  it("moves modified_at when a render lands after an edit, even on a clock that stands still", async () => {
    // A client sees that a regenerated invoice replaced the old one by the order's modified_at.
    useMock({ invoiceRenderMs: Infinity });
    const id = fixtures.paid.id;
    mock.setInvoice(id, "current");
    await call(`/${id}`, { method: "PATCH", body: { billing_name: "Ada King" } });
    const edited = mock.getOrder(id)!.modified_at!;
    expect(edited).toBe("2026-05-01T08:00:00Z");
    await generate(id);
    mock.completeRenders();
    const rendered = mock.getOrder(id)!.modified_at!;
    expect(Date.parse(rendered)).toBeGreaterThan(Date.parse(edited));
    expect(mock.invoiceRenders(id)).toBe(1);
  });

  it.each([
    ["draft", fixtures.draft],
    ["void", fixtures.void],
  ])("answers 409 OrderNotEligibleForInvoice for a %s order", async (status, order) => {
    const response = await generate(order.id);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: "OrderNotEligibleForInvoice",
      detail: `Order ${order.id} is not eligible for invoice generation (current status: ${status}).`,
    });
  });

  it('answers 422 MissingInvoiceBillingDetails while name or address is null, but accepts a name of ""', async () => {
    const missing = await generate(fixtures.noBilling.id);
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      error: "MissingInvoiceBillingDetails",
      detail: "Billing name and address are required to generate an invoice for this order.",
    });
    mock.setOrder({ ...fixtures.paid, billing_address: null });
    expect((await generate(fixtures.paid.id)).status).toBe(422);

    mock.setOrder({ ...fixtures.paid, billing_name: "" });
    expect((await generate(fixtures.paid.id)).status).toBe(202);
  });

  it("starts from an invoice that exists and is current, or is stale after a billing change", async () => {
    useMock({ invoiceRenderMs: Infinity });
    const id = fixtures.eur.id;
    mock.setInvoice(id, "current");
    expect(mock.getOrder(id)?.is_invoice_generated).toBe(true);
    expect((await download(id)).status).toBe(200);
    await generate(id);
    mock.completeRenders();
    expect(mock.invoiceRenders(id)).toBe(0);

    mock.setInvoice(id, "stale");
    expect((await download(id)).status).toBe(200);
    await generate(id);
    mock.completeRenders();
    expect(mock.invoiceRenders(id)).toBe(1);

    mock.setInvoice(id, "none");
    expect((await download(id)).status).toBe(404);
    // An order stored as generated has its (current) invoice.
    mock.setOrder({ ...fixtures.paid, is_invoice_generated: true });
    expect((await download(fixtures.paid.id)).status).toBe(200);
  });

  it("failure injection, holds and reset apply to POST as well", async () => {
    useMock({ invoiceRenderMs: Infinity });
    mock.failNext(503, { method: "POST" });
    expect((await download(fixtures.paid.id)).status).toBe(404);
    expect((await generate(fixtures.paid.id)).status).toBe(503);

    const gate = mock.holdNext("POST");
    const pending = generate(fixtures.paid.id);
    await expect(gate.arrived).resolves.toMatchObject({ method: "POST", path: `/v1/customer-portal/orders/${fixtures.paid.id}/invoice` });
    gate.release();
    expect((await pending).status).toBe(202);

    // A queued render does not survive a reset.
    mock.reset();
    mock.completeRenders();
    expect(mock.invoiceRenders(fixtures.paid.id)).toBe(0);
    expect((await download(fixtures.paid.id)).status).toBe(404);
  });
});

describe("GET /v1/customer-portal/orders/{id}/receipt", () => {
  const receipt = (id: string) => call(`/${id}/receipt`);

  it("answers 404 ReceiptNotAllocated while receipt_number is null", async () => {
    const response = await receipt(fixtures.pending.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "ReceiptNotAllocated", detail: `No receipt allocated for order ${fixtures.pending.id}.` });
  });

  it("answers 202 with an empty body and no Retry-After for the first receiptRenders calls, then the link", async () => {
    useMock({ receiptRenders: 3 });
    for (let call = 0; call < 3; call += 1) {
      const response = await receipt(fixtures.paid.id);
      expect(response.status).toBe(202);
      expect(response.headers.get("Retry-After")).toBeNull();
      expect(await response.text()).toBe("");
    }
    const ready = await receipt(fixtures.paid.id);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { url: string }).url).toMatch(/^https:\/\/.+Receipt-R-0042\.pdf\?/);
  });

  it("renders once by default, and starts from a receipt already rendered", async () => {
    expect((await receipt(fixtures.paid.id)).status).toBe(202);
    expect((await receipt(fixtures.paid.id)).status).toBe(200);
    mock.setReceiptRenders(fixtures.eur.id, 0);
    expect((await receipt(fixtures.eur.id)).status).toBe(200);
  });

  it("answers 404 for another customer's order", async () => {
    expect((await receipt(otherCustomerOrder.id)).status).toBe(404);
  });
});

describe("a product benefit that is not public", () => {
  const benefit = (id: string, description: string, visibility?: FixtureBenefit["visibility"]): FixtureBenefit => ({
    id,
    created_at: "2026-01-01T00:00:00Z",
    modified_at: null,
    type: "custom",
    description,
    selectable: true,
    deletable: true,
    is_deleted: false,
    organization_id: fixtures.paid.product!.organization_id,
    ...(visibility && { visibility }),
  });
  const order: FixtureOrder = {
    ...fixtures.paid,
    product: makeProduct({
      benefits: [
        benefit("e1000000-0000-4000-8000-000000000001", "Priority support", "public"),
        benefit("e1000000-0000-4000-8000-000000000002", "Internal flag", "private"),
        benefit("e1000000-0000-4000-8000-000000000003", "Discord access"),
      ],
    }),
  };

  it("is left out of GET, PATCH and list answers, and no visibility is shown", async () => {
    useMock({ orders: [order] });
    const shown = ["Priority support", "Discord access"];
    const got = (await (await call(`/${order.id}`)).json()) as FixtureOrder;
    expect(got.product?.benefits.map((item) => item.description)).toEqual(shown);
    expect(got.product?.benefits.some((item) => "visibility" in item)).toBe(false);

    const patched = (await (await call(`/${order.id}`, { method: "PATCH", body: { billing_name: "Ada" } })).json()) as FixtureOrder;
    expect(patched.product?.benefits.map((item) => item.description)).toEqual(shown);
    const listed = (await (await call("/")).json()) as { items: FixtureOrder[] };
    expect(listed.items[0]?.product?.benefits.map((item) => item.description)).toEqual(shown);
  });
});
