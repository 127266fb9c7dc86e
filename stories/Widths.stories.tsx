import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { CustomerPortal, OrderDetail, OrderDocuments, OrderItemsTable, OrdersTable } from "../src";
import { fixtures, manyOrders } from "../src/testing";
import { brokenWords, largeText, overflowing } from "./reflow";
import { polar, ready } from "./support";

/**
 * The kit as a merchant places it, on pages 320 to 1,600 px wide and at 200 % text: the order page
 * (OrderDetail with its invoice and receipt), the list (OrdersTable alone) and the drop-in portal.
 * At every width nothing sticks out sideways, no word is split across two lines, and the order
 * keeps a readable measure instead of spreading over the whole page.
 */
const meta = {
  title: "Widths",
} satisfies Meta;

/** The mock with a customer's 30 orders (the order page's stories keep the named fixtures). */
const many = polar({ orders: manyOrders(30) });

export default meta;
type Story = StoryObj<typeof meta>;

/** The widest an order page grows, in the kit's own rem (about 48 characters a line). */
const ORDER_MEASURE_REM = 42;

const rem = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

/** The checks every width shares, on the page (the story's frame) once `selector` has loaded. */
async function holds(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  const root = await ready(canvasElement, selector);
  await waitFor(() => expect(canvasElement.querySelector("[data-pending], [data-state='loading']")).toBeNull(), { timeout: 5_000 });
  const page = canvasElement.querySelector<HTMLElement>(".pp-story")!;
  await expect(overflowing(page)).toEqual([]);
  await expect(brokenWords(page)).toEqual([]);
  return root;
}

function OrderPage() {
  const id = fixtures.paid.id;
  return <OrderDetail orderId={id} documents={(openForm) => <OrderDocuments orderId={id} onEditBillingDetails={openForm} />} />;
}

const orderPage = (width: number, large = false): Story => ({
  render: () => <OrderPage />,
  parameters: { pageWidth: width },
  decorators: large ? [largeText] : [],
  play: async ({ canvasElement }) => {
    const root = await holds(canvasElement, ".pp-order-detail");
    // The measure: label and value, and the two documents, stay within one readable column.
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(ORDER_MEASURE_REM * rem(root) + 0.5);
    // The receipt sits beside the invoice at the start (or under it), not stranded mid-card.
    const documents = root.querySelector<HTMLElement>(".pp-documents")!.getBoundingClientRect();
    const receipt = root.querySelector<HTMLElement>('[data-document="receipt"] .pp-document__download')!.getBoundingClientRect();
    await expect(Math.abs(receipt.left - documents.left)).toBeLessThanOrEqual(18 * rem(root));
  },
});

const list = (width: number, large = false): Story => ({
  render: () => <OrdersTable />,
  parameters: { ...many, pageWidth: width },
  decorators: large ? [largeText] : [],
  play: async ({ canvasElement }) => {
    await holds(canvasElement, ".pp-orders-table");
  },
});

const portal = (width: number, large = false): Story => ({
  render: () => <CustomerPortal />,
  parameters: { ...many, pageWidth: width },
  decorators: large ? [largeText] : [],
  play: async ({ canvasElement }) => {
    await holds(canvasElement, ".pp-orders-table");
  },
});

export const OrderPage320 = orderPage(320);
export const OrderPage600 = orderPage(600);
export const OrderPage700 = orderPage(700);
export const OrderPage850 = orderPage(850);
export const OrderPage1280 = orderPage(1280);
export const OrderPage1600 = orderPage(1600);
/** Text at 200 % on a 1,280 px page. */
export const OrderPageLargeText = orderPage(1280, true);

export const List320 = list(320);
export const List600 = list(600);
export const List700 = list(700);
export const List850 = list(850);
export const List1280 = list(1280);
export const List1600 = list(1600);
export const ListLargeText = list(1280, true);

export const Portal320 = portal(320);
export const Portal600 = portal(600);
export const Portal700 = portal(700);
export const Portal850 = portal(850);
export const Portal1280 = portal(1280);
export const Portal1600 = portal(1600);
export const PortalLargeText = portal(1280, true);

/**
 * A shrink-to-fit parent (the Vite starter's centred flex `body`): each part takes a readable
 * width of its own instead of collapsing to its longest word.
 */
export const ShrinkToFit: Story = {
  parameters: { ...many, pageWidth: 1280 },
  render: () => (
    <div style={{ display: "grid", gap: "2rem" }}>
      {[<OrderItemsTable key="items" order={fixtures.paid} />, <CustomerPortal key="portal" />].map((part, index) => (
        <div key={index} style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
          {part}
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await holds(canvasElement, ".pp-items-table");
    await holds(canvasElement, ".pp-orders-table");
    for (const selector of [".pp-items-table", ".pp-orders-table", ".pp-portal"]) {
      const root = canvasElement.querySelector<HTMLElement>(selector)!;
      await expect(root.getBoundingClientRect().width, selector).toBeGreaterThanOrEqual(30 * rem(root));
    }
  },
};
