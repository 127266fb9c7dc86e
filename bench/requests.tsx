// How many requests Polar sees for what a customer does, counted by the testing kit's msw mock
// (its request log). Runs in Node with a jsdom document; bench/main.ts installs the DOM globals
// before this module (and React DOM) load, so it is bundled and imported on its own.
import { QueryClient } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { BillingAddressForm, OrderDetail, OrderItemsTable, PortalProvider, useOrder } from "../src/index";
import { fixtures } from "../src/testing";
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
  return counts;
}
