// Polar's rate limit is the session's, not one endpoint's: after a 429 that names a time
// (`Retry-After`), the client asks Polar nothing before it. Counted in the mock's request log.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPortalClient, listOrders, OrdersTable, type PortalError } from "../../../../src";
import { manyOrders } from "../../../../src/testing";
import { POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { mockPolarForFile, renderInPortal } from "../../../support";
import { getOrder } from "../../../../src/features/orders/api/order";

const ORDERS = manyOrders(250);
const { mock } = mockPolarForFile({ orders: ORDERS });
const limit = (seconds: string) => mock.failNext({ status: 429, headers: { "Retry-After": seconds } });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: PortalError) => [error.kind, error.retryAfter]);
const NOW = Date.parse("2026-03-20T12:00:00Z");

afterEach(() => vi.useRealTimers());

describe("the client after a 429 with Retry-After", () => {
  it("sends nothing before the time Polar gave: every call fails as rate_limited at once, with the time left", async () => {
    // Only the clock: msw and the fetches run on real timers.
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const client = createPortalClient({ token: POLAR_TEST_TOKEN });
    limit("30");
    expect(await failure(listOrders(client))).toEqual(["rate_limited", 30]);
    expect(client.retryAfter?.()).toBe(30);

    // Another page, another endpoint: the limit is the session's.
    vi.setSystemTime(NOW + 12_000);
    expect(await failure(listOrders(client, { page: 2 }))).toEqual(["rate_limited", 18]);
    expect(await failure(getOrder(client, ORDERS[0]!.id))).toEqual(["rate_limited", 18]);
    vi.setSystemTime(NOW + 29_500);
    expect(await failure(listOrders(client))).toEqual(["rate_limited", 1]);
    expect(mock.requests).toHaveLength(1);

    // The time given has come: Polar is asked again.
    vi.setSystemTime(NOW + 30_000);
    expect(client.retryAfter?.()).toBeUndefined();
    await expect(listOrders(client)).resolves.toMatchObject({ pagination: { total_count: 250 } });
    expect(mock.requests).toHaveLength(2);
  });

  it("holds nothing back after a 429 whose Retry-After it cannot read, or another error", async () => {
    const client = createPortalClient({ token: POLAR_TEST_TOKEN });
    mock.failNext({ status: 429 });
    expect(await failure(listOrders(client))).toEqual(["rate_limited", undefined]);
    mock.failNext(503);
    expect(await failure(listOrders(client))).toEqual(["server", undefined]);
    await listOrders(client);
    expect(mock.requests).toHaveLength(3);
  });
});

describe("<OrdersTable> rate limited", () => {
  it("fetches no page ahead while limited: pointer passes over Next cost nothing, and Next says when it will try, without asking", async () => {
    renderInPortal(<OrdersTable />);
    await screen.findByRole("table", { name: "250 orders" });
    await waitFor(() => expect(mock.requests).toHaveLength(2)); // page 1, and page 2 ahead
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    await screen.findByText("Page 2 of 25");

    // Page 3, wanted ahead as the pointer passes over Next: Polar limits the session for 30 s.
    limit("30");
    fireEvent.pointerEnter(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(mock.requests).toHaveLength(3));
    for (let pass = 0; pass < 5; pass++) {
      fireEvent.pointerLeave(screen.getByRole("button", { name: "Next page" }));
      fireEvent.pointerEnter(screen.getByRole("button", { name: "Next page" }));
      fireEvent.focus(screen.getByRole("button", { name: "Next page" }));
    }

    // The customer asks for page 3: the time of the next try, and still no request.
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/Too many requests right now\. We will try again at .*\d{1,2}:\d{2}/);
    // Nothing to try before then: the kit asks again by itself at that time.
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    expect(mock.requests).toHaveLength(3);
  });
});
