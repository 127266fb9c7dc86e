// @vitest-environment node
// The mock's invoice and receipt renders write the order as Polar's do (Polar's
// order/service.py generate_invoice, receipt/service.py generate_order_receipt): a render moves
// modified_at, a skipped render changes nothing, and a render prints the order as it is when it
// runs. A merchant's tests see what the kit sees on Polar.
import { beforeEach, describe, expect, it } from "vitest";
import { fixtures } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal/orders";
const server = serveForFile();
const paid = fixtures.paid;
let mock: PolarMock;
let clock = 0;

beforeEach(() => {
  clock = Date.parse("2026-05-01T08:00:00Z");
  // Each write a second later than the one before.
  mock = createPolarMock({ now: () => new Date((clock += 1000)), invoiceRenderMs: Infinity });
  server.use(...mock.handlers);
});

const send = (path: string, method = "GET", body?: unknown) =>
  fetch(`${API}/${paid.id}${path}`, {
    method,
    headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}`, ...(body !== undefined && { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const stamp = async () => ((await (await send("")).json()) as { modified_at: string }).modified_at;

describe("renders write the order", () => {
  it("a receipt render moves modified_at (Polar writes receipt_path); asking for the rendered receipt again writes nothing", async () => {
    // The fixture was never written (modified_at null): write it once for a stamp to compare.
    await send("", "PATCH", { billing_name: "Ada King" });
    const before = await stamp();
    expect((await send("/receipt")).status).toBe(202);
    const rendered = await stamp();
    expect(Date.parse(rendered)).toBeGreaterThan(Date.parse(before));
    expect((await send("/receipt")).status).toBe(200);
    expect(await stamp()).toBe(rendered);
  });

  it("a skipped invoice render (nothing printed changed) writes nothing", async () => {
    mock.setInvoice(paid.id, "current");
    const before = await stamp();
    expect((await send("/invoice", "POST")).status).toBe(202);
    mock.completeRenders();
    expect(await stamp()).toBe(before);
    expect(mock.invoiceRenders(paid.id)).toBe(0);
    expect(mock.invoicePrints(paid.id)).toEqual({ billing_name: paid.billing_name, billing_address: paid.billing_address });
  });

  it("an invoice render prints the order as it is when it runs, and moves modified_at", async () => {
    mock.setInvoice(paid.id, "current");
    await send("", "PATCH", { billing_name: "Ada King" });
    expect((await send("/invoice", "POST")).status).toBe(202);
    // A second edit lands before the queued render runs: the render prints it.
    const edited = ((await (await send("", "PATCH", { billing_name: "Ada Lovelace King" })).json()) as { modified_at: string }).modified_at;
    expect(mock.invoicePrints(paid.id)?.billing_name).toBe(paid.billing_name);
    mock.completeRenders();
    expect(mock.invoicePrints(paid.id)?.billing_name).toBe("Ada Lovelace King");
    expect(Date.parse(await stamp())).toBeGreaterThan(Date.parse(edited));
    expect(mock.invoiceRenders(paid.id)).toBe(1);
  });

  it("says an order without an invoice prints none, and a stale one prints details the order no longer has", () => {
    expect(mock.invoicePrints(paid.id)).toBeNull();
    mock.setInvoice(paid.id, "stale");
    expect(mock.invoicePrints(paid.id)).toEqual({ billing_name: null, billing_address: null });
  });
});
