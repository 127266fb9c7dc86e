import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SubscriptionDetail } from "../src/features/subscriptions";
import ar from "../src/locales/ar";
import ja from "../src/locales/ja";
import { fixtures, pausableOrganization, subscriptionFixtures as subs } from "../src/testing";
import { polar, portal, ready } from "./support";

/**
 * One subscription as its customer manages it: the status with every flag and its date, the price
 * per interval, seats, the period, the next charge (Polar's preview, or the plan's price alone and
 * said so), the changes the merchant allows, and the subscription's invoices. One story per state
 * and flag; the flows (cancel → resume, a scheduled change cleared, a refusal) play through.
 */
const meta = {
  title: "Components/SubscriptionDetail",
  component: SubscriptionDetail,
  args: { getOrderHref: (order) => `#order-${order.id}` },
} satisfies Meta<typeof SubscriptionDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The subscription once its next charge and invoices are in. */
async function settled(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await ready(canvasElement, ".pp-subscription-detail");
  await waitFor(() => expect(root.querySelector('[data-state="loading"], [data-pending]')).toBeNull());
  await waitFor(() => expect(root.querySelector('[data-section="next-charge"]')).toHaveAttribute("data-source"));
  return root;
}
const flag = (root: HTMLElement, name: string) => root.querySelector<HTMLElement>(`[data-flag="${name}"]`);
const action = (root: HTMLElement, name: string) => within(root).getByRole("button", { name });

const state = (subscription: (typeof subs)[keyof typeof subs], check: (root: HTMLElement) => Promise<void>, organization?: typeof pausableOrganization): Story => ({
  args: { subscriptionId: subscription.id },
  parameters: organization ? polar({ organization }) : {},
  play: async ({ canvasElement }) => check(await settled(canvasElement)),
});

/** Two orders of the active subscription: its first payment and its renewal. */
const invoices = [
  { ...fixtures.subscription, id: "0d6e2f1a-3b4c-4d5e-9f60-0000000001a2", subscription_id: subs.active.id, billing_reason: "subscription_cycle", created_at: "2026-03-14T09:27:10Z" },
  { ...fixtures.subscription, id: "0d6e2f1a-3b4c-4d5e-9f60-0000000001a1", subscription_id: subs.active.id, created_at: "2026-01-14T09:27:10Z" },
];

/** Running: renews on the period's end; Polar's preview line by line; its invoices. */
export const Active: Story = {
  ...state(subs.active, async (root) => {
    await expect(within(root).getByRole("table", { name: "2 orders" })).toBeVisible();
    await expect(within(root).getByRole("heading", { level: 2 })).toHaveTextContent("Starter");
    await expect(flag(root, "renews")).toHaveTextContent("Renews on Apr 14, 2026");
    await expect(root.querySelector('[data-kind="next-charge"]')).toHaveTextContent(/on Apr 14, 2026/);
    await expect(within(root).getByRole("group", { name: "Manage subscription" })).toBeVisible();
  }),
  parameters: polar({ orders: invoices }),
};

export const Trialing = state(subs.trialing, async (root) => {
  await expect(flag(root, "trial")).toHaveTextContent("Trial until Mar 27, 2026");
});

export const Canceling = state(subs.canceling, async (root) => {
  await expect(flag(root, "cancels")).toHaveTextContent("Cancels on Apr 14, 2026");
  await expect(action(root, "Resume subscription")).toBeVisible();
  await expect(within(root).queryByRole("button", { name: "Cancel subscription" })).toBeNull();
  await expect(root.querySelector('[data-section="next-charge"]')).toHaveTextContent("No further charge is scheduled.");
});

/** Past due: the failed payment said first, as something to fix. */
export const PastDue = state(subs.pastDue, async (root) => {
  await expect(root).toHaveAttribute("data-phase", "needs_action");
  await expect(flag(root, "past_due")).toHaveTextContent(/The last payment failed/);
});

export const Pausing = state(
  subs.pausing,
  async (root) => {
    await expect(flag(root, "pauses")).toHaveTextContent("Pauses on Mar 27, 2026");
    await expect(action(root, "Don't pause")).toBeVisible();
  },
  pausableOrganization,
);

export const Paused = state(
  subs.paused,
  async (root) => {
    await expect(flag(root, "paused")).toHaveTextContent("Paused until Jun 1, 2026");
    await expect(action(root, "Resume now")).toBeVisible();
  },
  pausableOrganization,
);

export const PausedIndefinitely = state(subs.pausedIndefinitely, async (root) => {
  await expect(flag(root, "paused")).toHaveTextContent("Paused until you resume it");
  // The merchant does not allow pausing (Polar's default): no resume button either.
  await expect(within(root).queryByRole("button", { name: "Resume now" })).toBeNull();
});

/** A plan change scheduled for the next period, with the way to take it back. */
export const PendingPlanChange = state(subs.pendingPlanChange, async (root) => {
  await expect(flag(root, "pending_plan")).toHaveTextContent("Changes to Starter on Apr 14, 2026");
  await expect(within(flag(root, "pending_plan")!).getByRole("button", { name: "Cancel scheduled change" })).toBeVisible();
});

export const PendingSeatChange = state(subs.pendingSeatChange, async (root) => {
  await expect(flag(root, "pending_seats")).toHaveTextContent("Changes to 3 seats on Apr 14, 2026");
  await expect(within(root).getByText("5 seats")).toBeVisible();
});

export const Ended = state(subs.ended, async (root) => {
  await expect(root).toHaveAttribute("data-phase", "ended");
  await expect(flag(root, "ended")).toHaveTextContent(/Ended on/);
  await expect(within(root).queryByRole("group", { name: "Manage subscription" })).toBeNull();
});

export const Unpaid = state(subs.unpaid, async (root) => {
  await expect(flag(root, "unpaid")).toHaveTextContent("This subscription stopped because its payments failed.");
});

/** A Polar without its private preview route: the plan's price alone, said to be that. */
export const PreviewMissing: Story = {
  args: { subscriptionId: subs.active.id },
  parameters: polar({ previews: false }),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    const section = root.querySelector('[data-section="next-charge"]')!;
    await expect(section).toHaveAttribute("data-source", "prices");
    await expect(section).toHaveTextContent("$19.00 on Apr 14, 2026");
    await expect(section).toHaveTextContent("The plan's price alone: usage, discounts and tax are added on the invoice.");
  },
};

/** "Cancel scheduled change": the flag goes at once, and the page says so. */
export const PendingChangeCleared: Story = {
  args: { subscriptionId: subs.pendingPlanChange.id },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await userEvent.click(action(root, "Cancel scheduled change"));
    await waitFor(() => expect(root.querySelector(".pp-subscription-detail__status")).toHaveTextContent("The scheduled change was canceled."));
    await expect(flag(root, "pending_plan")).toBeNull();
  },
};

/** Resume refused for want of a card: the refusal is said, focused, with the way forward. */
export const ResumeRefused: Story = {
  args: { subscriptionId: subs.canceling.id },
  parameters: polar({ paymentMethods: [] }),
  play: async ({ canvasElement, loaded }) => {
    const root = await settled(canvasElement);
    await userEvent.click(action(root, "Resume subscription"));
    const alert = await within(root).findByRole("alert");
    await expect(alert).toHaveTextContent("Add a payment method to your account first, then try again.");
    await waitFor(() => expect(alert).toHaveFocus());
    // Polar's truth is back: still cancelling, the resume still offered.
    await waitFor(() => expect(flag(root, "cancels")).toHaveTextContent("Cancels on Apr 14, 2026"));
    await expect(portal({ loaded }).polar!.subscriptions.find((each) => each.id === subs.canceling.id)!.cancel_at_period_end).toBe(true);
  },
};

export const Dark: Story = { ...Active, globals: { theme: "dark" } };

/** Right to left: the page mirrored, dates and amounts in Arabic, the pending seat change in words. */
export const Arabic: Story = {
  args: { subscriptionId: subs.pendingSeatChange.id, invoices: false },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(within(root).getByRole("button", { name: ar.subscriptionClearPending as string })).toBeVisible();
  },
};

export const Japanese: Story = {
  args: { subscriptionId: subs.canceling.id, invoices: false },
  globals: { locale: "ja-JP" },
  parameters: { messages: ja },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(within(root).getByRole("button", { name: ja.subscriptionUncancel as string })).toBeVisible();
  },
};
