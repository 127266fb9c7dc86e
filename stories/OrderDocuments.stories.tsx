import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, userEvent, waitFor, within } from "storybook/test";
import { InvoiceButton, OrderDetail, OrderDocuments, ReceiptButton } from "../src";
import ar from "../src/locales/ar";
import { fixtures } from "../src/testing";
import { polar, portal, ready } from "./support";

/**
 * The invoice and receipt actions: alone, side by side, and in OrderDetail's `documents` slot. A
 * click prepares the file (announced, cancellable) and starts the download in the same tab; here
 * the download is recorded instead of followed, so the story stays on screen.
 */
const meta = {
  title: "Components/OrderDocuments",
  component: OrderDocuments,
  args: { orderId: fixtures.paid.id },
  beforeEach() {
    downloads.length = 0;
    const click = spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    });
    return () => click.mockRestore();
  },
} satisfies Meta<typeof OrderDocuments>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The links the stories' downloads went to (never followed: the story must stay on screen). */
const downloads: string[] = [];

const LOADED = { timeout: 5_000 };

async function actions(canvasElement: HTMLElement) {
  return within(await ready(canvasElement, ":is(.pp-documents, .pp-document)"));
}

const statusOf = (canvasElement: HTMLElement, kind: "invoice" | "receipt") =>
  within(canvasElement.querySelector<HTMLElement>(`[data-document="${kind}"]`)!).getByRole("status");

// Invoice

/** Nothing asked yet: both actions offered. */
export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await expect(within(canvasElement).getByRole("group", { name: "Invoice and receipt" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Download invoice" })).toBeEnabled();
    await expect(canvas.getByRole("button", { name: "Download receipt" })).toBeEnabled();
  },
};

/** Polar is rendering the first invoice: said politely, with Cancel; the download button waits. */
export const InvoiceGenerating: Story = {
  parameters: polar({ invoiceRenderMs: Infinity }),
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Preparing your invoice…"));
    await expect(canvas.getByRole("button", { name: "Download invoice" })).toHaveAttribute("aria-disabled", "true");
    await expect(canvas.getByRole("button", { name: "Cancel" })).toBeVisible();
  },
};

/** The invoice is ready: a fresh link, downloaded in this tab. */
export const InvoiceReady: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your invoice is downloading."), LOADED);
    await waitFor(() => expect(downloads).toHaveLength(1));
    await expect(downloads[0]).toMatch(/^https:\/\/polar-customer-invoices\.s3\.amazonaws\.com\//);
    await expect(portal({ loaded }).polar?.invoiceRenders(fixtures.paid.id)).toBe(1);
  },
};

/**
 * "Your invoice is downloading." is news once: it goes at the customer's next key or pointer
 * press (here a Tab), never after a timer, so the picture does not depend on how long anything took.
 */
export const DownloadingMessageGoes: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your invoice is downloading."), LOADED);
    await userEvent.tab();
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent(""));
    await expect(downloads).toHaveLength(1);
  },
};

/** A draft gets no invoice: said at once, without a request. */
export const RefusedForADraft: Story = {
  args: { orderId: fixtures.draft.id },
  play: async ({ canvasElement }) => {
    await actions(canvasElement);
    await expect(statusOf(canvasElement, "invoice")).toHaveTextContent("This order is a draft: it gets an invoice once it is placed.");
    await expect(within(canvasElement.querySelector<HTMLElement>('[data-document="invoice"]')!).queryByRole("button")).toBeNull();
  },
};

/** A void order has no invoice. */
export const RefusedForVoid: Story = {
  args: { orderId: fixtures.void.id },
  play: async ({ canvasElement }) => {
    await actions(canvasElement);
    await expect(statusOf(canvasElement, "invoice")).toHaveTextContent("This order was voided, so it has no invoice.");
  },
};

/** No billing name or address yet: the invoice leads to the billing form. */
export const MissingBillingDetails: Story = {
  args: { orderId: fixtures.noBilling.id, onEditBillingDetails: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = await actions(canvasElement);
    await expect(statusOf(canvasElement, "invoice")).toHaveTextContent("An invoice needs a billing name and address.");
    await userEvent.click(canvas.getByRole("button", { name: "Add billing details" }));
    await expect(args.onEditBillingDetails).toHaveBeenCalledTimes(1);
  },
};

/**
 * The session ended while the customer was on the page: said in words, the merchant told. The
 * download button goes away; the keyboard goes to the message, not to the page's body.
 */
export const ExpiredSession: Story = {
  args: { order: fixtures.paid, orderId: undefined },
  parameters: polar({ expiredSession: true }),
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your session has expired."), LOADED);
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveFocus());
    await expect(downloads).toEqual([]);
  },
};

/** The session ended on the way, and the merchant wired `onSignIn`: "Sign in again" takes the keyboard from the download button. */
export const ExpiredSessionSignIn: Story = {
  args: { order: fixtures.paid, orderId: undefined, onSignIn: fn() },
  parameters: polar({ expiredSession: true }),
  play: async ({ canvasElement, args }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    const signIn = await canvas.findByRole("button", { name: "Sign in again" }, LOADED);
    await waitFor(() => expect(signIn).toHaveFocus());
    await expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your session has expired.");
    await userEvent.keyboard("{Enter}");
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/**
 * The invoice exists; the customer corrects the billing name in OrderDetail, then downloads: the
 * save asks Polar to render it again, and the download waits for the new one (the order's first
 * write after the save).
 */
export const RegeneratedAfterABillingChange: Story = {
  parameters: polar({ orders: [{ ...fixtures.paid, is_invoice_generated: true }], invoiceRenderMs: 1500 }),
  render: (args) => <OrderDetail orderId={args.orderId} documents={<OrderDocuments orderId={args.orderId} />} />,
  play: async ({ canvasElement, loaded }) => {
    const mock = portal({ loaded }).polar!;
    const canvas = within(await ready(canvasElement, ".pp-order-detail"));
    await userEvent.click(canvas.getByRole("button", { name: "Edit billing details" }));
    const name = await canvas.findByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Ada King");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await canvas.findByText("Billing details saved.");

    await userEvent.click(canvas.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Preparing your invoice…"));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("Your invoice is downloading."), LOADED);
    await expect(mock.invoiceRenders(fixtures.paid.id)).toBe(1);
    await expect(mock.requests.filter((request) => request.method === "POST")).toHaveLength(1);
    await waitFor(() => expect(downloads).toHaveLength(1));
  },
};

// Receipt

/** Polar answers 202 while it renders the receipt: the kit asks again with backoff. */
export const ReceiptRendering: Story = {
  parameters: polar({ receiptRenders: 1000 }),
  render: (args) => <ReceiptButton orderId={args.orderId} />,
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download receipt" }));
    await waitFor(() => expect(statusOf(canvasElement, "receipt")).toHaveTextContent("Preparing your receipt…"));
    await expect(canvas.getByRole("button", { name: "Cancel" })).toBeVisible();
  },
};

/** The receipt after one 202: downloaded. */
export const ReceiptReady: Story = {
  render: (args) => <ReceiptButton orderId={args.orderId} />,
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Download receipt" }));
    await waitFor(() => expect(statusOf(canvasElement, "receipt")).toHaveTextContent("Your receipt is downloading."), LOADED);
    await expect(downloads[0]).toMatch(/^https:\/\/polar-customer-receipts\.s3\.amazonaws\.com\//);
  },
};

/** No receipt number yet (a pending order): not available, without a request. */
export const ReceiptNotAvailable: Story = {
  args: { orderId: fixtures.pending.id },
  render: (args) => <ReceiptButton orderId={args.orderId} />,
  play: async ({ canvasElement, loaded }) => {
    await actions(canvasElement);
    await expect(statusOf(canvasElement, "receipt")).toHaveTextContent("No receipt is available for this order yet.");
    await expect(portal({ loaded }).polar?.requests.filter((request) => request.path.endsWith("/receipt"))).toEqual([]);
  },
};

// In OrderDetail, alone, theme and direction

/** Both actions in OrderDetail's `documents` slot, after the billing details. */
export const InOrderDetail: Story = {
  render: (args) => <OrderDetail orderId={args.orderId} documents={<OrderDocuments orderId={args.orderId} />} />,
  play: async ({ canvasElement }) => {
    const article = await ready(canvasElement, ".pp-order-detail");
    await expect(article.lastElementChild).toHaveClass("pp-documents");
    await expect(within(article).getByRole("button", { name: "Download invoice" })).toBeVisible();
  },
};

/** The invoice action alone in a merchant's page. */
export const InvoiceButtonAlone: Story = {
  render: (args) => <InvoiceButton orderId={args.orderId} />,
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await expect(canvas.getByRole("button", { name: "Download invoice" })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { orderId: fixtures.noBilling.id, onEditBillingDetails: fn() },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  globals: { locale: "ar-EG" },
  parameters: { messages: ar, polar: { invoiceRenderMs: Infinity } },
  play: async ({ canvasElement }) => {
    const canvas = await actions(canvasElement);
    await expect(canvasElement.querySelector(".pp-documents")).toHaveAttribute("dir", "rtl");
    await userEvent.click(canvas.getByRole("button", { name: "تنزيل الفاتورة" }));
    await waitFor(() => expect(statusOf(canvasElement, "invoice")).toHaveTextContent("جارٍ تجهيز فاتورتك…"));
  },
};
