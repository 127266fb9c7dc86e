import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { OrderDocuments, OrdersTable, type CustomerOrder, type ListOrdersParams } from "../src";
import ar from "../src/locales/ar";
import { fixtures, manyOrders } from "../src/testing";
import { AFTER_RETRIES, polar, portal, ready } from "./support";

const ORDERS = manyOrders(250);
/** The mock Polar with the customer's 250 orders, the parameters of most stories. */
const many = polar({ orders: ORDERS });

/**
 * The customer's orders: Polar's paging with the total count, sortable columns, a search in
 * product names and a one-time / subscription filter. Every story but the empty ones lists 250.
 */
const meta = {
  title: "Components/OrdersTable",
  component: OrdersTable,
  args: { getOrderHref: (order) => `#order-${order.id}` },
} satisfies Meta<typeof OrdersTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const list = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-orders-table");
/** The table once no page is loading. */
async function settled(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await list(canvasElement);
  await waitFor(() => expect(root).not.toHaveAttribute("data-pending"));
  return root;
}
const pageStatus = (root: HTMLElement) => within(within(root).getByRole("navigation")).getByRole("status");
/** The live region that says what a search, filter or sort found. */
const announcement = (root: HTMLElement) => root.querySelector(".pp-orders-table__announcement");
const day = (iso: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

export const ManyPages: Story = {
  parameters: many,
  args: { renderActions: (order) => <a href={`#receipt-${order.id}`}>Receipt</a> },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const canvas = within(root);
    await expect(canvas.getByRole("table", { name: "250 orders" })).toBeVisible();
    await expect(canvas.getAllByRole("row")).toHaveLength(11);
    await expect(canvas.getByRole("navigation", { name: "Pages of orders" })).toHaveTextContent("1–10 of 250");
    await expect(pageStatus(root)).toHaveTextContent("Page 1 of 25");
    // Each row is named by its product and date: renewals of one product are told apart.
    await expect(canvas.getByRole("link", { name: `Pro Plan ordered ${day(ORDERS[0]!.created_at)}` })).toHaveAttribute("href", `#order-${ORDERS[0]!.id}`);
    const names = canvas.getAllByRole("rowheader").map((cell) => cell.textContent);
    await expect(new Set(names).size).toBe(10);
  },
};

/** "Next page": the page fetched ahead shows at once, and the new page is announced. */
export const PageTwo: Story = {
  parameters: many,
  play: async ({ canvasElement, loaded }) => {
    const root = await list(canvasElement);
    const canvas = within(root);
    // Page 2 is fetched ahead as soon as page 1 shows.
    await waitFor(() => expect(portal({ loaded }).polar?.requests).toHaveLength(2));
    await userEvent.click(canvas.getByRole("button", { name: "Next page" }));
    // Each waits: under load the page may still be on its way when the click returns.
    await waitFor(() => expect(pageStatus(root)).toHaveTextContent("Page 2 of 25"));
    await waitFor(() => expect(canvas.getByRole("navigation")).toHaveTextContent("11–20 of 250"));
    await waitFor(() => expect(root).not.toHaveAttribute("data-pending"));
    await expect(canvas.getByRole("button", { name: "Next page" })).toHaveFocus();
  },
};

export const OneOrder: Story = {
  parameters: polar({ orders: [fixtures.paid] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(within(root).getByRole("table", { name: "1 order" })).toBeVisible();
    await expect(pageStatus(root)).toHaveTextContent("Page 1 of 1");
    await expect(within(root).getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** A customer who never bought anything: no table, no search; a title and what the list will hold. */
export const Empty: Story = {
  parameters: polar({ orders: [] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(within(root).getByRole("status")).toHaveTextContent("You have no orders yet.");
    await expect(within(root).getByRole("status")).toHaveTextContent("Your purchases will appear here, each with its invoice and receipt.");
    await expect(within(root).queryByRole("button")).toBeNull();
    await expect(within(root).queryByRole("searchbox")).toBeNull();
  },
};

/** The search, once the customer pauses typing: page 1 of what matches. */
export const Searching: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.type(within(root).getByRole("searchbox", { name: "Search orders" }), "annual");
    await within(root).findByRole("table", { name: "62 orders" });
    await settled(canvasElement);
    await expect(within(root).getAllByRole("rowheader").every((cell) => cell.querySelector("bdi")!.textContent === "Analytics Annual")).toBe(true);
    // Said to a screen reader, which hears nothing of the table itself changing.
    await waitFor(() => expect(announcement(root)).toHaveTextContent("62 orders found"));
  },
};

/** Nothing matches the search: said, with the way back to every order ("Clear filters"). */
export const NothingMatches: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.type(within(root).getByRole("searchbox", { name: "Search orders" }), "quantum");
    await expect(await within(root).findByText("No orders match your search.")).toBeVisible();
    await expect(within(root).getByText("Try other words, or clear the filters to see all your orders.")).toBeVisible();
    await expect(within(root).getByRole("button", { name: "Clear filters" })).toBeVisible();
    await expect(within(root).getByRole("searchbox")).toHaveValue("quantum");
    await waitFor(() => expect(announcement(root)).toHaveTextContent("No orders match your search."));
  },
};

/** Where the first row's receipt button is: [left, top]. */
function receiptPlace(root: HTMLElement) {
  const row = within(root).getAllByRole("row")[1]!;
  const receipt = within(row).getByRole("button", { name: "Download receipt" });
  return { row, place: () => [receipt.getBoundingClientRect().left, receipt.getBoundingClientRect().top] };
}

/** The rows' invoice and receipt actions, as CustomerPortal places them. */
const documentActions = (order: CustomerOrder, rowHeaderId: string) => <OrderDocuments order={order} aria-labelledby={rowHeaderId} />;

/**
 * A row's invoice is being prepared: its Cancel goes under the busy button, and the receipt's
 * button stays where it was (as does every column: the row grows a line while it waits).
 */
export const RowCancelKeepsReceiptInPlace: Story = {
  parameters: polar({ orders: ORDERS, invoiceRenderMs: Infinity }),
  args: { renderActions: documentActions },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    const { row, place } = receiptPlace(root);
    const before = place();
    const columns = () => [...within(root).getAllByRole("columnheader")].map((header) => header.getBoundingClientRect().left);
    const columnsBefore = columns();
    await userEvent.click(within(row).getByRole("button", { name: "Download invoice" }));
    const cancel = await within(row).findByRole("button", { name: "Cancel" });
    await expect(place()).toEqual(before);
    await expect(columns()).toEqual(columnsBefore);
    const invoice = within(row).getByRole("button", { name: "Download invoice" });
    await expect(cancel.getBoundingClientRect().top).toBeGreaterThan(invoice.getBoundingClientRect().bottom - 1);
  },
};

/** The same on a phone's card. */
export const RowCancelOnAPhone: Story = {
  parameters: { ...polar({ orders: ORDERS, invoiceRenderMs: Infinity }), portalWidth: 375 },
  args: { renderActions: documentActions },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    const { row, place } = receiptPlace(root);
    const before = place();
    await userEvent.click(within(row).getByRole("button", { name: "Download invoice" }));
    await within(row).findByRole("button", { name: "Cancel" });
    await expect(place()).toEqual(before);
  },
};

/** "Total" clicked: the cheapest first (Polar sorts by the net amount), said by aria-sort. */
export const SortedByAmount: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const header = within(root).getByRole("columnheader", { name: "Total" });
    await userEvent.click(within(header).getByRole("button", { name: "Total" }));
    await waitFor(() => expect(header).toHaveAttribute("aria-sort", "ascending"));
    await settled(canvasElement);
    await waitFor(() => expect(announcement(root)).toHaveTextContent("Sorted by Total, ascending"));
    const totals = [...root.querySelectorAll("tbody .pp-orders-table__num")].map((cell) => Number(cell.textContent!.replace(/[^0-9.]/g, "")));
    await expect(totals).toEqual([...totals].sort((a, b) => a - b));
  },
};

/** A one-time / subscription filter. */
export const Subscriptions: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.selectOptions(within(root).getByRole("combobox", { name: "Show" }), "Subscriptions");
    await within(root).findByRole("table", { name: "125 orders" });
    await settled(canvasElement);
    await waitFor(() => expect(announcement(root)).toHaveTextContent("125 orders found"));
  },
};

/**
 * Another filter on a slow network: the previous page stays, dimmed and busy, until it comes. Its
 * count is not the new filter's: the pager counts nothing and pages nowhere until it is known.
 */
export const NextPageLoading: Story = {
  parameters: many,
  play: async ({ canvasElement, loaded }) => {
    const root = await list(canvasElement);
    const mock = portal({ loaded }).polar!;
    await waitFor(() => expect(mock.requests).toHaveLength(2));
    // Page 2 is already here; page 3 (asked ahead from page 2) and anything after it wait.
    mock.holdNext("GET");
    await userEvent.selectOptions(within(root).getByRole("combobox", { name: "Show" }), "One-time purchases");
    await waitFor(() => expect(root).toHaveAttribute("data-pending"));
    await expect(within(root).getByRole("table")).toHaveAttribute("aria-busy", "true");
    await expect(pageStatus(root)).toHaveTextContent("Loading…");
    await expect(within(root).getByRole("navigation")).not.toHaveTextContent("of 250");
    await expect(within(root).getByRole("button", { name: "Next page" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** An old bookmark: page 12 of a list that ends on page 10. Said so, with the way to the last page. */
export const PastTheEnd: Story = {
  parameters: many,
  args: { defaultParams: { page: 12, limit: 25 } },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(within(root).getByText("There is no page 12: the orders end on page 10.")).toBeVisible();
    await expect(within(root).queryByText("You have no orders yet.")).toBeNull();
    await expect(within(root).getByRole("button", { name: "Go to the last page" })).toBeVisible();
  },
};

/**
 * The merchant's router owns the parameters and applies them a moment later, as Next.js does.
 * The customer types on while the router applies the search asked at their pause: the box keeps
 * every keystroke.
 */
export const RouterOwnedSearch: Story = {
  parameters: many,
  render: function RouterOwned(args) {
    const [params, setParams] = useState<ListOrdersParams>({});
    return <OrdersTable {...args} params={params} onParamsChange={(next) => setTimeout(() => setParams(next), 200)} />;
  },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const box = within(root).getByRole("searchbox", { name: "Search orders" });
    await userEvent.type(box, "ann");
    await new Promise((resolve) => setTimeout(resolve, 350)); // the pause: "ann" is asked for
    await userEvent.type(box, "ual");
    await within(root).findByRole("table", { name: "62 orders" }, { timeout: 5_000 });
    await settled(canvasElement);
    await expect(box).toHaveValue("annual");
  },
};

export const Loading: Story = {
  parameters: polar({ orders: ORDERS, hold: "GET" }),
  play: async ({ canvasElement }) => {
    const skeleton = await within(canvasElement).findByRole("status");
    await expect(skeleton).toHaveTextContent("Loading…");
    await expect(skeleton.closest(".pp-skeleton")).toHaveAttribute("aria-busy", "true");
  },
};

/** Polar answers 500 four times (the first try and three retries): the shared error view, with "Try again". */
export const ServerError: Story = {
  parameters: polar({ orders: ORDERS, fail: [{ failure: 500, options: { times: 4 } }] }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent("Something went wrong on our side. Please try again.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** A phone (375 px): each order stacks into a card; the sortable headers stay as buttons. */
export const Narrow: Story = {
  parameters: { ...many, portalWidth: 375 },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(within(root).getByRole("button", { name: "Total" })).toBeVisible();
  },
};

export const Dark: Story = {
  parameters: many,
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  globals: { locale: "ar-EG" },
  parameters: { ...many, messages: ar },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(within(root).getByRole("button", { name: "الصفحة التالية" })).toBeVisible();
  },
};
