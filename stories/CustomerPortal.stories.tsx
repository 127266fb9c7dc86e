import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, spyOn, userEvent, waitFor, within } from "storybook/test";
import { CustomerPortal } from "../src";
import ar from "../src/locales/ar";
import { fixtures, makeItem, makeOrder, makeProduct, manyOrders } from "../src/testing";
import { polar, portal, ready } from "./support";

/** The order the customer looks for: one of 250, the only one of its product. */
const WORKSHOP = makeProduct({ id: "7c1e0d2b-5a4f-4e3d-9b8a-1f2e3d4c5b6a", name: "Design Workshop" });
const TARGET = makeOrder({
  id: "0d6e2f1a-3b4c-4d5e-9f60-7182940000ff",
  created_at: "2026-02-02T10:00:00Z",
  product_id: WORKSHOP.id,
  product: WORKSHOP,
  description: WORKSHOP.name,
  items: [makeItem({ label: WORKSHOP.name })],
  // Rendered once already: the billing change below makes the mock render it again.
  is_invoice_generated: true,
});
const OTHERS = manyOrders(249);
const ORDERS = [...OTHERS.slice(0, 120), TARGET, ...OTHERS.slice(120)];
/** The mock Polar with the customer's 250 orders (each story names its own: see loadPolar). */
const many = polar({ orders: ORDERS });
/** The first page, with one order that has no billing details yet. */
const WITH_NO_BILLING = [{ ...fixtures.noBilling, created_at: "2026-04-01T10:00:00Z" }, ...manyOrders(9)];

/**
 * The whole orders portal as one drop-in page: the customer's orders (search, filter, sort,
 * pages, each row's invoice and receipt), then an order with its billing form and documents.
 * Downloads are recorded here instead of followed, so the story stays on screen.
 */
const meta = {
  title: "Components/CustomerPortal",
  component: CustomerPortal,
  beforeEach() {
    downloads.length = 0;
    const click = spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    });
    return () => click.mockRestore();
  },
} satisfies Meta<typeof CustomerPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The links the stories' downloads went to (never followed: the story must stay on screen). */
const downloads: string[] = [];

const LOADED = { timeout: 5_000 };

/** The list once its first page shows and nothing is loading. */
async function list(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await ready(canvasElement, ".pp-orders-table");
  await waitFor(() => expect(root).not.toHaveAttribute("data-pending"), LOADED);
  return root;
}

const statusOf = (canvasElement: HTMLElement, kind: "invoice" | "receipt") =>
  within(canvasElement.querySelector<HTMLElement>(`.pp-order-detail [data-document="${kind}"]`)!).getByRole("status");

/**
 * The "Done when": in 250 orders the customer searches for one, opens it (no request: the
 * list filled its cache), corrects the billing address, downloads the invoice (Polar renders it
 * again for the new address, the customer sees it prepared) and the receipt.
 */
export const WholePath: Story = {
  parameters: polar({ orders: ORDERS, invoiceRenderMs: 1_000 }),
  play: async ({ canvasElement, loaded }) => {
    const mock = portal({ loaded }).polar!;
    const root = await list(canvasElement);
    await expect(within(root).getByRole("table", { name: "250 orders" })).toBeVisible();

    await userEvent.type(within(root).getByRole("searchbox", { name: "Search orders" }), "workshop");
    await within(root).findByRole("table", { name: "1 order" }, LOADED);
    const before = mock.requests.length;
    await userEvent.click(within(root).getByRole("button", { name: "Design Workshop ordered Feb 2, 2026" }));

    const detail = within(await ready(canvasElement, ".pp-order-detail"));
    await expect(detail.getByRole("heading", { level: 2, name: "Design Workshop" })).toBeVisible();
    await expect(within(canvasElement).getByRole("button", { name: "Back to orders" })).toHaveFocus();
    await expect(mock.requests.slice(before).filter((request) => request.method === "GET" && request.path.endsWith(TARGET.id))).toEqual([]);

    await userEvent.click(detail.getByRole("button", { name: "Edit billing details" }));
    const line1 = await detail.findByLabelText("Address line 1");
    await userEvent.clear(line1);
    await userEvent.type(line1, "12 Analytical Engine Way");
    await userEvent.click(detail.getByRole("button", { name: "Save billing details" }));
    await detail.findByText("Billing details saved.", undefined, LOADED);
    await waitFor(() => expect(detail.getByText("12 Analytical Engine Way")).toBeVisible(), LOADED);

    await userEvent.click(detail.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Preparing your invoice…"), LOADED);
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your invoice is downloading."), LOADED);
    // Already rendered before the change: the mock rendered it again, for the new address.
    await expect(mock.invoiceRenders(TARGET.id)).toBe(1);
    await expect(mock.requests.filter((request) => request.method === "POST" && request.path.endsWith(`${TARGET.id}/invoice`))).toHaveLength(1);
    await waitFor(() => expect(downloads).toHaveLength(1));
    await expect(downloads[0]).toMatch(/^https:\/\/polar-customer-invoices\.s3\.amazonaws\.com\//);

    await userEvent.click(detail.getByRole("button", { name: "Download receipt" }));
    await waitFor(() => expect(statusOf(canvasElement, "receipt")).toHaveTextContent("Your receipt is downloading."), LOADED);
    await waitFor(() => expect(downloads).toHaveLength(2));
    await expect(downloads[1]).toMatch(/^https:\/\/polar-customer-receipts\.s3\.amazonaws\.com\//);
  },
};

/** The default view: the title, then the list with each row's invoice and receipt. */
export const List: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(within(canvasElement).getByRole("heading", { level: 2, name: "Your orders" })).toBeVisible();
    // Each row's invoice and receipt, named by the row's order.
    const rows = within(root).getAllByRole("row").slice(1);
    await expect(rows).toHaveLength(10);
    for (const row of rows) {
      await expect(within(row).getByRole("group")).toHaveAccessibleName(within(row).getByRole("rowheader").textContent!);
    }
  },
};

/** The merchant's router chose the order (`view`): the order, with the way back. */
export const OrderOpen: Story = {
  args: { view: TARGET.id },
  parameters: many,
  play: async ({ canvasElement }) => {
    const detail = within(await ready(canvasElement, ".pp-order-detail"));
    await expect(detail.getByRole("heading", { level: 2, name: "Design Workshop" })).toBeVisible();
    await expect(within(canvasElement).getByRole("button", { name: "Back to orders" })).toBeVisible();
    await expect(detail.getByRole("group", { name: "Invoice and receipt" })).toBeVisible();
  },
};

/** A phone: the list as cards, nothing wider than the screen. */
export const Mobile: Story = {
  parameters: { ...many, portalWidth: 375 },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const portalRoot = canvasElement.querySelector<HTMLElement>(".pp-portal")!;
    await expect(portalRoot.scrollWidth).toBeLessThanOrEqual(375);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const Dark: Story = {
  parameters: many,
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await list(canvasElement);
  },
};

/** Arabic: right to left, the back arrow pointing right. */
export const RightToLeft: Story = {
  args: { defaultView: TARGET.id },
  globals: { locale: "ar-EG" },
  parameters: { ...many, messages: ar },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, ".pp-order-detail");
    const portalRoot = canvasElement.querySelector<HTMLElement>(".pp-portal")!;
    await expect(portalRoot).toHaveAttribute("dir", "rtl");
    await expect(getComputedStyle(portalRoot.querySelector(".pp-portal__back")!, "::before").content).toContain("\u2192");
  },
};

/** An order without a billing address: "Add billing details" in its row opens its form. */
export const NeedsBillingDetails: Story = {
  parameters: polar({ orders: WITH_NO_BILLING }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add billing details" }));
    const detail = within(await ready(canvasElement, ".pp-order-detail"));
    await expect(await detail.findByLabelText("Billing name")).toBeVisible();
    await expect(detail.getByRole("button", { name: "Save billing details" })).toBeVisible();
    // One state at a time: no "No billing details yet." over the form, no second "Add billing details" under it.
    await expect(detail.getByText("No billing details yet.")).not.toBeVisible();
    await expect(detail.queryByRole("button", { name: "Add billing details" })).toBeNull();
  },
};

/**
 * A row's download says what is happening to screen readers only: the table does not move (the
 * row keeps its height, its receipt button its place) and no sentence is left behind in the row.
 */
export const RowDownloadKeepsItsPlace: Story = {
  parameters: many,
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const row = within(root).getAllByRole("row")[1]!;
    const receipt = within(row).getByRole("button", { name: "Download receipt" });
    const place = () => [row.getBoundingClientRect().height, receipt.getBoundingClientRect().left, receipt.getBoundingClientRect().top];
    const before = place();
    await userEvent.click(within(row).getByRole("button", { name: "Download invoice" }));
    const status = within(row.querySelector<HTMLElement>('[data-document="invoice"]')!).getByRole("status");
    await waitFor(() => expect(status).toHaveTextContent("Your invoice is downloading."), LOADED);
    await expect(downloads).toHaveLength(1);
    await expect(place()).toEqual(before);
    // Announced, not shown: the words take no room in the row.
    await expect(status.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  },
};
