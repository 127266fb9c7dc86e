// <CustomerPortal>'s sections: the merchant's choice and order, the navigation between them (tabs
// in place, or the router's links), and billing sections hidden from a plain member of a team
// without a request Polar would refuse.
import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { CustomerPortal, ordersSection, type PortalLocation, type PortalSection } from "../../src";
import { manyOrders } from "../../src/testing";
import type { MockMemberRole } from "../../src/testing/msw";
import { mockPolarForFile, renderInPortal } from "../support";

const ORDERS = manyOrders(12);
const { mock } = mockPolarForFile({ orders: ORDERS });
const ordersAsked = () => mock.requests.filter((request) => request.path.startsWith("/v1/customer-portal/orders"));

/** A merchant's own section: its words, and what it shows of the place it is given. */
const support: PortalSection = {
  id: "support",
  label: "Support",
  render: ({ view, navigate, hrefOf }) =>
    view ? (
      <p>
        Ticket {view} <button onClick={() => navigate(null)}>All tickets</button>
      </p>
    ) : hrefOf ? (
      <a href={hrefOf("t-1")}>Ticket t-1</a>
    ) : (
      <button onClick={() => navigate("t-1")}>Open ticket t-1</button>
    ),
};
const BOTH = [ordersSection(), support];

function memberPortal(role: MockMemberRole, sections?: readonly PortalSection[]) {
  const { token } = mock.createSession({ role });
  return renderInPortal(<CustomerPortal sections={sections} />, { token });
}

describe("<CustomerPortal sections>", () => {
  it("shows the sections in the merchant's order as tabs over one panel, the first open", async () => {
    renderInPortal(<CustomerPortal sections={[support, ordersSection()]} />);
    const tablist = await screen.findByRole("tablist", { name: "Your account" });
    await waitFor(() => expect(within(tablist).getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Support", "Orders"]));
    const [first, second] = within(tablist).getAllByRole("tab");
    expect(first).toHaveAttribute("aria-selected", "true");
    expect(second).toHaveAttribute("aria-selected", "false");
    const panel = screen.getByRole("tabpanel", { name: "Support" });
    expect(within(panel).getByRole("button", { name: "Open ticket t-1" })).toBeInTheDocument();
    // The orders are not asked for until their tab is opened.
    expect(ordersAsked()).toEqual([]);
  });

  it("moves between tabs with the arrow keys, Home and End, and opens one with Enter", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={[...BOTH, { ...support, id: "faq", label: "FAQ" }]} />);
    const tablist = await screen.findByRole("tablist");
    await waitFor(() => expect(within(tablist).getAllByRole("tab")).toHaveLength(3));
    const [orders, help, faq] = within(tablist).getAllByRole("tab") as [HTMLElement, HTMLElement, HTMLElement];
    // One tab stop: the open tab.
    expect([orders, help, faq].map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    orders.focus();
    await user.keyboard("{ArrowRight}");
    expect(help).toHaveFocus();
    await user.keyboard("{End}");
    expect(faq).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(orders).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(faq).toHaveFocus();
    await user.keyboard("{Home}{ArrowRight}");
    // Moving is not opening: the orders stay open until Enter.
    expect(orders).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(help).toHaveAttribute("aria-selected", "true");
    expect(help).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Support" })).toBeInTheDocument();
  });

  it("mirrors the arrow keys right to left", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={BOTH} />, { locale: "ar-EG", dir: "rtl" });
    const tablist = await screen.findByRole("tablist");
    await waitFor(() => expect(within(tablist).getAllByRole("tab")).toHaveLength(2));
    const [orders, help] = within(tablist).getAllByRole("tab") as [HTMLElement, HTMLElement];
    orders.focus();
    await user.keyboard("{ArrowLeft}");
    expect(help).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(orders).toHaveFocus();
  });

  it("opens a section at its list, and keeps where the customer is when the portal owns it", async () => {
    const onNavigate = vi.fn();
    const { user } = renderInPortal(<CustomerPortal sections={BOTH} defaultSection="support" onNavigate={onNavigate} />);
    await user.click(await screen.findByRole("button", { name: "Open ticket t-1" }));
    expect(screen.getByText(/Ticket t-1/)).toBeInTheDocument();
    expect(onNavigate).toHaveBeenLastCalledWith({ section: "support", view: "t-1" });
    await user.click(await screen.findByRole("tab", { name: "Orders" }));
    expect(onNavigate).toHaveBeenLastCalledWith({ section: "orders", view: null });
    expect(await screen.findByRole("heading", { level: 2, name: "Your orders" })).toBeInTheDocument();
    await screen.findByRole("table", { name: "12 orders" });
  });
});

describe("<CustomerPortal> with the URL owned by the merchant's router", () => {
  const hrefOf = ({ section, view }: PortalLocation) => `/account/${section}${view ? `/${view}` : ""}`;

  function Router({ start, log }: { start: PortalLocation; log: (to: PortalLocation) => void }) {
    const [at, setAt] = useState(start);
    return (
      <CustomerPortal
        sections={BOTH}
        section={at.section}
        view={at.view}
        getHref={hrefOf}
        onNavigate={(to) => {
          log(to);
          setAt(to);
        }}
      />
    );
  }

  it("links each section and each row to the router's URL; a plain click stays in the page and tells the router", async () => {
    const log = vi.fn();
    const { user } = renderInPortal(<Router start={{ section: "support", view: null }} log={log} />);
    const nav = await screen.findByRole("navigation", { name: "Your account" });
    await waitFor(() => expect(within(nav).getAllByRole("link")).toHaveLength(2));
    expect(within(nav).getByRole("link", { name: "Support" })).toHaveAttribute("aria-current", "page");
    const orders = within(nav).getByRole("link", { name: "Orders" });
    expect(orders).toHaveAttribute("href", "/account/orders");
    expect(orders).not.toHaveAttribute("aria-current");
    expect(screen.getByRole("link", { name: "Ticket t-1" })).toHaveAttribute("href", "/account/support/t-1");

    await user.click(orders);
    expect(log).toHaveBeenLastCalledWith({ section: "orders", view: null });
    expect(within(nav).getByRole("link", { name: "Orders" })).toHaveAttribute("aria-current", "page");
    const table = await screen.findByRole("table", { name: "12 orders" });
    const row = within(table).getAllByRole("row")[1]!;
    const id = row.getAttribute("data-order-id")!;
    const link = within(row).getAllByRole("link")[0]!;
    expect(link).toHaveAttribute("href", `/account/orders/${id}`);
    // jsdom would report a navigation it cannot do; the portal follows the click itself.
    await user.click(link);
    expect(log).toHaveBeenLastCalledWith({ section: "orders", view: id });
    expect(await screen.findByRole("button", { name: "Back to orders" })).toHaveFocus();
  });

  it("shows what the router says, and stays there when the router does not follow", async () => {
    const stuck = vi.fn();
    const { user } = renderInPortal(<CustomerPortal sections={BOTH} section="orders" view={ORDERS[1]!.id} onNavigate={stuck} getHref={hrefOf} />);
    expect(await screen.findByRole("heading", { level: 2, name: ORDERS[1]!.product!.name })).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Support" }));
    expect(stuck).toHaveBeenCalledWith({ section: "support", view: null });
    expect(screen.getByRole("heading", { level: 2, name: ORDERS[1]!.product!.name })).toBeInTheDocument();
  });
});

describe("<CustomerPortal> for a member of a team (Polar's UnionBilling: owners and billing managers only)", () => {
  it("hides the orders from a plain member and never asks Polar for them", async () => {
    const { user } = memberPortal("member", [ordersSection(), support]);
    // The member lands on what it may see: the orders tab is not there.
    expect(await screen.findByRole("button", { name: "Open ticket t-1" })).toBeInTheDocument();
    await waitFor(() => expect(mock.requests.some((request) => request.path === "/v1/customer-portal/customer-session/user")).toBe(true));
    expect(screen.queryByRole("tab", { name: "Orders" })).toBeNull();
    expect(screen.queryByRole("tablist")?.textContent).toBe("Support");
    await user.click(screen.getByRole("button", { name: "Open ticket t-1" }));
    expect(ordersAsked()).toEqual([]);
  });

  it("tells a plain member why a portal of billing sections alone shows nothing, without asking for the orders", async () => {
    memberPortal("member");
    expect(await screen.findByText("Only your team's owners and billing managers can see this.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
    expect(ordersAsked()).toEqual([]);
  });

  it("says the same where the router asks a plain member for the orders", async () => {
    const { token } = mock.createSession({ role: "member" });
    renderInPortal(<CustomerPortal sections={BOTH} section="orders" getHref={({ section }) => `/${section}`} />, { token });
    expect(await screen.findByText("Only your team's owners and billing managers can see this.")).toBeInTheDocument();
    expect(screen.getByRole("navigation").textContent).toBe("Support");
    expect(ordersAsked()).toEqual([]);
  });

  it.each(["owner", "billing_manager"] as const)("shows the orders to the team's %s", async (role) => {
    memberPortal(role, BOTH);
    expect(await screen.findByRole("table", { name: "12 orders" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Orders" })).toHaveAttribute("aria-selected", "true");
  });

  it("waits to know who the session is before asking for the orders", async () => {
    const gate = mock.holdNext("GET");
    renderInPortal(<CustomerPortal />);
    await waitFor(() => expect(mock.requests.map((request) => request.path)).toContain("/v1/customer-portal/customer-session/user"));
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(ordersAsked()).toEqual([]);
    gate.release();
    expect(await screen.findByRole("table", { name: "12 orders" })).toBeInTheDocument();
  });

  it("asks nothing about the session when no section is a billing one", async () => {
    renderInPortal(<CustomerPortal sections={[support]} />);
    expect(await screen.findByRole("button", { name: "Open ticket t-1" })).toBeInTheDocument();
    expect(mock.requests).toEqual([]);
  });
});

describe("<CustomerPortal> with the section alone owned by the router", () => {
  it("opens a section at its list when the router moves to it, not at what was open in another", async () => {
    function Router() {
      const [section, setSection] = useState("support");
      return (
        <>
          <button onClick={() => setSection("orders")}>Go to the orders</button>
          <CustomerPortal sections={BOTH} section={section} onNavigate={(to) => setSection(to.section)} />
        </>
      );
    }
    const { user } = renderInPortal(<Router />);
    await user.click(await screen.findByRole("button", { name: "Open ticket t-1" }));
    expect(screen.getByText(/Ticket t-1/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Go to the orders" }));
    expect(await screen.findByRole("table", { name: "12 orders" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Back to orders" })).toBeNull();
  });
});
