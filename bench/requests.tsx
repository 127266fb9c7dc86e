// How many requests Polar sees for what a customer does, counted by the testing kit's msw mock
// (its request log). Runs in Node with a jsdom document; bench/main.ts installs the DOM globals
// before this module (and React DOM) load, so it is bundled and imported on its own.
import { QueryClient } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { useState } from "react";
import { BillingAddressForm, OrderDetail, OrderItemsTable, OrdersTable, PortalProvider, useOrder, type CustomerOrder } from "../src/index";
import { fixtures, manyOrders } from "../src/testing";
import { createPolarMock } from "../src/testing/msw";

export interface RequestCount {
  scenario: string;
  get: number;
  patch: number;
  expected: { get: number; patch: number };
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
  return [...counts, ...(await runListBench())];
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
    // Page 2 was already there; showing it fetches page 3 ahead; page 1 is still fresh.
    tally("orders list: page 2 and back (page 3 fetched ahead)", { get: 1, patch: 0 });

    await user.click(screen.getAllByRole("button", { name: "Analytics Annual" })[0]!);
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
