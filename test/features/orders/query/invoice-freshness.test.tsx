// Issue 19: the invoice a customer downloads prints what Polar stores, every time, without a dead
// wait, and no invoice or receipt wait asks Polar anything before a 429's Retry-After. Against the
// testing kit's mock, which renders and skips as Polar does (a receipt render writes the order
// too), on a simulated clock.
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useOrder, useOrderInvoice, useOrderReceipt, useUpdateOrderBilling } from "../../../../src/index";
import { fixtures } from "../../../../src/testing";
import { mockPolarForFile, wrapperFor, type PortalTestOptions } from "../../../support";

const { mock } = mockPolarForFile({ invoiceRenderMs: 2000, now: () => new Date() });
const paid = fixtures.paid;
const ORIGINAL = paid.billing_name;

/** Each download: which file, when (ms after the test's start), and for an invoice the name it prints. */
let downloads: { file: "invoice" | "receipt"; at: number; prints?: string | null }[] = [];
let start = 0;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: new Date("2026-03-20T12:00:00Z") });
  start = Date.now();
  downloads = [];
  // jsdom cannot navigate: note the download and what the stored invoice prints at that moment.
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const file = this.href.includes("polar-customer-invoices") ? "invoice" : "receipt";
    downloads.push({ file, at: Date.now() - start, ...(file === "invoice" && { prints: mock.invoicePrints(paid.id)?.billing_name }) });
  });
  mock.setInvoice(paid.id, "current");
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const sent = (method: string, suffix: string) => mock.requests.filter((request) => request.method === method && request.path.endsWith(suffix)).length;

function mountPage(options: PortalTestOptions = {}) {
  const { wrapper, queryClient } = wrapperFor(options);
  const page = renderHook(
    () => ({
      order: useOrder(paid.id),
      update: useUpdateOrderBilling(paid.id),
      invoice: useOrderInvoice(paid.id),
      receipt: useOrderReceipt(paid.id),
    }),
    { wrapper },
  );
  return { ...page, queryClient };
}

const save = (page: ReturnType<typeof mountPage>, billing_name: string) =>
  act(async () => {
    await page.result.current.update.mutateAsync({ billing_name });
  });

describe("the invoice prints what Polar stores", () => {
  it("after a correction, a receipt download and then the invoice: the invoice prints the correction", async () => {
    const page = mountPage();
    await pass(0);
    await save(page, "Ada King");
    act(() => page.result.current.receipt.download());
    await pass(10_000);
    act(() => page.result.current.invoice.download());
    await pass(10_000);

    expect(page.result.current.invoice.state).toEqual({ status: "ready" });
    expect(page.result.current.receipt.state).toEqual({ status: "ready" });
    expect(downloads.map(({ file, prints }) => [file, prints])).toEqual([
      ["receipt", undefined],
      ["invoice", "Ada King"],
    ]);
    expect(mock.invoiceRenders(paid.id)).toBe(1);
  });

  it("a receipt and the invoice asked together after a correction: the receipt's write does not pass for the invoice's render", async () => {
    const page = mountPage();
    await pass(0);
    await save(page, "Ada King");
    act(() => {
      page.result.current.receipt.download();
      page.result.current.invoice.download();
    });
    await pass(15_000);
    expect(downloads.find(({ file }) => file === "invoice")?.prints).toBe("Ada King");
    expect(downloads.map(({ file }) => file).sort()).toEqual(["invoice", "receipt"]);
  });

  it("a second billing save while the invoice is being prepared: the download prints the second one", async () => {
    const page = mountPage();
    await pass(0);
    await save(page, "Ada King");
    act(() => page.result.current.invoice.download());
    await pass(500);
    expect(page.result.current.invoice.state).toEqual({ status: "preparing" });
    let saved = false;
    act(() => {
      page.result.current.update.mutate({ billing_name: "Ada Lovelace King" }, { onSuccess: () => (saved = true) });
    });
    await pass(20_000);

    expect(saved).toBe(true);
    expect(page.result.current.invoice.state).toEqual({ status: "ready" });
    expect(downloads).toEqual([expect.objectContaining({ file: "invoice", prints: "Ada Lovelace King" })]);
    expect(mock.getOrder(paid.id)!.billing_name).toBe("Ada Lovelace King");
  });

  it("a correction saved, the page reloaded, then the invoice: it prints the correction", async () => {
    const before = mountPage();
    await pass(0);
    await save(before, "Ada King");
    // The save asked Polar for a new render, as Polar's own portal does after every billing edit.
    expect(sent("POST", "/invoice")).toBe(1);
    await pass(5000);
    before.unmount();

    // A reload: a new cache, nothing remembered.
    const after = mountPage();
    await pass(0);
    mock.clearRequests();
    act(() => after.result.current.invoice.download());
    await pass(0);
    expect(after.result.current.invoice.state).toEqual({ status: "ready" });
    expect(downloads).toEqual([{ file: "invoice", at: 5000, prints: "Ada King" }]);
    expect(mock.requests.map((request) => `${request.method} ${request.path.split("/").at(-1)}`)).toEqual(["GET invoice"]);
  });
});

describe("never a dead wait", () => {
  it("the name changed and back before the first download: the invoice prints the original name, within a render's time", async () => {
    // The billing form first; the invoice action appears once the form is done (a merchant's
    // page that shows one or the other), asked for the moment the second save is answered.
    const { wrapper } = wrapperFor();
    const form = renderHook(() => ({ order: useOrder(paid.id), update: useUpdateOrderBilling(paid.id) }), { wrapper });
    await pass(0);
    let answered = false;
    act(() => {
      form.result.current.update.mutate({ billing_name: "Ada King" });
      form.result.current.update.mutate({ billing_name: ORIGINAL! }, { onSuccess: () => (answered = true) });
    });
    while (!answered) await pass(100);
    start = Date.now();
    const invoice = renderHook(() => useOrderInvoice(paid.id), { wrapper });
    act(() => invoice.result.current.download());
    await pass(10_000);

    expect(invoice.result.current.state).toEqual({ status: "ready" });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.prints).toBe(ORIGINAL);
    // The second render (2 s) and a poll interval past it: nowhere near the 60 s cap.
    expect(downloads[0]!.at).toBeLessThanOrEqual(4000);
  });

  it("a billing save that changes nothing printed asks for no render, and the download is at once", async () => {
    const page = mountPage();
    await pass(0);
    await save(page, ORIGINAL!);
    expect(sent("POST", "/invoice")).toBe(0);
    act(() => page.result.current.invoice.download());
    await pass(0);
    expect(downloads).toEqual([{ file: "invoice", at: 0, prints: ORIGINAL }]);
  });
});

describe("Retry-After", () => {
  it("the invoice wait asks nothing before a 429's Retry-After has passed", async () => {
    mock.setInvoice(paid.id, "none");
    const page = mountPage();
    await pass(0);
    mock.clearRequests();
    act(() => page.result.current.invoice.download());
    await pass(0);
    expect(sent("POST", "/invoice")).toBe(1);
    // The first poll (at 0.5 s) meets a 429 that says: not for 10 s.
    mock.failNext({ status: 429, headers: { "Retry-After": "10" } }, { method: "GET" });
    await pass(500);
    expect(sent("GET", "/invoice")).toBe(1);
    await pass(9_990);
    expect(sent("GET", "/invoice")).toBe(1);
    await pass(20);
    expect(sent("GET", "/invoice")).toBe(2);
    expect(page.result.current.invoice.state).toEqual({ status: "ready" });
  });

  it("the receipt wait asks nothing before a 429's Retry-After, and stops with it when it passes the cap", async () => {
    mock.setReceiptRenders(paid.id, 1);
    const page = mountPage();
    await pass(0);
    mock.clearRequests();
    mock.failNext({ status: 429, headers: { "Retry-After": "7" } }, { method: "GET" });
    act(() => page.result.current.receipt.download());
    await pass(6_990);
    expect(sent("GET", "/receipt")).toBe(1);
    await pass(20);
    expect(sent("GET", "/receipt")).toBe(2);
    await pass(10_000);
    expect(page.result.current.receipt.state).toEqual({ status: "ready" });

    // Retry-After beyond what the kit waits: it stops at once with Polar's 429, asking nothing more.
    mock.setReceiptRenders(paid.id, 1);
    mock.failNext({ status: 429, headers: { "Retry-After": "120" } }, { method: "GET" });
    mock.clearRequests();
    act(() => page.result.current.receipt.download());
    await pass(0);
    expect(page.result.current.receipt.state).toMatchObject({ status: "error", error: { kind: "rate_limited", retryAfter: 120 } });
    await pass(200_000);
    expect(mock.requests).toHaveLength(1);
  });
});
