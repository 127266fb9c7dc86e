// One bad order must not blank the merchant's page. A merchant passing an order from their own
// data layer (`order={...}`) skips the client's parse, so a broken shape reaches the component
// directly: the component shows its error view, and the merchant's own content next to it stays.
import { render, screen } from "@testing-library/react";
import { Component, type ComponentType, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BillingAddressForm, defaultMessages, OrderDetail, OrderItemsTable, type CustomerOrder } from "../../src/index";
import { fixtures } from "../../src/testing";
import { TestPortal } from "../support";

const COMPONENTS: [string, ComponentType<{ order: CustomerOrder }>, string][] = [
  ["OrderDetail", OrderDetail, ".pp-order-detail"],
  ["OrderItemsTable", OrderItemsTable, ".pp-items-table"],
  ["BillingAddressForm", BillingAddressForm, ".pp-billing-form"],
];

const good = fixtures.paid as unknown as Record<string, unknown>;
const goodItem = fixtures.paid.items[0] as unknown as Record<string, unknown>;

/** Shapes a merchant's data layer can hand over by mistake (a stale cache, a hand-made mock, a JSON column). */
const BROKEN: [string, Record<string, unknown>][] = [
  ["items is not an array", { ...good, items: "3 items" }],
  ["items is an object", { ...good, items: { 0: goodItem } }],
  ["items is null", { ...good, items: null }],
  ["an item is null", { ...good, items: [null] }],
  ["an item amount is a string", { ...good, items: [{ ...goodItem, amount: "100.00" }] }],
  ["amounts are strings", { ...good, subtotal_amount: "100.00", total_amount: "107.20", tax_amount: "7.20" }],
  ["amounts are not numbers at all", { ...good, total_amount: "abc", due_amount: {} }],
  ["currency is missing", { ...good, currency: undefined }],
  ["currency is a number", { ...good, currency: 840 }],
  ["billing_address is a string", { ...good, billing_address: "1 Analytical Way" }],
  ["billing_address has no country", { ...good, billing_address: { line1: "1 Analytical Way" } }],
  ["created_at is not a date", { ...good, created_at: "yesterday" }],
  ["the order is an array", [good] as unknown as Record<string, unknown>],
];

/** The merchant's boundary around the whole page: if it catches anything, the kit let a crash out. */
class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>the whole page failed</p> : this.props.children;
  }
}

const JUNK = ["NaN", "undefined", "[object Object]", "Invalid Date"];

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(COMPONENTS)("<%s> given a broken order prop", (_name, Shown, rootSelector) => {
  it.each(BROKEN)("when %s: the merchant's page stays and the component shows its error view", (_case, broken) => {
    // React reports errors caught by boundaries on console.error; keep the output readable.
    vi.spyOn(console, "error").mockImplementation(() => {});
    const fetchSpy = vi.fn<typeof fetch>();
    const { container } = render(
      <PageBoundary>
        <TestPortal fetch={fetchSpy}>
          <header>Merchant navigation</header>
          <Shown order={broken as unknown as CustomerOrder} />
          <footer>Merchant footer</footer>
        </TestPortal>
      </PageBoundary>,
    );
    expect(screen.queryByText("the whole page failed")).not.toBeInTheDocument();
    expect(screen.getByText("Merchant navigation")).toBeInTheDocument();
    expect(screen.getByText("Merchant footer")).toBeInTheDocument();

    const root = container.querySelector(rootSelector)!;
    expect(root).toBeInTheDocument();
    // Either the component's error view, or (when a part of it is broken) that part's.
    const alert = container.querySelector('[data-state="error"][role="alert"]');
    expect(alert, "an error view").not.toBeNull();
    expect(alert!.textContent).toMatch(new RegExp(`${defaultMessages.errorInvalidResponse}|${defaultMessages.errorTitle}`));
    for (const junk of JUNK) expect(container.textContent).not.toContain(junk);
    // The order was given; nothing may be fetched in its place.
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
