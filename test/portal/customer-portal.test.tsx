import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { CustomerPortal } from "../../src";
import { makeOrder, manyOrders } from "../../src/testing";
import { mockPolarForFile, renderInPortal } from "../support";

const ORDERS = manyOrders(250);
const NO_ADDRESS = makeOrder({ id: "ord_no_address", billing_name: null, billing_address: null, created_at: "2026-03-19T10:00:00Z" });
const { mock } = mockPolarForFile({ orders: [NO_ADDRESS, ...ORDERS] });
const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-order-id="${id}"]`)!;
const day = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
/** What a screen reader calls an order's row: its product, and the date it was ordered. */
const rowName = (order: (typeof ORDERS)[number]) => `${order.product!.name} ordered ${day(order.created_at)}`;
const requests = () => mock.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`);

describe("<CustomerPortal>", () => {
  it("lists the orders, opens one without asking Polar again, and goes back to the row it came from", async () => {
    const { user } = renderInPortal(<CustomerPortal />);
    expect(await screen.findByRole("heading", { level: 2, name: "Your orders" })).toBeInTheDocument();
    const table = await screen.findByRole("table", { name: "251 orders" });
    const target = ORDERS[0]!;
    const before = requests().length;
    await user.click(within(rowOf(target.id)).getByRole("button", { name: rowName(target) }));

    // The order opened from the list comes from the cache the list filled: no request.
    expect(await screen.findByRole("heading", { level: 2, name: target.product!.name })).toBeInTheDocument();
    expect(requests().slice(before).filter((request) => request.startsWith("GET /v1/customer-portal/orders/ord"))).toEqual([]);
    const back = screen.getByRole("button", { name: "Back to orders" });
    expect(back).toHaveFocus();

    await user.click(back);
    await screen.findByRole("table", { name: "251 orders" });
    await waitFor(() => expect(within(rowOf(target.id)).getByRole("button", { name: rowName(target) })).toHaveFocus());
  });

  it("names each row's invoice and receipt by the row's order, so buttons of the same name are told apart", async () => {
    renderInPortal(<CustomerPortal />);
    await screen.findByRole("table", { name: "251 orders" });
    const row = rowOf(ORDERS[2]!.id);
    const group = within(row).getByRole("group");
    expect(group).toHaveAccessibleName(rowName(ORDERS[2]!));
    expect(within(group).getByRole("button", { name: "Download invoice" })).toBeInTheDocument();
  });

  it("keeps the list's page and search while an order is open", async () => {
    const { user } = renderInPortal(<CustomerPortal />);
    await screen.findByRole("table", { name: "251 orders" });
    await user.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(screen.getByRole("navigation", { name: "Pages of orders" })).toHaveTextContent("11–20 of 251"));
    const row = within(screen.getByRole("table")).getAllByRole("row")[1]!;
    await user.click(within(row).getAllByRole("button")[0]!);
    await user.click(await screen.findByRole("button", { name: "Back to orders" }));
    await waitFor(() => expect(screen.getByRole("navigation", { name: "Pages of orders" })).toHaveTextContent("11–20 of 251"));
  });

  it("follows a controlled place: the merchant's router owns which order is shown", async () => {
    const onNavigate = vi.fn();
    function Router() {
      const [id, setId] = useState<string | null>(ORDERS[3]!.id);
      return (
        <CustomerPortal
          view={id}
          onNavigate={(to) => {
            onNavigate(to);
            setId(to.view);
          }}
        />
      );
    }
    const { user } = renderInPortal(<Router />);
    expect(await screen.findByRole("heading", { name: ORDERS[3]!.product!.name })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back to orders" }));
    expect(onNavigate).toHaveBeenLastCalledWith({ section: "orders", view: null });
    expect(await screen.findByRole("table", { name: "251 orders" })).toBeInTheDocument();

    // A place the merchant refuses to follow stays where the merchant says.
    const stuck = vi.fn();
    const view = renderInPortal(<CustomerPortal view={null} onNavigate={stuck} />);
    const list = await within(view.container).findByRole("table", { name: "251 orders" });
    await view.user.click(within(within(list).getAllByRole("row")[2]!).getAllByRole("button")[0]!);
    expect(stuck).toHaveBeenCalledWith({ section: "orders", view: within(list).getAllByRole("row")[2]!.getAttribute("data-order-id") });
    expect(within(view.container).getByRole("table", { name: "251 orders" })).toBeInTheDocument();
  });

  it("rows become the merchant's links when it gives an href for each place", async () => {
    renderInPortal(<CustomerPortal view={null} getHref={({ section, view }) => `/account/${section}/${view ?? ""}`} />);
    await screen.findByRole("table", { name: "251 orders" });
    expect(within(rowOf(ORDERS[0]!.id)).getByRole("link", { name: rowName(ORDERS[0]!) })).toHaveAttribute("href", `/account/orders/${ORDERS[0]!.id}`);
    // One section: no navigation between sections.
    expect(screen.queryByRole("navigation", { name: "Your account" })).toBeNull();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("keeps 0.3's props working: orderId and onOrderChange route, getOrderHref makes plain links, listParams own the list", async () => {
    const onOrderChange = vi.fn();
    function Router() {
      const [id, setId] = useState<string | null>(ORDERS[3]!.id);
      return (
        <CustomerPortal
          orderId={id}
          onOrderChange={(next) => {
            onOrderChange(next);
            setId(next);
          }}
        />
      );
    }
    const { user } = renderInPortal(<Router />);
    expect(await screen.findByRole("heading", { name: ORDERS[3]!.product!.name })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back to orders" }));
    expect(onOrderChange).toHaveBeenLastCalledWith(null);
    await user.click(within(rowOf(ORDERS[0]!.id)).getByRole("button", { name: rowName(ORDERS[0]!) }));
    expect(onOrderChange).toHaveBeenLastCalledWith(ORDERS[0]!.id);
    expect(await screen.findByRole("heading", { name: ORDERS[0]!.product!.name })).toBeInTheDocument();

    // Links the browser or the router follows, as 0.3 drew them: not intercepted.
    const onParams = vi.fn();
    const linked = renderInPortal(<CustomerPortal getOrderHref={(order) => `/orders/${order.id}`} listParams={{ page: 2 }} onListParamsChange={onParams} />);
    const list = await within(linked.container).findByRole("table", { name: "251 orders" });
    const link = within(list).getAllByRole("link")[0]!;
    expect(link).toHaveAttribute("href", `/orders/${link.closest("tr")!.getAttribute("data-order-id")}`);
    const click = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(within(linked.container).getByText("Page 2 of 26")).toBeInTheDocument();
  });

  it("an invoice that needs billing details opens the order with its billing form", async () => {
    const { user } = renderInPortal(<CustomerPortal />);
    await screen.findByRole("table", { name: "251 orders" });
    const row = rowOf(NO_ADDRESS.id);
    expect(row).toHaveTextContent("An invoice needs a billing name and address.");
    await user.click(within(row).getByRole("button", { name: "Add billing details" }));
    // The order opens with its billing form, the focus on its first field.
    const name = await screen.findByRole("textbox", { name: /name/i });
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByRole("button", { name: "Back to orders" })).toBeInTheDocument();
  });
});
