import { render, screen, waitFor } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BillingAddressForm, OrderDetail, OrderItemsTable } from "../../src";
import { fixtures } from "../../src/testing";
import { mockPolarForFile, renderInPortal } from "../support";

// What every component that shows an order shares: the merchant's attributes and ref on its
// root in every state, and misuse explained to the developer, never thrown at the customer.

const { mock } = mockPolarForFile();
afterEach(() => vi.restoreAllMocks());

const components = [
  ["OrderDetail", OrderDetail, "pp-order-detail"],
  ["OrderItemsTable", OrderItemsTable, "pp-items-table"],
  ["BillingAddressForm", BillingAddressForm, "pp-billing-form"],
] as const;

describe.each(components)("<%s>", (name, Component, rootClass) => {
  it("passes id, style, data-* and aria-* attributes and its ref to the root element", () => {
    const ref = createRef<HTMLElement>();
    renderInPortal(
      <Component
        ref={ref}
        order={fixtures.paid}
        id="merchant-id"
        className="merchant-class"
        style={{ marginTop: 7 }}
        data-testid="root"
        data-merchant="yes"
        aria-describedby="help"
      />,
    );
    const root = screen.getByTestId("root");
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute("id", "merchant-id");
    expect(root).toHaveAttribute("data-merchant", "yes");
    expect(root).toHaveAttribute("aria-describedby", "help");
    expect(root).toHaveStyle({ marginTop: "7px" });
    expect(root).toHaveClass(rootClass, "merchant-class");
    // The component's own state attributes are not overridden by the merchant's.
    expect(root).toHaveAttribute("data-state");
  });

  it("keeps the attributes and the ref on the root while loading and after an error", async () => {
    const gate = mock.holdNext("GET");
    mock.failNext(404, { method: "GET" });
    const ref = createRef<HTMLElement>();
    renderInPortal(<Component ref={ref} orderId={fixtures.paid.id} data-testid="root" id="merchant-id" />);
    expect(screen.getByTestId("root")).toHaveAttribute("data-state", "loading");
    expect(ref.current).toBe(screen.getByTestId("root"));
    gate.release();
    await waitFor(() => expect(screen.getByTestId("root")).toHaveAttribute("data-state", "error"));
    expect(ref.current).toBe(screen.getByTestId("root"));
    expect(screen.getByTestId("root")).toHaveAttribute("id", "merchant-id");
    expect(screen.getByTestId("root")).toHaveClass(rootClass);
  });

  it("without `order` or `orderId`: warns the developer and shows a neutral error, not 'not found'", () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    renderInPortal(<Component data-testid="root" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(screen.queryByText(/could not find/i)).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`<${name}> needs an \`order\` or an \`orderId\``));
    expect(mock.requests).toHaveLength(0);
  });

  it("outside a PortalProvider: warns the developer and shows a neutral error instead of throwing", () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<Component order={fixtures.paid} data-testid="root" />);
    expect(screen.getByTestId("root")).toHaveTextContent("Something went wrong");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`<${name}> must be rendered inside <PortalProvider>`));
  });
});

describe("a PortalProvider `server` that is not a server or a URL", () => {
  it("warns the developer, sends nothing, and shows the customer a neutral error instead of throwing", async () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { server: "prod" });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The request could not be completed.");
    expect(alert).not.toHaveTextContent(/could not find|session/i);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('server must be "production", "sandbox", or a base URL'));
    expect(mock.requests).toHaveLength(0);
  });
});
