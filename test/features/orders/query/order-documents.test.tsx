// The invoice and receipt hooks against the testing kit's mock Polar, on a simulated clock: how
// many requests each path makes, how long past readiness the customer waits, the cap, a session
// that ends mid-wait, cancel and unmount.
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { orderKeys, useOrder, useOrderInvoice, useOrderReceipt, useUpdateOrderBilling, type CustomerOrder } from "../../../../src/index";
import { fixtures, makeOrder } from "../../../../src/testing";
import { POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { mockPolarForFile, wrapperFor, type PortalTestOptions } from "../../../support";

const { mock } = mockPolarForFile({ invoiceRenderMs: 2000, now: () => new Date() });
const PROD = "https://api.polar.sh";
const paid = fixtures.paid;

let downloads: string[] = [];
let start = 0;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: new Date("2026-03-20T12:00:00Z") });
  start = Date.now();
  downloads = [];
  // The download is a same-tab anchor navigation; jsdom cannot navigate, so record it instead.
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(`${this.href} @${Date.now() - start}`);
  });
  mock.setLatency(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets `ms` of simulated time pass, with every request and render it allows. */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

const sent = (method: string, suffix = "") =>
  mock.requests.filter((request) => request.method === method && request.path.endsWith(suffix)).length;
const requestsAfter = (count: number) => mock.requests.slice(count);

function mount<T>(hook: () => T, options: PortalTestOptions = {}) {
  const { wrapper, queryClient } = wrapperFor(options);
  const rendered = renderHook(hook, { wrapper });
  return { ...rendered, queryClient };
}

/** The time of the one download so far, in ms after the test's start. */
const downloadedAt = () => {
  expect(downloads).toHaveLength(1);
  return Number(downloads[0]!.split("@")[1]);
};

describe("useOrderInvoice", () => {
  it("generates the first invoice, polls until it exists, and downloads it within one poll interval of readiness", async () => {
    const { result, queryClient } = mount(() => ({ order: useOrder(paid.id), invoice: useOrderInvoice(paid.id) }));
    await pass(0);
    expect(result.current.invoice.state).toEqual({ status: "idle" });
    mock.clearRequests();

    act(() => result.current.invoice.download());
    expect(result.current.invoice.state).toEqual({ status: "preparing" });
    await pass(10_000);

    expect(result.current.invoice.state).toEqual({ status: "ready" });
    expect(downloads[0]).toMatch(/^https:\/\/polar-customer-invoices\.s3\.amazonaws\.com\/Invoice-POLAR-0042\.pdf\?/);
    // Ready at 2 s; polls at 0.5, 1.5 and 3.5 s: one POST, three GETs, 1.5 s past readiness.
    expect([sent("POST", "/invoice"), sent("GET", "/invoice"), mock.requests.length]).toEqual([1, 3, 4]);
    expect(downloadedAt() - 2000).toBeLessThanOrEqual(2000);
    // The cached order says so, without another request for it.
    expect(queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, paid.id))?.is_invoice_generated).toBe(true);
    expect(sent("GET", paid.id)).toBe(0);
  });

  it("knows the invoice it made even when the order it was given still says none", async () => {
    // The merchant's own copy of the order (an `order` prop) is not updated by the kit.
    const { result } = mount(() => useOrderInvoice(paid));
    await pass(0);
    act(() => result.current.download());
    await pass(10_000);
    mock.clearRequests();
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "ready" });
    expect(mock.requests.map((request) => `${request.method} ${request.path.split("/").at(-1)}`)).toEqual(["GET invoice"]);
  });

  it("downloads an invoice that is current at once: one request, no POST, no poll", async () => {
    mock.setInvoice(paid.id, "current");
    const { result } = mount(() => useOrderInvoice(paid.id));
    await pass(0);
    mock.clearRequests();
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "ready" });
    expect(mock.requests.map((request) => `${request.method} ${request.path.split("/").at(-1)}`)).toEqual(["GET invoice"]);
    expect(downloadedAt()).toBe(0);
  });

  it("fetches a fresh link for every download and keeps it out of the cache", async () => {
    mock.setInvoice(paid.id, "current");
    const { result, queryClient } = mount(() => useOrderInvoice(paid.id));
    await pass(0);
    act(() => result.current.download());
    await pass(0);
    act(() => result.current.download());
    await pass(0);
    expect(downloads).toHaveLength(2);
    expect(downloads[0]!.split(" ")[0]).not.toBe(downloads[1]!.split(" ")[0]);
    const cached = JSON.stringify([queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data])]);
    expect(cached).not.toContain("X-Amz-Signature");
    expect(cached).not.toContain(POLAR_TEST_TOKEN);
  });

  it("after a billing change, the save asks for a new render; the download waits for it (the order's first write after the save) and keeps the cached order in step", async () => {
    mock.setInvoice(paid.id, "current");
    const { result, queryClient } = mount(() => ({
      order: useOrder(paid.id),
      update: useUpdateOrderBilling(paid.id),
      invoice: useOrderInvoice(paid.id),
    }));
    await pass(0);
    mock.clearRequests();
    await act(async () => {
      await result.current.update.mutateAsync({ billing_name: "Ada King" });
    });
    await pass(0);
    const edited = result.current.order.data!.modified_at;
    // What the invoice prints changed: the save asks Polar for a new render, as Polar's portal does.
    expect(mock.requests.map((request) => `${request.method} ${request.path.split("/").at(-1)}`)).toEqual([`PATCH ${paid.id}`, "POST invoice"]);
    mock.clearRequests();
    start = Date.now();

    act(() => result.current.invoice.download());
    await pass(10_000);
    expect(result.current.invoice.state).toEqual({ status: "ready" });
    expect(mock.invoiceRenders(paid.id)).toBe(1);
    // The order read until the render's stamp (0, 1, 3 s; ready at 2 s), then one fresh link.
    expect(mock.requests.map((request) => `${request.method} ${request.path.split("/").at(-1)}`)).toEqual([
      `GET ${paid.id}`,
      `GET ${paid.id}`,
      `GET ${paid.id}`,
      "GET invoice",
    ]);
    expect(downloadedAt() - 2000).toBeLessThanOrEqual(1000);
    const cached = queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, paid.id))!;
    expect(cached.modified_at).toBe(mock.getOrder(paid.id)!.modified_at);
    expect(Date.parse(cached.modified_at!)).toBeGreaterThan(Date.parse(edited!));

    // Nothing printed changed since: the next download is one request, at once.
    mock.clearRequests();
    act(() => result.current.invoice.download());
    await pass(0);
    expect(mock.requests.map((request) => request.path.split("/").at(-1))).toEqual(["invoice"]);
  });

  it("gives up at the cap with an error the customer can retry, and the retry succeeds", async () => {
    const { result } = mount(() => useOrderInvoice(paid.id));
    // Polar accepts the POST but the render never lands: GET …/invoice answers 404 throughout.
    mock.failNext({ status: 202, body: null }, { method: "POST" });
    await pass(0);
    mock.clearRequests();
    act(() => result.current.download());
    await pass(57_000);
    expect(result.current.state).toEqual({ status: "preparing" });
    await pass(1000);
    expect(result.current.state).toEqual({ status: "error", error: null });
    // 57.5 s of pauses (0.5 + 1 + 2 + 3 × 18 s; one more would pass 60 s), a poll after each: 21 GETs.
    expect([sent("POST"), sent("GET", "/invoice")]).toEqual([1, 21]);
    const count = mock.requests.length;
    await pass(120_000);
    expect(mock.requests.length).toBe(count);

    act(() => result.current.download());
    await pass(5000);
    expect(result.current.state).toEqual({ status: "ready" });
  });

  it("ends the wait when the session expires mid-flow and tells onUnauthorized", async () => {
    const onUnauthorized = vi.fn();
    const { result } = mount(() => useOrderInvoice(paid.id), { onUnauthorized });
    await pass(0);
    act(() => result.current.download());
    await pass(100);
    mock.expireSession();
    const count = mock.requests.length;
    await pass(1000);
    expect(result.current.state).toMatchObject({ status: "unauthorized" });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(requestsAfter(count)).toHaveLength(1);
    await pass(120_000);
    expect(requestsAfter(count)).toHaveLength(1);
    expect(downloads).toEqual([]);
  });

  it("stops polling on cancel and on unmount: no request after either", async () => {
    const cancelled = mount(() => useOrderInvoice(paid.id));
    await pass(0);
    act(() => cancelled.result.current.download());
    await pass(1000);
    act(() => cancelled.result.current.cancel());
    expect(cancelled.result.current.state).toEqual({ status: "idle" });
    let count = mock.requests.length;
    await pass(120_000);
    expect(mock.requests.length).toBe(count);

    mock.reset();
    const unmounted = mount(() => useOrderInvoice(fixtures.eur.id));
    await pass(0);
    act(() => unmounted.result.current.download());
    await pass(1000);
    unmounted.unmount();
    count = mock.requests.length;
    await pass(120_000);
    expect(mock.requests.length).toBe(count);
    expect(downloads).toEqual([]);
  });

  it.each([
    ["draft", fixtures.draft],
    ["void", fixtures.void],
  ])("says a %s order gets no invoice, without a request", async (status, order) => {
    const { result } = mount(() => useOrderInvoice(order));
    mock.clearRequests();
    await pass(0);
    expect(result.current.state).toEqual({ status: "refused", orderStatus: status });
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "refused", orderStatus: status });
    expect(mock.requests).toEqual([]);
  });

  it("turns Polar's 409 and 422 into states the UI can act on", async () => {
    const { result } = mount(() => useOrderInvoice(paid));
    await pass(0);
    mock.failNext({ status: 409, body: { error: "OrderNotEligibleForInvoice", detail: "not eligible" } }, { method: "POST" });
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "refused", orderStatus: "paid" });

    const other = mount(() => useOrderInvoice(fixtures.eur));
    await pass(0);
    mock.failNext({ status: 422, body: { error: "MissingInvoiceBillingDetails", detail: "Billing name and address are required" } }, { method: "POST" });
    act(() => other.result.current.download());
    await pass(0);
    expect(other.result.current.state).toEqual({ status: "missing_billing_details" });
  });

  it("says billing details are missing before any request, and offers the download once they exist", async () => {
    const { result, rerender } = mount(({ order }: { order: CustomerOrder } = { order: fixtures.noBilling }) => useOrderInvoice(order));
    mock.clearRequests();
    await pass(0);
    expect(result.current.state).toEqual({ status: "missing_billing_details" });
    expect(mock.requests).toEqual([]);
    rerender({ order: { ...fixtures.noBilling, billing_name: "Ada", billing_address: paid.billing_address } });
    expect(result.current.state).toEqual({ status: "idle" });
  });

  it("shows an error with a retry for a failure that is not a wait", async () => {
    const { result } = mount(() => useOrderInvoice(paid));
    await pass(0);
    mock.failNext(403, { method: "POST" });
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toMatchObject({ status: "error", error: { kind: "forbidden" } });
    act(() => result.current.download());
    await pass(5000);
    expect(result.current.state).toEqual({ status: "ready" });
  });
});

describe("useOrderReceipt", () => {
  it("asks again while Polar renders (202) with backoff, then downloads a fresh link", async () => {
    mock.setReceiptRenders(paid.id, 2);
    const { result } = mount(() => useOrderReceipt(paid.id));
    await pass(0);
    mock.clearRequests();
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "preparing" });
    expect(sent("GET", "/receipt")).toBe(1);
    await pass(1000);
    expect(sent("GET", "/receipt")).toBe(2);
    await pass(2000);
    expect(sent("GET", "/receipt")).toBe(3);
    expect(result.current.state).toEqual({ status: "ready" });
    expect(downloads[0]).toMatch(/^https:\/\/polar-customer-receipts\.s3\.amazonaws\.com\/Receipt-R-0042\.pdf\?/);

    // Rendered now: the next download asks once, and gets another link.
    act(() => result.current.download());
    await pass(0);
    expect(sent("GET", "/receipt")).toBe(4);
    expect(downloads[1]!.split(" ")[0]).not.toBe(downloads[0]!.split(" ")[0]);
  });

  it("says an order without a receipt number has none, without any request", async () => {
    const { result } = mount(() => useOrderReceipt(fixtures.pending));
    mock.clearRequests();
    await pass(0);
    expect(result.current.state).toEqual({ status: "unavailable" });
    act(() => result.current.download());
    await pass(5000);
    expect(mock.requests).toEqual([]);
  });

  it("reads Polar's 404 ReceiptNotAllocated as not available", async () => {
    // The page's copy still has a number; Polar's order no longer does.
    const stale = makeOrder({ id: fixtures.pending.id, status: "pending", receipt_number: "R-9" });
    const { result } = mount(() => useOrderReceipt(stale));
    await pass(0);
    act(() => result.current.download());
    await pass(0);
    expect(result.current.state).toEqual({ status: "unavailable" });
    expect(sent("GET", "/receipt")).toBe(1);
  });

  it("gives up at the cap with an error the customer can retry; a 401 ends the wait", async () => {
    mock.setReceiptRenders(paid.id, 1000);
    const { result } = mount(() => useOrderReceipt(paid.id));
    await pass(0);
    mock.clearRequests();
    act(() => result.current.download());
    await pass(60_000);
    expect(result.current.state).toEqual({ status: "error", error: null });
    // At once, then after pauses of 1, 2 and 4 s × 6 (27 s; one more would pass 30 s): 9 requests.
    expect(sent("GET", "/receipt")).toBe(9);

    const onUnauthorized = vi.fn();
    const other = mount(() => useOrderReceipt(fixtures.eur.id), { onUnauthorized });
    await pass(0);
    act(() => other.result.current.download());
    mock.expireSession();
    await pass(10_000);
    expect(other.result.current.state).toMatchObject({ status: "unauthorized" });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

