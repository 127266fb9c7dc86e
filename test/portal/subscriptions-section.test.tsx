// The subscriptions section beside the orders: the list, a subscription and back, its invoices
// opening in the orders section (in place, or through the merchant's router), and what a plain
// member of a team sees of it.
import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { CustomerPortal, ordersSection, subscriptionsSection, type PortalLocation } from "../../src";
import { makeOrder, manyOrders, subscriptionFixtures } from "../../src/testing";
import { mockPolarForFile, renderInPortal } from "../support";

const ACTIVE = subscriptionFixtures.active;
const INVOICE = makeOrder({ id: "ord_invoice_of_active", subscription_id: ACTIVE.id, created_at: "2026-03-14T09:26:53Z" });
const { mock } = mockPolarForFile({ orders: [INVOICE, ...manyOrders(12)], subscriptions: [ACTIVE, subscriptionFixtures.trialing] });
const SECTIONS = [subscriptionsSection(), ordersSection()];
const asked = (prefix: string) => mock.requests.filter((request) => request.path.startsWith(prefix));
const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-subscription-id="${id}"]`)!;

describe("<CustomerPortal sections={[subscriptionsSection(), ordersSection()]}>", () => {
  it("shows the subscriptions first, opens one, and goes back to its row", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} />);
    expect(await screen.findByRole("tab", { name: "Orders" })).toHaveAttribute("aria-selected", "false");
    expect(screen.getByRole("tab", { name: "Subscriptions" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 2, name: "Your subscriptions" })).toBeInTheDocument();
    await waitFor(() => expect(rowOf(ACTIVE.id)).not.toBeNull());
    expect(asked("/v1/customer-portal/orders")).toEqual([]);

    await user.click(within(rowOf(ACTIVE.id)).getByRole("button", { name: new RegExp(`^${ACTIVE.product.name}`) }));
    expect(await screen.findByRole("heading", { level: 2, name: ACTIVE.product.name })).toBeInTheDocument();
    // A customer may change it (a member may not: see below).
    expect(await screen.findByRole("button", { name: "Cancel subscription" })).toBeInTheDocument();
    const back = screen.getByRole("button", { name: "Back to subscriptions" });
    expect(back).toHaveFocus();
    await user.click(back);
    await waitFor(() => expect(within(rowOf(ACTIVE.id)).getByRole("button", { name: new RegExp(`^${ACTIVE.product.name}`) })).toHaveFocus());
  });

  it("opens an invoice of the subscription in the orders section", async () => {
    const onNavigate = vi.fn();
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} defaultView={ACTIVE.id} onNavigate={onNavigate} />);
    const invoices = await screen.findByRole("heading", { name: "Invoices" });
    const table = await within(invoices.closest("section")!).findByRole("table", { name: "1 order" });
    await user.click(within(table).getAllByRole("row")[1]!.querySelector<HTMLElement>(".pp-orders-table__open")!);
    expect(onNavigate).toHaveBeenLastCalledWith({ section: "orders", view: INVOICE.id });
    expect(await screen.findByRole("button", { name: "Back to orders" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Orders" })).toHaveAttribute("aria-selected", "true");
  });

  it("links the subscriptions and their invoices to the router's URL, and follows a plain click in the page", async () => {
    const log = vi.fn();
    const href = ({ section, view }: PortalLocation) => `/account/${section}${view ? `/${view}` : ""}`;
    function Router() {
      const [at, setAt] = useState<PortalLocation>({ section: "subscriptions", view: null });
      return <CustomerPortal sections={SECTIONS} section={at.section} view={at.view} getHref={href} onNavigate={(to) => (log(to), setAt(to))} />;
    }
    const { user } = renderInPortal(<Router />);
    await waitFor(() => expect(rowOf(ACTIVE.id)).not.toBeNull());
    const link = within(rowOf(ACTIVE.id)).getByRole("link", { name: new RegExp(`^${ACTIVE.product.name}`) });
    expect(link).toHaveAttribute("href", `/account/subscriptions/${ACTIVE.id}`);
    await user.click(link);
    expect(log).toHaveBeenLastCalledWith({ section: "subscriptions", view: ACTIVE.id });

    const invoices = await screen.findByRole("heading", { name: "Invoices" });
    const table = await within(invoices.closest("section")!).findByRole("table", { name: "1 order" });
    const invoice = within(table).getAllByRole("link")[0]!;
    expect(invoice).toHaveAttribute("href", `/account/orders/${INVOICE.id}`);
    await user.click(invoice);
    expect(log).toHaveBeenLastCalledWith({ section: "orders", view: INVOICE.id });
    expect(await screen.findByRole("button", { name: "Back to orders" })).toBeInTheDocument();
  });

  it("shows a plain member the subscriptions alone: no orders tab, no invoices, nothing Polar would refuse", async () => {
    const { token } = mock.createSession({ role: "member" });
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} />, { token });
    await waitFor(() => expect(rowOf(ACTIVE.id)).not.toBeNull());
    await waitFor(() => expect(asked("/v1/customer-portal/customer-session/user")).not.toEqual([]));
    expect(screen.getByRole("tablist").textContent).toBe("Subscriptions");
    await user.click(within(rowOf(ACTIVE.id)).getByRole("button", { name: new RegExp(`^${ACTIVE.product.name}`) }));
    expect(await screen.findByRole("heading", { level: 2, name: ACTIVE.product.name })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Invoices" })).toBeNull();
    // Nor a change Polar keeps for owners and billing managers (the detail's own gating).
    expect(screen.queryByRole("button", { name: "Cancel subscription" })).toBeNull();
    expect(asked("/v1/customer-portal/orders")).toEqual([]);
    expect(mock.requests.filter((request) => request.auth !== "valid")).toEqual([]);
  });
});
