import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor } from "storybook/test";
import { SubscriptionDetail, SubscriptionsList } from "../src/features/subscriptions";
import { subscriptionFixtures as subs } from "../src/testing";
import { brokenWords, largeText, overflowing } from "./reflow";
import { polar, ready } from "./support";

/**
 * The subscriptions as a merchant places them, on pages 320 to 1,600 px wide and at 200 % text:
 * nothing sticks out sideways, no word is split across two lines, and a subscription keeps a
 * readable measure instead of spreading over the whole page.
 */
const meta = {
  title: "SubscriptionWidths",
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A list a page can hold at 200 % text: one subscription of each group. */
const few = polar({ subscriptions: [subs.pastDue, subs.canceling, subs.paused, subs.ended] });

async function holds(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  const root = await ready(canvasElement, selector);
  await waitFor(() => expect(canvasElement.querySelector("[data-pending], [data-state='loading']")).toBeNull(), { timeout: 5_000 });
  const page = canvasElement.querySelector<HTMLElement>(".pp-story")!;
  await expect(overflowing(page)).toEqual([]);
  await expect(brokenWords(page)).toEqual([]);
  return root;
}

const rem = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

const detail = (width: number, large = false): Story => ({
  render: () => <SubscriptionDetail subscriptionId={subs.pendingSeatChange.id} invoices={false} />,
  parameters: { pageWidth: width },
  decorators: large ? [largeText] : [],
  play: async ({ canvasElement }) => {
    const root = await holds(canvasElement, ".pp-subscription-detail");
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(42 * rem(root) + 0.5);
  },
});

const list = (width: number, large = false): Story => ({
  render: () => <SubscriptionsList />,
  parameters: { ...few, pageWidth: width },
  decorators: large ? [largeText] : [],
  play: async ({ canvasElement }) => {
    await holds(canvasElement, ".pp-subscriptions-list");
  },
});

export const Detail320 = detail(320);
export const Detail600 = detail(600);
export const Detail1280 = detail(1280);
export const Detail1600 = detail(1600);
export const Detail1280LargeText = detail(1280, true);
export const List320 = list(320);
export const List600 = list(600);
export const List1280 = list(1280);
export const List1600 = list(1600);
export const List640LargeText = list(640, true);
