import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { OrderItemsTable } from "../src";
import { fixtures, makeItem } from "../src/testing";
import ar from "../src/locales/ar";
import { AFTER_RETRIES, polar, portal, ready } from "./support";

/** The lines of an order as a table, with the order's own totals in the footer. */
const meta = {
  title: "Components/OrderItemsTable",
  component: OrderItemsTable,
  args: { orderId: fixtures.paid.id },
} satisfies Meta<typeof OrderItemsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const table = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-items-table");

/** The cells of the footer row with this class, as text. */
function footer(root: HTMLElement, row: "subtotal" | "discount" | "total"): string[] {
  return [...root.querySelectorAll(`.pp-items-table__${row} td`)].map((cell) => cell.textContent ?? "");
}

export const OneItem: Story = {
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    const canvas = within(root);
    await expect(canvas.getByRole("table", { name: "1 item" })).toBeVisible();
    await expect(canvas.getByRole("rowheader", { name: "Pro Plan" })).toBeVisible();
    await expect(footer(root, "total")).toEqual(["$107.20"]);
  },
};

export const ManyItems: Story = {
  args: { orderId: fixtures.manyItems.id },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    await expect(within(root).getByRole("table", { name: "25 items" })).toBeVisible();
    await expect(root.querySelectorAll("tbody tr")).toHaveLength(25);
  },
};

/** A plan change mid-cycle: a credit and a charge, each with its period and a "Prorated" tag. */
export const Proration: Story = {
  args: { orderId: fixtures.prorated.id },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    const canvas = within(root);
    await expect(canvas.getByRole("columnheader", { name: "Period" })).toBeVisible();
    await expect(canvas.getAllByText("Prorated")).toHaveLength(2);
    await expect(canvas.getByRole("cell", { name: "-$18.37" })).toBeVisible();
  },
};

export const Discount: Story = {
  args: { orderId: fixtures.discounted.id },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    await expect(footer(root, "discount")).toEqual(["-$20.00"]);
    await expect(footer(root, "total")).toEqual(["$86.40"]);
  },
};

export const Yen: Story = {
  args: { orderId: fixtures.jpy.id },
  globals: { locale: "ja-JP" },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    await expect(footer(root, "subtotal")[0]).toMatch(/^[¥￥]4,980$/);
  },
};

export const Euro: Story = {
  args: { orderId: fixtures.eur.id },
  globals: { locale: "de-DE" },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    await expect(footer(root, "total")).toEqual(["58,80\u00a0€"]);
  },
};

export const LongProductName: Story = {
  args: { orderId: fixtures.longText.id },
};

/** Lines without an order (a merchant's own cart preview): the footer sums them. */
export const StandaloneItems: Story = {
  args: {
    orderId: undefined,
    currency: "eur",
    items: [
      makeItem({ label: "Team plan (5 seats)", amount: 12500, tax_amount: 2375 }),
      makeItem({ id: "a1b2c3d4-0000-4000-8000-00000000aa02", label: "Onboarding session", amount: 9900, tax_amount: 1881 }),
    ],
  },
  play: async ({ canvasElement, loaded }) => {
    const root = await table(canvasElement);
    await expect(footer(root, "total")).toEqual(["€266.56"]);
    await expect(portal({ loaded }).polar?.requests).toEqual([]);
  },
};

export const Narrow: Story = {
  args: { orderId: fixtures.prorated.id },
  parameters: { portalWidth: 360 },
};

export const Dark: Story = {
  args: { orderId: fixtures.prorated.id },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  args: { orderId: fixtures.manyItems.id },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const root = await table(canvasElement);
    // Arabic plural ("many" for 25) with Arabic-Indic digits.
    await expect(within(root).getByRole("table", { name: "٢٥ عنصرًا" })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: polar({ hold: "GET" }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("Loading…");
  },
};

/** Polar is down for the first try and its three retries; "Try again" then shows the lines. */
export const ServerErrorThenRetry: Story = {
  parameters: polar({ fail: [{ failure: 503, options: { times: 4 } }] }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent("Something went wrong on our side. Please try again.");
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    await table(canvasElement);
  },
};
