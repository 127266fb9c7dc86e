import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SubscriptionsList } from "../src/features/subscriptions";
import ar from "../src/locales/ar";
import ja from "../src/locales/ja";
import { subscriptionFixtures } from "../src/testing";
import { polar, ready } from "./support";

/**
 * The customer's subscriptions, grouped as a customer thinks of them: what needs attention (a
 * failed payment is never filed under "inactive"), what runs (active, in trial, paused) and what
 * ended; each with its price per interval in words and every flag with its date.
 */
const meta = {
  title: "Components/SubscriptionsList",
  component: SubscriptionsList,
  args: { getSubscriptionHref: (subscription) => `#subscription-${subscription.id}`, defaultParams: { limit: 20 } },
} satisfies Meta<typeof SubscriptionsList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One subscription of each group and most flags: what a phone's page can hold. */
const some = [
  subscriptionFixtures.pastDue,
  subscriptionFixtures.trialing,
  subscriptionFixtures.canceling,
  subscriptionFixtures.paused,
  subscriptionFixtures.pendingSeatChange,
  subscriptionFixtures.ended,
];

/** The list once no page is loading. */
async function settled(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await ready(canvasElement, ".pp-subscriptions-list");
  await waitFor(() => expect(root).not.toHaveAttribute("data-pending"));
  return root;
}
const group = (root: HTMLElement, name: string) => within(root).getByRole("table", { name });

/** Every state and flag the fixtures hold, on one page. */
export const EveryState: Story = {
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    const attention = group(root, "Needs your attention");
    // Past due is a payment to fix, listed first, never "inactive".
    await expect(within(attention).getByText("Payment overdue")).toBeVisible();
    await expect(within(attention).getByText(/The last payment failed/)).toBeVisible();
    const current = group(root, "Current");
    await expect(within(current).getByText("$45.00 every 3 months")).toBeVisible();
    await expect(within(current).getAllByText("$5.00 / week")[0]).toBeVisible();
    await expect(within(current).getByText("$2.00 / day")).toBeVisible();
    await expect(within(current).getByText("$190.00 / year")).toBeVisible();
    await expect(within(current).getByText("Cancels on Apr 14, 2026")).toBeVisible();
    await expect(within(current).getByText("Paused until Jun 1, 2026")).toBeVisible();
    await expect(within(current).getByText("Paused until you resume it")).toBeVisible();
    await expect(within(current).getByText("Changes to 3 seats on Apr 14, 2026")).toBeVisible();
    await expect(within(group(root, "Ended")).getAllByText("Canceled").length).toBeGreaterThan(0);
    // Each row opens its subscription, named by its plan and start date.
    const link = within(current).getAllByRole("link")[0]!;
    await expect(link).toHaveAttribute("href", expect.stringMatching(/^#subscription-/));
    await expect(link).toHaveAccessibleName(/started/);
  },
};

/** Ten a page: Polar's paging, the next page fetched ahead. */
export const Paged: Story = {
  args: { defaultParams: {} },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    const pager = within(root).getByRole("navigation", { name: "Pages of subscriptions" });
    await expect(within(pager).getByRole("status")).toHaveTextContent("Page 1 of 2");
    await userEvent.click(within(pager).getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(within(pager).getByRole("status")).toHaveTextContent("Page 2 of 2"));
    await settled(canvasElement);
  },
};

/** A customer who never subscribed: a sentence, no controls. */
export const Empty: Story = {
  parameters: polar({ subscriptions: [] }),
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, ".pp-subscriptions-list");
    await expect(within(root).getByRole("status")).toHaveTextContent("You have no subscriptions yet.");
    await expect(within(root).queryByRole("searchbox")).toBeNull();
  },
};

/** A search with no match: said, and the search kept. */
export const NothingMatches: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement, ".pp-subscriptions-list");
    await userEvent.type(within(root).getByRole("searchbox", { name: "Search subscriptions" }), "quantum");
    await expect(await within(root).findByText("No subscriptions match your search.", { selector: ".pp-subscriptions-list__empty" })).toBeVisible();
    await waitFor(() => expect(root.querySelector('[role="status"]')).toHaveTextContent("No subscriptions match your search."));
  },
};

/** Polar's active filter: trialing and active only. */
export const ActiveOnly: Story = {
  args: { defaultParams: { limit: 20, active: true } },
  parameters: polar({ subscriptions: [subscriptionFixtures.active, subscriptionFixtures.trialing, subscriptionFixtures.canceled, subscriptionFixtures.pastDue] }),
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(within(root).getByRole("combobox", { name: "Show" })).toHaveValue("true");
    await expect(within(root).getAllByRole("row")).toHaveLength(3);
  },
};

export const Dark: Story = {
  ...EveryState,
  globals: { theme: "dark" },
};

/** A phone: a card per subscription, nothing sticking out. */
export const Narrow: Story = {
  parameters: { pageWidth: 320, ...polar({ subscriptions: [...some] }) },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

export const Arabic: Story = {
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(group(root, ar.subscriptionsGroupNeedsAction as string)).toBeVisible();
  },
};

export const Japanese: Story = {
  globals: { locale: "ja-JP" },
  parameters: { messages: ja },
  play: async ({ canvasElement }) => {
    const root = await settled(canvasElement);
    await expect(group(root, ja.subscriptionsGroupCurrent as string)).toBeVisible();
  },
};
