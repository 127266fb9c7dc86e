// How many requests Polar sees for what a customer does, counted by the testing kit's msw mock
// (its request log). Runs in Node with a jsdom document; bench/main.ts installs the DOM globals
// before this module (and React DOM) load, so it is bundled and imported on its own.
import { QueryClient } from "@tanstack/react-query";
import { render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { useState, type ReactNode } from "react";
import {
  BillingAddressForm,
  InvoiceButton,
  OrderDetail,
  OrderItemsTable,
  OrdersTable,
  PortalProvider,
  ReceiptButton,
  useOrder,
  useSubscription,
  useSubscriptionChangePreview,
  useSubscriptionChargePreview,
  useSubscriptions,
  useUpdateOrderBilling,
  useUpdateSubscription,
  type CustomerOrder,
  type SubscriptionChange,
} from "../src/index";
import { fixtures, manyOrders, productFixtures } from "../src/testing";
import { createPolarMock } from "../src/testing/msw";

export interface RequestCount {
  scenario: string;
  get: number;
  patch: number;
  /** POSTs, where a scenario makes any (a change preview). */
  post?: number;
  expected: { get: number; patch: number; post?: number };
}

const ORDER = fixtures.paid;

function TotalBadge({ id }: { id: string }) {
  const order = useOrder(id);
  return <p data-testid="badge">{order.data ? order.data.billing_name : "…"}</p>;
}

/** Five parts of a merchant's page showing the same order. */
function Portal({ token, queryClient }: { token: string; queryClient: QueryClient }) {
  return (
    <PortalProvider token={token} queryClient={queryClient} locale="en-US" timeZone="UTC">
      <TotalBadge id={ORDER.id} />
      <OrderDetail orderId={ORDER.id} editableBilling={false} />
      <OrderItemsTable orderId={ORDER.id} />
      <BillingAddressForm orderId={ORDER.id} />
      <OrderItemsTable orderId={ORDER.id} className="sidebar" />
    </PortalProvider>
  );
}

async function ready() {
  await waitFor(() => {
    const states = [...document.querySelectorAll(".pp-order-detail, .pp-items-table, .pp-billing-form")].map((el) => el.getAttribute("data-state"));
    if (states.length < 4 || states.some((state) => state === "loading")) throw new Error("still loading");
  });
  // Give any refetch a chance to start before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

export async function runRequestBench(): Promise<RequestCount[]> {
  const mock = createPolarMock({ orders: [ORDER], latency: 20 });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const counts: RequestCount[] = [];
  const tally = (scenario: string, expected: RequestCount["expected"]) => {
    const log = mock.requests;
    counts.push({
      scenario,
      get: log.filter((request) => request.method === "GET").length,
      patch: log.filter((request) => request.method === "PATCH").length,
      expected,
    });
    mock.clearRequests();
  };

  try {
    const queryClient = new QueryClient();
    const user = userEvent.setup();
    let view = render(<Portal token={mock.token} queryClient={queryClient} />);
    await ready();
    tally("five components showing one order", { get: 1, patch: 0 });

    const form = () => within(document.querySelector<HTMLElement>(".pp-billing-form")!);
    const rename = async (name: string) => {
      const input = form().getByLabelText("Billing name");
      await user.clear(input);
      await user.type(input, name);
      await user.click(form().getByRole("button", { name: "Save billing details" }));
    };

    await rename("Grace Hopper");
    await screen.findByText("Billing details saved.");
    await ready();
    tally("billing update", { get: 0, patch: 1 });

    view.unmount();
    view = render(<Portal token={mock.token} queryClient={queryClient} />);
    await ready();
    tally("navigate away and back within the stale time", { get: 0, patch: 0 });

    mock.failNext(500, { method: "PATCH" });
    await rename("Grace Brewster Hopper");
    await form().findByRole("alert");
    await user.click(form().getByRole("button", { name: "Save billing details" }));
    await screen.findByText("Billing details saved.");
    await ready();
    // The 500 may have come after Polar stored the change (a gateway timing out): the order is
    // read again once, so the screen shows what Polar has rather than the rollback's guess.
    tally("failed update (500), then retry", { get: 1, patch: 2 });

    view.unmount();
    queryClient.clear();
  } finally {
    server.close();
  }
  return [...counts, ...(await runListBench()), ...(await runSubscriptionBench())];
}

/** The orders list, and an order opened from it, on one page of a merchant's portal. */
function ListPage({ token, queryClient }: { token: string; queryClient: QueryClient }) {
  const [open, setOpen] = useState<CustomerOrder | null>(null);
  return (
    <PortalProvider token={token} queryClient={queryClient} locale="en-US" timeZone="UTC">
      <OrdersTable onOpenOrder={setOpen} />
      {open && <OrderDetail orderId={open.id} editableBilling={false} />}
    </PortalProvider>
  );
}

/** Requests to show the list of 250 orders, page through it, and open one. */
async function runListBench(): Promise<RequestCount[]> {
  const mock = createPolarMock({ orders: manyOrders(250), latency: 20 });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const counts: RequestCount[] = [];
  const tally = (scenario: string, expected: RequestCount["expected"]) => {
    const log = mock.requests;
    counts.push({ scenario, get: log.filter((r) => r.method === "GET").length, patch: log.filter((r) => r.method === "PATCH").length, expected });
    mock.clearRequests();
  };
  const page = (n: number) => screen.findByText(`Page ${n} of 25`);
  // Every request the page makes by itself (the page ahead) has landed.
  const quiet = async () => {
    await waitFor(() => {
      if (document.querySelector(".pp-orders-table[data-pending]")) throw new Error("a page is loading");
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
  };

  try {
    const queryClient = new QueryClient();
    const user = userEvent.setup();
    const view = render(<ListPage token={mock.token} queryClient={queryClient} />);
    await page(1);
    await quiet();
    tally("orders list: page 1 (and page 2 fetched ahead)", { get: 2, patch: 0 });

    await user.click(screen.getByRole("button", { name: "Next page" }));
    await page(2);
    await quiet();
    await user.click(screen.getByRole("button", { name: "Previous page" }));
    await page(1);
    await quiet();
    // Page 2 was already there (fetched ahead, so it fetches nothing more); page 1 is still fresh.
    tally("orders list: page 2 and back", { get: 0, patch: 0 });

    // A row is named by its product and date ("Analytics Annual ordered Mar 11, 2026").
    await user.click(screen.getAllByRole("button", { name: /^Analytics Annual/ })[0]!);
    await screen.findByRole("article");
    await new Promise((resolve) => setTimeout(resolve, 50));
    tally("open an order from the list", { get: 0, patch: 0 });

    view.unmount();
    queryClient.clear();
  } finally {
    server.close();
  }
  return counts;
}

export interface DocumentRun {
  scenario: string;
  post: number;
  get: number;
  /** All requests, as expected by the polling schedule (0.5, 1, 2, then every 3 s after the POST). */
  expected: number;
  /** From the moment the file was ready (the mock's render landed) to the download starting, in ms. */
  waitedPastReadyMs: number | null;
}

/**
 * Generates and downloads an invoice (and a receipt) the way a customer does, in real time, with
 * the mock rendering for `invoiceRenderMs`: every request counted, and how long the customer
 * waited once the file was ready. Real time (the 20 s row takes 20 s): Polar's own portal waits
 * for a private event stream a merchant's origin cannot open, so the kit polls, and this is what
 * that costs.
 */
export async function runDocumentBench(): Promise<DocumentRun[]> {
  const runs: DocumentRun[] = [];
  const user = userEvent.setup();
  let downloadedAt = 0;
  const click = HTMLAnchorElement.prototype.click;
  // A same-tab download navigates; jsdom cannot, so the moment is recorded instead.
  HTMLAnchorElement.prototype.click = () => void (downloadedAt = performance.now());
  try {
    for (const [renderMs, expected] of [
      [0, 2],
      [2000, 4],
      [20_000, 10],
    ] as const) {
      const mock = createPolarMock({ orders: [ORDER], latency: 20, invoiceRenderMs: renderMs, now: () => new Date() });
      const server = setupServer(...mock.handlers);
      server.listen({ onUnhandledRequest: "error" });
      const queryClient = new QueryClient();
      const view = render(
        <PortalProvider token={mock.token} queryClient={queryClient} locale="en-US" timeZone="UTC">
          <InvoiceButton orderId={ORDER.id} />
        </PortalProvider>,
      );
      try {
        const button = await screen.findByRole("button", { name: "Download invoice" });
        mock.clearRequests();
        downloadedAt = 0;
        let readyAt = 0;
        const watch = setInterval(() => {
          if (!readyAt && mock.invoiceRenders(ORDER.id) > 0) readyAt = performance.now();
        }, 5);
        await user.click(button);
        await waitFor(() => {
          if (!downloadedAt) throw new Error("not downloaded yet");
        }, { timeout: renderMs + 10_000 });
        clearInterval(watch);
        const log = mock.requests;
        runs.push({
          scenario: `generate and download an invoice (render ${renderMs / 1000} s)`,
          post: log.filter((request) => request.method === "POST").length,
          get: log.filter((request) => request.method === "GET").length,
          expected,
          waitedPastReadyMs: readyAt ? Math.round(downloadedAt - readyAt) : null,
        });
        if (renderMs === 0) {
          // Nothing printed changed since: the existing invoice, one request.
          mock.clearRequests();
          downloadedAt = 0;
          await user.click(screen.getByRole("button", { name: "Download invoice" }));
          await waitFor(() => {
            if (!downloadedAt) throw new Error("not downloaded yet");
          });
          runs.push({ scenario: "download the same invoice again", post: 0, get: mock.requests.length, expected: 1, waitedPastReadyMs: null });
        }
      } finally {
        view.unmount();
        queryClient.clear();
        server.close();
      }
    }

    // A receipt: Polar answers 202 once while it renders, then the link.
    const mock = createPolarMock({ orders: [ORDER], latency: 20 });
    const server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: "error" });
    const queryClient = new QueryClient();
    const view = render(
      <PortalProvider token={mock.token} queryClient={queryClient} locale="en-US" timeZone="UTC">
        <ReceiptButton order={ORDER} />
      </PortalProvider>,
    );
    try {
      downloadedAt = 0;
      await user.click(screen.getByRole("button", { name: "Download receipt" }));
      await waitFor(() => {
        if (!downloadedAt) throw new Error("not downloaded yet");
      }, { timeout: 10_000 });
      runs.push({ scenario: "download a receipt (one 202 first)", post: 0, get: mock.requests.length, expected: 2, waitedPastReadyMs: null });
    } finally {
      view.unmount();
      queryClient.clear();
      server.close();
    }
    runs.push(await invoiceAfterReceipt(user, () => downloadedAt, () => (downloadedAt = 0)));
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return runs;
}

/** A billing correction saved in one click (the form's own requests are counted above). */
function Correction({ id }: { id: string }) {
  const update = useUpdateOrderBilling(id);
  return (
    <button type="button" onClick={() => update.mutate({ billing_name: "Grace Hopper" })}>
      Correct the name
    </button>
  );
}

/**
 * An order with an invoice: the customer corrects the billing name (the save asks Polar for a new
 * render, 2 s), downloads the receipt (Polar renders it, which writes the order too), then the
 * invoice. Counted: the invoice's requests; the invoice must print the correction.
 */
async function invoiceAfterReceipt(user: ReturnType<typeof userEvent.setup>, downloaded: () => number, forget: () => void): Promise<DocumentRun> {
  const mock = createPolarMock({ orders: [ORDER], latency: 20, invoiceRenderMs: 2000, now: () => new Date() });
  mock.setInvoice(ORDER.id, "current");
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const queryClient = new QueryClient();
  const view = render(
    <PortalProvider token={mock.token} queryClient={queryClient} locale="en-US" timeZone="UTC">
      <Correction id={ORDER.id} />
      <ReceiptButton orderId={ORDER.id} />
      <InvoiceButton orderId={ORDER.id} />
    </PortalProvider>,
  );
  const download = async (name: string) => {
    forget();
    await user.click(screen.getByRole("button", { name }));
    await waitFor(() => {
      if (!downloaded()) throw new Error("not downloaded yet");
    }, { timeout: 15_000 });
  };
  try {
    await screen.findByRole("button", { name: "Download invoice" });
    await user.click(screen.getByRole("button", { name: "Correct the name" }));
    await waitFor(() => {
      if (!mock.requests.some((request) => request.method === "POST")) throw new Error("not saved yet");
    });
    await download("Download receipt");
    mock.clearRequests();
    await download("Download invoice");
    if (mock.invoicePrints(ORDER.id)?.billing_name !== "Grace Hopper") throw new Error("the invoice downloaded does not print the correction");
    const log = mock.requests;
    return {
      scenario: "the invoice after a correction and a receipt render",
      post: log.filter((request) => request.method === "POST").length,
      get: log.filter((request) => request.method === "GET").length,
      expected: 1,
      waitedPastReadyMs: null,
    };
  } finally {
    view.unmount();
    queryClient.clear();
    server.close();
  }
}

/**
 * Requests for what a customer does with a subscription, through the hooks a subscriptions page
 * uses: the list, one opened with its next charge, a cancel and its take-back, a plan change with
 * its price shown first.
 */
async function runSubscriptionBench(): Promise<RequestCount[]> {
  const mock = createPolarMock({ latency: 20 });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const counts: RequestCount[] = [];
  const count = (method: string) => mock.requests.filter((request) => request.method === method).length;
  const tally = (scenario: string, expected: RequestCount["expected"]) => {
    counts.push({ scenario, get: count("GET"), patch: count("PATCH"), post: count("POST"), expected: { post: 0, ...expected } });
    mock.clearRequests();
  };
  const settle = async (queryClient: QueryClient) => {
    await waitFor(() => {
      if (queryClient.isFetching() > 0 || queryClient.isMutating() > 0) throw new Error("busy");
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await waitFor(() => {
      if (queryClient.isFetching() > 0) throw new Error("busy");
    });
  };

  try {
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <PortalProvider token={mock.token} queryClient={queryClient} locale="en-US" timeZone="UTC">
        {children}
      </PortalProvider>
    );
    const list = renderHook(() => useSubscriptions(), { wrapper });
    await waitFor(() => {
      if (!list.result.current.data) throw new Error("loading");
    });
    await settle(queryClient);
    tally("subscriptions list: page 1 (and page 2 fetched ahead)", { get: 2, patch: 0 });

    const id = list.result.current.data!.items.find((subscription) => subscription.status === "active" && !subscription.cancel_at_period_end)!.id;
    let change: SubscriptionChange | null = null;
    const page = renderHook(
      () => ({
        subscription: useSubscription(id),
        charge: useSubscriptionChargePreview(id),
        change: useSubscriptionChangePreview(id, change),
        update: useUpdateSubscription(id),
      }),
      { wrapper },
    );
    await waitFor(() => {
      if (!page.result.current.charge.preview) throw new Error("loading");
    });
    await settle(queryClient);
    // The subscription comes from the list's page; its next charge is Polar's preview.
    tally("open a subscription from the list, with its next charge", { get: 1, patch: 0 });

    page.result.current.update.mutate({ action: "cancel", reason: "too_expensive" });
    await settle(queryClient);
    // The list and the charge preview are read again (the list's page 2 when it is shown again).
    tally("cancel at period end", { get: 2, patch: 1 });

    page.result.current.update.mutate({ action: "uncancel" });
    await settle(queryClient);
    tally("take the cancel back", { get: 2, patch: 1 });

    change = { productId: productFixtures.pro.id };
    page.rerender();
    await waitFor(() => {
      if (!page.result.current.change.preview) throw new Error("loading");
    });
    await settle(queryClient);
    // The price first: Polar's change preview, and the organization's products for the new plan's price.
    tally("change plan: the price first", { get: 1, patch: 0, post: 1 });

    page.result.current.update.mutate({ action: "change_plan", productId: productFixtures.pro.id });
    await settle(queryClient);
    // Then the list, the charge preview and the change preview are read again.
    tally("change plan: confirm", { get: 2, patch: 1, post: 1 });

    page.unmount();
    list.unmount();
    queryClient.clear();
  } finally {
    server.close();
  }
  return counts;
}
