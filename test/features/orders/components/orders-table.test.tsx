import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useEffect, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { OrderDetail, OrdersTable, type ListOrdersParams } from "../../../../src";
import { manyOrders } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const ORDERS = manyOrders(250);
const { mock } = mockPolarForFile({ orders: ORDERS });
const gets = () => mock.requests.filter((request) => request.method === "GET").length;
const rows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
/** The product names the rows show (each row header also says its date, to a screen reader only). */
const productsShown = () => rows().map((row) => within(row).getByRole("rowheader").querySelector("bdi")!.textContent);
const money = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount / 100);
const day = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
/** What a screen reader calls an order's row: its product, and the date it was ordered. */
const rowName = (order: (typeof ORDERS)[number]) => `${order.product!.name} ordered ${day(order.created_at)}`;
const announced = () => document.querySelector(".pp-orders-table__announcement");

async function shown(caption = "250 orders") {
  return screen.findByRole("table", { name: caption });
}

describe("<OrdersTable>", () => {
  it("is a real table of the customer's orders: product, date, status and total, with the count as its caption", async () => {
    renderInPortal(<OrdersTable />);
    const table = await shown();
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual(["Product", "Date", "Status", "Total"]);
    expect(rows()).toHaveLength(10);
    const first = ORDERS[0]!;
    // The badge's hidden "Status" label is not displayed in the list (its column header says it).
    const cells = within(rows()[0]!)
      .getAllByRole("cell")
      .map((cell) => cell.textContent!.replace(cell.querySelector(".pp-visually-hidden")?.textContent ?? "", ""));
    expect(within(rows()[0]!).getByRole("rowheader")).toHaveAccessibleName(rowName(first));
    expect(cells).toEqual(["Mar 14, 2026", "Paid", money(first.total_amount)]);
    expect(rows()[0]!.querySelector("time")).toHaveAttribute("datetime", first.created_at);
    // The newest first, Polar's default order, said by the date column.
    expect(within(table).getByRole("columnheader", { name: "Date" })).toHaveAttribute("aria-sort", "descending");
  });

  it("pages on the server, says where it is, and announces the page; the edges keep the focus", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await shown();
    const pager = screen.getByRole("navigation", { name: "Pages of orders" });
    expect(pager).toHaveTextContent("1–10 of 250");
    expect(within(pager).getByRole("status")).toHaveTextContent("Page 1 of 25");
    const previous = within(pager).getByRole("button", { name: "Previous page" });
    expect(previous).toHaveAttribute("aria-disabled", "true");
    await user.click(previous);
    expect(within(pager).getByRole("status")).toHaveTextContent("Page 1 of 25");

    await user.click(within(pager).getByRole("button", { name: "Next page" }));
    expect(within(pager).getByRole("status")).toHaveTextContent("Page 2 of 25");
    expect(pager).toHaveTextContent("11–20 of 250");
    expect(within(rows()[0]!).getByRole("rowheader")).toHaveAccessibleName(rowName(ORDERS[10]!));
    expect(previous).not.toHaveAttribute("aria-disabled");
  });

  it("sorts by a column with a button in its header, and says the order in aria-sort", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    const table = await shown();
    const total = within(table).getByRole("columnheader", { name: "Total" });
    expect(total).not.toHaveAttribute("aria-sort");
    await user.click(within(total).getByRole("button", { name: "Total" }));
    await waitFor(() => expect(total).toHaveAttribute("aria-sort", "ascending"));
    await waitFor(() => expect(screen.getByRole("table")).not.toHaveAttribute("aria-busy"));
    const smallest = Math.min(...ORDERS.map((order) => order.net_amount));
    expect(within(rows()[0]!).getAllByRole("cell")[2]).toHaveTextContent(money(ORDERS.find((order) => order.net_amount === smallest)!.total_amount));
    expect(within(table).getByRole("columnheader", { name: "Date" })).not.toHaveAttribute("aria-sort");
    await user.click(within(total).getByRole("button", { name: "Total" }));
    await waitFor(() => expect(total).toHaveAttribute("aria-sort", "descending"));
  });

  it("searches product names once the customer pauses, from page 1, and says when nothing matches", async () => {
    const { user } = renderInPortal(<OrdersTable defaultParams={{ page: 3 }} />);
    await shown();
    const before = gets();
    await user.type(screen.getByRole("searchbox", { name: "Search orders" }), "annual");
    // One request for the whole word, not one per letter.
    await screen.findByRole("table", { name: "62 orders" });
    expect(new Set(productsShown())).toEqual(new Set(["Analytics Annual"]));
    expect(screen.getByRole("navigation")).toHaveTextContent("1–10 of 62");
    const searches = mock.requests.slice(before).filter((request) => request.url.includes("query="));
    expect(searches.map((request) => new URL(request.url).searchParams.get("query"))).toEqual(["annual", "annual"]); // the page and its next

    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "quantum");
    expect(await screen.findByText("No orders match your search.")).toBeVisible();
    // Said by the live region, which was there before the answer came (a region added with its
    // text is often not read).
    await waitFor(() => expect(announced()).toHaveTextContent("No orders match your search."));
    expect(announced()).toHaveAttribute("role", "status");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    // The search stays, to change it.
    expect(screen.getByRole("searchbox")).toHaveValue("quantum");
  });

  it("filters one-time purchases or subscriptions", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await shown();
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "One-time purchases");
    await screen.findByRole("table", { name: "125 orders" });
    expect(new Set(productsShown())).toEqual(new Set([ORDERS[0]!.product!.name, ORDERS[2]!.product!.name]));
  });

  it("keeps the previous page on screen, dimmed and busy, while the next loads", async () => {
    const { user, container } = renderInPortal(<OrdersTable />);
    await shown();
    const gate = mock.holdNext("GET");
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Subscriptions");
    const root = container.querySelector(".pp-orders-table")!;
    expect(root).toHaveAttribute("data-pending");
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    expect(rows()).toHaveLength(10);
    gate.release();
    await screen.findByRole("table", { name: "125 orders" });
    expect(root).not.toHaveAttribute("data-pending");
  });

  it("says a customer without orders has none, with nothing to search", async () => {
    mock.reset();
    for (const order of ORDERS) mock.setOrder({ ...order, customer_id: "someone-else" });
    renderInPortal(<OrdersTable />);
    expect(await screen.findByText("You have no orders yet.")).toBeInTheDocument();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  it("shows one order as one row, on one page", async () => {
    renderInPortal(<OrdersTable params={{ subscriptionId: ORDERS[3]!.subscription_id!, limit: 1, sorting: "created_at" }} />);
    await screen.findByRole("table", { name: /orders?$/ });
    expect(rows()).toHaveLength(1);
  });

  it("shows the shared error view when the list cannot load", async () => {
    mock.failNext(403);
    renderInPortal(<OrdersTable className="mine" data-testid="list" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("You do not have access to this order.");
    expect(screen.getByTestId("list")).toHaveClass("pp-error", "pp-orders-table", "mine");
  });

  it("opens an order through the merchant's link or callback, and an order opened from the list asks Polar nothing", async () => {
    const onOpenOrder = vi.fn();
    const { user, rerender } = renderInPortal(<OrdersTable getOrderHref={(order) => `/orders/${order.id}`} />);
    await shown();
    expect(screen.getAllByRole("link")[0]).toHaveAttribute("href", `/orders/${ORDERS[0]!.id}`);
    rerender(<OrdersTable onOpenOrder={onOpenOrder} renderActions={(order) => <button type="button">Invoice {order.invoice_number}</button>} />);
    expect(screen.getByRole("columnheader", { name: "Actions" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: `Invoice ${ORDERS[0]!.invoice_number}` })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: rowName(ORDERS[1]!) }));
    expect(onOpenOrder).toHaveBeenCalledWith(expect.objectContaining({ id: ORDERS[1]!.id }));

    await waitFor(() => expect(gets()).toBe(2)); // page 1 and page 2 ahead
    rerender(<OrderDetail orderId={ORDERS[1]!.id} />);
    expect(await screen.findByRole("article")).toHaveTextContent(ORDERS[1]!.invoice_number!);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toBe(2);
  });

  it("fetches one page ahead by itself, and the next one when the customer points at or focuses Next", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await shown();
    await waitFor(() => expect(gets()).toBe(2)); // page 1 and page 2 ahead
    const next = screen.getByRole("button", { name: "Next page" });
    fireEvent.click(next); // a click without pointing first: page 2 is there already
    await screen.findByText("Page 2 of 25");
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toBe(2); // page 2 came ahead: no chain of pages fetched ahead

    await user.hover(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(gets()).toBe(3)); // page 3, on intent
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await screen.findByText("Page 3 of 25");
    expect(document.querySelector(".pp-orders-table[data-pending]")).toBeNull(); // shown at once
  });

  it("follows the merchant's parameters when they own them, and reports every change", async () => {
    const changes: ListOrdersParams[] = [];
    function Routed() {
      const [params, setParams] = useState<ListOrdersParams>({ page: 4 });
      return (
        <OrdersTable
          params={params}
          onParamsChange={(next) => {
            changes.push(next);
            setParams(next);
          }}
        />
      );
    }
    const { user } = renderInPortal(<Routed />);
    await shown();
    expect(within(screen.getByRole("navigation")).getByRole("status")).toHaveTextContent("Page 4 of 25");
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await user.click(within(screen.getByRole("columnheader", { name: "Product" })).getByRole("button"));
    expect(changes).toEqual([{ page: 5 }, { page: 1, sorting: "product" }]);
  });

  it("stays where the merchant's parameters say when they do not follow a change", async () => {
    const onParamsChange = vi.fn();
    const { user } = renderInPortal(<OrdersTable params={{ page: 2 }} onParamsChange={onParamsChange} />);
    await shown();
    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(onParamsChange).toHaveBeenCalledWith({ page: 3 });
    expect(within(screen.getByRole("navigation")).getByRole("status")).toHaveTextContent("Page 2 of 25");
  });

  it("submits the search at once on Enter", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await shown();
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "Team" } });
    await user.type(screen.getByRole("searchbox"), "{Enter}");
    await screen.findByRole("table", { name: "62 orders" });
  });
});

describe("<OrdersTable> never lies, keeps every keystroke, and says what changed", () => {
  it("says a page past the last one is past the end (Polar answers it empty, with the count), and goes to the last page", async () => {
    const { user } = renderInPortal(<OrdersTable defaultParams={{ page: 9, limit: 100 }} />);
    expect(await screen.findByText("There is no page 9: the orders end on page 3.")).toBeVisible();
    expect(screen.queryByText("You have no orders yet.")).not.toBeInTheDocument();
    expect(screen.queryByText(/Page 9 of/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to the last page" }));
    await screen.findByRole("table", { name: "250 orders" });
    expect(within(screen.getByRole("navigation")).getByRole("status")).toHaveTextContent("Page 3 of 3");
    expect(rows()).toHaveLength(50);
  });

  it("asks the merchant's router for the last page when its address is past the end", async () => {
    const onParamsChange = vi.fn();
    const { user } = renderInPortal(<OrdersTable params={{ page: 30, query: "annual" }} onParamsChange={onParamsChange} />);
    expect(await screen.findByText("There is no page 30: the orders end on page 7.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Go to the last page" }));
    expect(onParamsChange).toHaveBeenCalledWith({ page: 7, query: "annual" });
  });

  it("never counts with another search's total: while a new filter loads, the pager neither counts nor pages", async () => {
    const onParamsChange = vi.fn();
    function Owned() {
      const [params, setParams] = useState<ListOrdersParams>({});
      return (
        <OrdersTable
          params={params}
          onParamsChange={(next) => {
            onParamsChange(next);
            setParams(next);
          }}
        />
      );
    }
    const { user, container } = renderInPortal(<Owned />);
    await shown();
    await waitFor(() => expect(gets()).toBe(2));
    const gate = mock.holdNext("GET");
    await user.type(screen.getByRole("searchbox"), "workshop{Enter}");
    await gate.arrived;
    const pager = screen.getByRole("navigation", { name: "Pages of orders" });
    expect(within(pager).getByRole("status")).toHaveTextContent("Loading…");
    expect(pager).not.toHaveTextContent("of 250");
    expect(screen.getByRole("table")).not.toHaveAccessibleName("250 orders");
    expect(container.querySelector(".pp-orders-table")).not.toHaveAttribute("data-count");
    // Next, clicked before the new count is known, would aim at page 2 of 25.
    const next = within(pager).getByRole("button", { name: "Next page" });
    expect(next).toHaveAttribute("aria-disabled", "true");
    await user.click(next);
    expect(onParamsChange).toHaveBeenCalledTimes(1);
    expect(onParamsChange).toHaveBeenLastCalledWith({ page: 1, query: "workshop" });
    gate.release();
    expect(await screen.findByText("No orders match your search.")).toBeVisible();
  });

  it("keeps what the customer typed while the merchant's router applies an earlier search a moment later", async () => {
    const applied: (string | undefined)[] = [];
    let navigate!: (params: ListOrdersParams) => void;
    function Routed() {
      const [params, setParams] = useState<ListOrdersParams>({});
      navigate = setParams;
      // Noted once the table has rendered the router's parameters, not when they are set.
      useEffect(() => {
        if (params.query !== undefined) applied.push(params.query);
      }, [params]);
      // As Next.js does: the router's state changes a moment after the navigation is asked for.
      return <OrdersTable params={params} onParamsChange={(next) => setTimeout(() => setParams(next), 200)} />;
    }
    const { user } = renderInPortal(<Routed />);
    await shown();
    const box = screen.getByRole("searchbox");
    await user.type(box, "ann");
    // The pause sends "ann"; the customer types on before the router applies it.
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    await user.type(box, "ual");
    await waitFor(() => expect(applied).toEqual(["ann"]));
    expect(box).toHaveValue("annual");
    await waitFor(() => expect(applied).toEqual(["ann", "annual"]));
    expect(box).toHaveValue("annual");
    await screen.findByRole("table", { name: "62 orders" });

    // A search changed from outside (the router's back button) still replaces the box's.
    act(() => navigate({ query: "pro" }));
    expect(box).toHaveValue("pro");
  });

  it("names each row by its product and date, so renewals of one product are told apart", async () => {
    renderInPortal(<OrdersTable defaultParams={{ query: "annual" }} onOpenOrder={() => {}} />);
    await screen.findByRole("table", { name: "62 orders" });
    const annual = ORDERS.filter((order) => order.product!.name === "Analytics Annual").slice(0, 10);
    expect(rows().map((row) => within(row).getByRole("rowheader").textContent)).toEqual(annual.map(rowName));
    const buttons = rows().map((row) => within(row).getByRole("button"));
    expect(new Set(buttons.map((button) => button.textContent)).size).toBe(10);
    expect(buttons[0]).toHaveAccessibleName(rowName(annual[0]!));
    // What is shown stays the product's name.
    expect(new Set(productsShown())).toEqual(new Set(["Analytics Annual"]));
  });

  it("announces the count of a search's and a filter's matches, and the order of a sort", async () => {
    const { user } = renderInPortal(<OrdersTable />);
    await shown();
    // Nothing is said of the first page: the caption and the pager say it.
    expect(announced()).toHaveAttribute("role", "status");
    expect(announced()).toBeEmptyDOMElement();
    await user.type(screen.getByRole("searchbox"), "annual");
    await waitFor(() => expect(announced()).toHaveTextContent("62 orders found"));
    await user.clear(screen.getByRole("searchbox"));
    await waitFor(() => expect(announced()).toHaveTextContent("250 orders found"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Subscriptions");
    await waitFor(() => expect(announced()).toHaveTextContent("125 orders found"));
    await user.click(screen.getByRole("button", { name: "Total" }));
    await waitFor(() => expect(announced()).toHaveTextContent("Sorted by Total, ascending"));
    await user.click(screen.getByRole("button", { name: "Total" }));
    await waitFor(() => expect(announced()).toHaveTextContent("Sorted by Total, descending"));
    // The same count again is said again.
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "One-time purchases");
    await waitFor(() => expect(announced()!.textContent).toBe("125 orders found"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Subscriptions");
    await waitFor(() => expect(announced()!.textContent).toBe("125 orders found\u00a0"));
  });
});
