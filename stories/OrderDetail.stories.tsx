import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { OrderDetail } from "../src";
import { fixtures, otherCustomerOrder } from "../src/testing";
import ar from "../src/locales/ar";
import { largeText, overflowing } from "./reflow";
import { AFTER_RETRIES, polar, portal, ready } from "./support";

/**
 * One order as the customer reads it. Every story fetches its order by id from a mock that
 * answers like Polar (latency and failures included), unless it says otherwise.
 */
const meta = {
  title: "Components/OrderDetail",
  component: OrderDetail,
  args: { orderId: fixtures.paid.id },
} satisfies Meta<typeof OrderDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

const detail = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-order-detail");

/** The order's amount rows as [label, amount], top to bottom. */
const amountLines = (root: HTMLElement) =>
  [...root.querySelectorAll(".pp-order-detail__amount")].map((row) => [row.querySelector("dt")?.textContent, row.querySelector("dd")?.textContent]);


/** The label of an amount row (`data-kind`) and what it shows. */
function amount(root: HTMLElement, kind: string): string | null {
  return root.querySelector(`.pp-order-detail__amount[data-kind="${kind}"] dd`)?.textContent ?? null;
}

// Statuses

export const Paid: Story = {
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    const canvas = within(root);
    await expect(canvas.getByRole("heading", { level: 2, name: "Pro Plan" })).toBeVisible();
    await expect(root).toHaveAttribute("data-status", "paid");
    await expect(canvas.getByText("Paid", { selector: ".pp-status-badge" })).toBeVisible();
    await expect(amount(root, "total")).toBe("$107.20");
    // Paid in full: nothing is shown as still owed.
    await expect(amount(root, "due")).toBeNull();
  },
};

export const Pending: Story = {
  args: { orderId: fixtures.pending.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Pending", { selector: ".pp-status-badge" })).toBeVisible();
    await expect(amount(root, "due")).toBe("$107.20");
  },
};

export const Draft: Story = {
  args: { orderId: fixtures.draft.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Draft", { selector: ".pp-status-badge" })).toBeVisible();
    // Polar numbers the invoice only when the draft is finalized.
    await expect(within(root).queryByText("Invoice number")).toBeNull();
  },
};

export const Refunded: Story = {
  args: { orderId: fixtures.refunded.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Refunded", { selector: ".pp-status-badge" })).toBeVisible();
    // Deductions, down to what the customer paid in the end.
    await expect(amount(root, "refunded")).toBe("-$100.00");
    await expect(amount(root, "refunded-tax")).toBe("-$7.20");
    await expect(amountLines(root).at(-1)).toEqual(["Net amount paid", "$0.00"]);
  },
};

export const PartiallyRefunded: Story = {
  args: { orderId: fixtures.partiallyRefunded.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Partially refunded", { selector: ".pp-status-badge" })).toBeVisible();
    // As an accountant reads an invoice: the total, the refunds taken off it, what was paid in the end.
    await expect(amountLines(root)).toEqual([
      ["Subtotal", "$100.00"],
      ["Tax", "$7.20"],
      ["Total", "$107.20"],
      ["Refunded", "-$40.00"],
      ["Refunded tax", "-$2.88"],
      ["Net amount paid", "$64.32"],
    ]);
  },
};

export const Void: Story = {
  args: { orderId: fixtures.void.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Void", { selector: ".pp-status-badge" })).toBeVisible();
  },
};

/** A status (and billing reason) Polar added after this kit was written: shown as words, never blank, never an identifier. */
export const UnknownStatus: Story = {
  args: { orderId: fixtures.future.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(root).toHaveAttribute("data-status", "disputed");
    await expect(root.querySelector(".pp-status-badge")).toHaveTextContent("Status Disputed");
    await expect(within(root).getByText("Subscription seats change")).toBeVisible();
  },
};

/** The older answer shape of Polar's reference pages (no receipt, no refundable amounts). */
export const LegacyShape: Story = {
  args: { orderId: fixtures.legacy.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(amount(root, "total")).toBe("$107.20");
  },
};

// Money

export const Discount: Story = {
  args: { orderId: fixtures.discounted.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(amount(root, "discount")).toBe("-$20.00");
    await expect(amount(root, "net")).toBe("$80.00");
    await expect(amount(root, "total")).toBe("$86.40");
  },
};

/** The customer's credit lowered what was charged. */
export const BalanceCredit: Story = {
  args: { orderId: fixtures.balanceCredit.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(amount(root, "balance")).toBe("-$30.00");
    await expect(amount(root, "paid")).toBe("$77.20");
    await expect(amountLines(root).at(-1)?.[0]).toBe("Amount paid");
  },
};

/** An earlier debt raised what was charged. */
export const BalanceOwed: Story = {
  args: { orderId: fixtures.balanceOwed.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(amount(root, "balance")).toBe("$15.00");
    await expect(amount(root, "paid")).toBe("$122.20");
  },
};

/** Zero-decimal currency: ¥4,980, not ¥49.80. */
export const Yen: Story = {
  args: { orderId: fixtures.jpy.id },
  globals: { locale: "ja-JP" },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(amount(root, "subtotal")).toMatch(/^[¥￥]4,980$/);
    await expect(amount(root, "total")).toMatch(/^[¥￥]5,478$/);
  },
};

export const Euro: Story = {
  args: { orderId: fixtures.eur.id },
  globals: { locale: "fr-FR" },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    // fr-FR: comma decimals, narrow no-break space before the sign.
    await expect(amount(root, "total")).toBe("58,80\u00a0€");
    await expect(within(root).getByText("France")).toBeVisible();
  },
};

// Subscriptions

export const Subscription: Story = {
  args: { orderId: fixtures.subscription.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    const section = within(root.querySelector<HTMLElement>(".pp-order-detail__subscription")!);
    await expect(section.getByText("Every month")).toBeVisible();
    await expect(section.queryByText("Cancels at the end of the current period")).toBeNull();
  },
};

export const SubscriptionCancelsAtPeriodEnd: Story = {
  args: { orderId: fixtures.subscriptionCanceling.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("Cancels at the end of the current period")).toBeVisible();
  },
};

/** A renewal whose payment failed: Polar retries on the date shown. */
export const Dunning: Story = {
  args: { orderId: fixtures.dunning.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    const canvas = within(root);
    await expect(canvas.getByText("Next payment attempt")).toBeVisible();
    await expect(canvas.getByText("Mar 17, 2026")).toBeVisible();
    await expect(canvas.getByText("The last payment attempt failed. We will try again automatically.")).toBeVisible();
  },
};

/** A mid-cycle upgrade: a credit line and a charge line, both prorated. */
export const Prorated: Story = {
  args: { orderId: fixtures.prorated.id },
};

// Billing details

export const NoBillingAddress: Story = {
  args: { orderId: fixtures.noBilling.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("No billing details yet.")).toBeVisible();
    // Nothing to edit yet: the button says what it does.
    await expect(within(root).getByRole("button", { name: "Add billing details" })).toBeVisible();
  },
};

export const LongText: Story = {
  args: { orderId: fixtures.longText.id },
};

/** Reflow (WCAG 1.4.10): the long texts at 320 px; unbroken names break, nothing scrolls sideways. */
export const Reflow320: Story = {
  args: { orderId: fixtures.longText.id },
  parameters: { portalWidth: 320 },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(overflowing(root)).toEqual([]);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

/**
 * Reflow at 320 px with text at 200 %, an unbroken name among the details (the billing form at
 * that size: BillingAddressForm's Reflow320LargeText).
 */
export const Reflow320LargeText: Story = {
  args: { orderId: undefined, order: { ...fixtures.paid, billing_name: "Wolfeschlegelsteinhausenbergerdorff" } },
  parameters: { portalWidth: 320 },
  decorators: [largeText],
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(overflowing(root)).toEqual([]);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const ManyItems: Story = {
  args: { orderId: fixtures.manyItems.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).getByText("25 items")).toBeVisible();
  },
};

/** Read-only: no "Edit billing details" for a merchant who handles billing elsewhere. */
export const ReadOnly: Story = {
  args: { editableBilling: false },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(within(root).queryByRole("button", { name: "Edit billing details" })).toBeNull();
  },
};

/** A merchant with its own data layer passes the order itself: nothing is fetched. */
export const FromOrderProp: Story = {
  args: { orderId: undefined, order: fixtures.subscriptionCanceling },
  play: async ({ canvasElement, loaded }) => {
    await detail(canvasElement);
    await expect(portal({ loaded }).polar?.requests).toEqual([]);
  },
};

// Layout, theme, direction

export const Narrow: Story = {
  args: { orderId: fixtures.discounted.id },
  parameters: { portalWidth: 360 },
};

export const Dark: Story = {
  args: { orderId: fixtures.partiallyRefunded.id },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  args: { orderId: fixtures.subscription.id },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(root.closest("[dir]")).toHaveAttribute("dir", "rtl");
    await expect(within(root).getByText("مدفوع", { selector: ".pp-status-badge" })).toBeVisible();
    // Arabic-Indic digits from Intl.NumberFormat("ar-EG").
    await expect(amount(root, "total")).toContain("٢٠٫٥٢");
  },
};

/** An Arabic customer on a merchant's English (left-to-right) page: the order reads right to left. */
export const ArabicOnAnEnglishPage: Story = {
  args: { orderId: fixtures.subscription.id },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar, pageDir: "ltr" },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await expect(root.parentElement).toHaveAttribute("dir", "ltr");
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(root).toHaveAttribute("lang", "ar-EG");
  },
};

// Loading and failures

/** The answer never comes: the skeleton stays, announced as busy. */
export const Loading: Story = {
  parameters: polar({ hold: "GET" }),
  play: async ({ canvasElement }) => {
    const skeleton = await within(canvasElement).findByRole("status");
    await expect(skeleton).toHaveTextContent("Loading…");
    await expect(skeleton.closest(".pp-skeleton")).toHaveAttribute("aria-busy", "true");
  },
};

/** A slow network (1.5 s per answer): the skeleton, then the order. */
export const SlowNetwork: Story = {
  parameters: polar({ latency: 1500 }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".pp-order-detail")).toHaveAttribute("data-state", "loading");
    await detail(canvasElement);
  },
};

export const SessionExpired: Story = {
  parameters: polar({ expiredSession: true }),
  play: async ({ canvasElement, loaded }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("Your session has expired. Sign in again to see your order.");
    // A refused token is not retried: only the merchant can get a new one.
    await expect(within(alert).queryByRole("button", { name: "Try again" })).toBeNull();
    await expect(portal({ loaded }).polar?.requests).toHaveLength(1);
  },
};

/** Another customer's order answers 404, exactly like a missing one. */
export const NotFound: Story = {
  args: { orderId: otherCustomerOrder.id },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("We could not find this order.");
    await expect(within(alert).queryByRole("button")).toBeNull();
  },
};

/** The session is over and the merchant wired `onSignIn`: the note offers to sign in again (and nothing to retry). */
export const SessionExpiredSignIn: Story = {
  args: { onSignIn: fn() },
  parameters: polar({ expiredSession: true }),
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("Your session has expired. Sign in again to see your order.");
    await expect(within(alert).getAllByRole("button").map((button) => button.textContent)).toEqual(["Sign in again"]);
    await userEvent.click(within(alert).getByRole("button", { name: "Sign in again" }));
    await expect(args.onSignIn).toHaveBeenCalledOnce();
  },
};

/** An order that is not there, on a page whose merchant gave the list's address: a calm note and the way back. */
export const NotFoundBackToOrders: Story = {
  args: { orderId: otherCustomerOrder.id, backHref: "#orders" },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("We could not find this order.");
    await expect(within(alert).getByRole("link", { name: "Back to your orders" })).toHaveAttribute("href", "#orders");
    await expect(alert.textContent).not.toMatch(/polar/i);
  },
};

/** Polar answers 500 four times (the first try and three automatic retries); "Try again" then works. */
export const ServerErrorThenRetry: Story = {
  parameters: polar({ fail: [{ failure: 500, options: { times: 4 } }] }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent("Something went wrong on our side. Please try again.");
    await expect(portal({ loaded }).polar?.requests).toHaveLength(4);
    await userEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    const root = await detail(canvasElement);
    await expect(within(root).getByRole("heading", { name: "Pro Plan" })).toBeVisible();
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

export const NetworkError: Story = {
  parameters: polar({ fail: [{ failure: "network", options: { times: 4 } }] }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent("We could not connect. Check your connection and try again.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

export const RateLimited: Story = {
  parameters: polar({ fail: [{ failure: 429, options: { times: 4 } }] }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert", {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent("Too many requests right now. Please try again in a moment.");
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** A 200 whose body breaks the schema: an error, never a half-drawn order. */
export const InvalidResponse: Story = {
  parameters: polar({ fail: ["malformed"] }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("We received an order we could not read. Please try again later.");
  },
};

// Editing billing details

/**
 * Edit the name and save: the order shows the new name at once, while Polar's answer is still
 * on its way (held here until the play function lets it through), and keeps it after.
 */
export const EditBillingShowsAtOnce: Story = {
  parameters: polar({ hold: "PATCH" }),
  play: async ({ canvasElement, loaded }) => {
    const { gates, polar: mock } = portal({ loaded });
    const root = await detail(canvasElement);
    const canvas = within(root);
    await userEvent.click(canvas.getByRole("button", { name: "Edit billing details" }));
    // The form's code loads when it is asked for.
    const name = await canvas.findByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Augusta Ada King");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));

    await waitFor(() => expect(root.querySelector(".pp-order-detail__billing-name")).toHaveTextContent("Augusta Ada King"));
    await expect(root).toHaveAttribute("data-pending");
    gates[0]!.release();

    await waitFor(() => expect(canvas.queryByRole("form", { name: "Billing details" })).toBeNull());
    await expect(canvas.getByRole("status")).toHaveTextContent("Billing details saved.");
    // The button is back, focused, with no "expanded"/"collapsed" state to announce.
    const edit = canvas.getByRole("button", { name: "Edit billing details" });
    await waitFor(() => expect(edit).toHaveFocus());
    await expect(edit).not.toHaveAttribute("aria-expanded");
    await expect(root.querySelector(".pp-order-detail__billing-name")).toHaveTextContent("Augusta Ada King");
    await expect(mock?.getOrder(fixtures.paid.id)?.billing_name).toBe("Augusta Ada King");
  },
};

/** Polar refuses the save (500): the order goes back to what Polar has; the form keeps the typing. */
export const EditBillingRolledBack: Story = {
  parameters: polar({ hold: "PATCH", fail: [{ failure: 500, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement, loaded }) => {
    const { gates } = portal({ loaded });
    const root = await detail(canvasElement);
    const canvas = within(root);
    await userEvent.click(canvas.getByRole("button", { name: "Edit billing details" }));
    // The form's code loads when it is asked for.
    const name = await canvas.findByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Augusta Ada King");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await waitFor(() => expect(root.querySelector(".pp-order-detail__billing-name")).toHaveTextContent("Augusta Ada King"));

    gates[0]!.release();
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("Something went wrong on our side. Please try again.");
    // The rollback to Polar's word may land a render after the alert.
    await waitFor(() => expect(root.querySelector(".pp-order-detail__billing-name")).toHaveTextContent("Ada Lovelace"));
    await expect(canvas.getByLabelText("Billing name")).toHaveValue("Augusta Ada King");
  },
};

/**
 * The billing editor by keyboard alone: Enter opens it in place of its button, focus goes to the
 * first field, Escape closes it (focus back on the button); Enter on Save keeps focus on Save
 * while "Saving…" is announced, then the success status is announced and focus is back on the
 * button. Ends on the saved state.
 */
export const EditBillingByKeyboard: Story = {
  parameters: polar({ hold: "PATCH" }),
  play: async ({ canvasElement, loaded }) => {
    const { gates } = portal({ loaded });
    const root = await detail(canvasElement);
    const canvas = within(root);
    const edit = () => canvas.getByRole("button", { name: "Edit billing details" });
    edit().focus();
    await userEvent.keyboard("{Enter}");
    // The form's code loads when it is asked for (focusing the button already started it).
    const name = await canvas.findByLabelText("Billing name");
    await waitFor(() => expect(name).toHaveFocus());
    await expect(canvas.queryByRole("button", { name: "Edit billing details" })).toBeNull();
    // The form replaces the values it edits: each shows once, in its field.
    await expect(root.querySelector(".pp-order-detail__billing-name")).not.toBeVisible();

    await userEvent.keyboard("{Escape}");
    await expect(canvas.queryByRole("form")).toBeNull();
    await waitFor(() => expect(edit()).toHaveFocus());

    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Control>}a{/Control}Augusta Ada King");
    const save = canvas.getByRole("button", { name: "Save billing details" });
    save.focus();
    await userEvent.keyboard("{Enter}");
    const form = canvas.getByRole("form", { name: "Billing details" });
    await waitFor(() => expect(within(form).getByRole("status")).toHaveTextContent("Saving…"));
    await expect(save).toHaveFocus();
    await expect(save).toHaveAttribute("aria-disabled", "true");

    gates[0]!.release();
    await waitFor(() => expect(canvas.queryByRole("form")).toBeNull());
    await expect(canvas.getByRole("status")).toHaveTextContent("Billing details saved.");
    await waitFor(() => expect(edit()).toHaveFocus());
  },
};

/** The success status in the dark theme. */
export const SavedDark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    const canvas = within(root);
    await userEvent.click(canvas.getByRole("button", { name: "Edit billing details" }));
    await userEvent.type(await canvas.findByLabelText("Address line 2 (optional)"), "Floor 2");
    await userEvent.click(canvas.getByRole("button", { name: "Save billing details" }));
    await expect(await canvas.findByText("Billing details saved.")).toBeVisible();
  },
};

/** The form open on an order with no address: added, not edited. */
export const AddBillingDetails: Story = {
  args: { orderId: fixtures.noBilling.id },
  play: async ({ canvasElement }) => {
    const root = await detail(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add billing details" }));
    await waitFor(() => expect(within(root).getByLabelText("Billing name")).toHaveFocus());
  },
};
