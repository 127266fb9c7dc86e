import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { PaymentMethodEmbedProvider } from "../src/features/billing/embed";
import { SubscriptionDetail } from "../src/features/subscriptions";
import { subscriptionFixtures as subs } from "../src/testing";
import { standInEmbed } from "./billing-embed";
import { polar, portal, ready } from "./support";

/**
 * A subscription change Polar refuses for want of a card (409 `PaymentMethodRequired`: resuming a
 * canceled subscription with no saved card): the refusal offers "Add a card", which opens the
 * billing feature's dialog (Polar's card form: here its stand-in, given through
 * `PaymentMethodEmbedProvider` as a merchant would), and once the card is saved the change is
 * tried again.
 */
const meta = {
  title: "Components/BillingSubscriptionRefusal",
  component: SubscriptionDetail,
  args: { invoices: false, subscriptionId: subs.canceling.id },
  render: function Render(args, context) {
    return (
      <PaymentMethodEmbedProvider component={standInEmbed(portal(context).polar)}>
        <SubscriptionDetail {...args} />
      </PaymentMethodEmbedProvider>
    );
  },
  decorators: [
    (Story: () => ReactNode) => (
      <div style={{ minBlockSize: "44rem" }}>
        <style>{".pp-story .pp-billing-dialog[open] { margin-block: 2rem auto; }"}</style>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SubscriptionDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The customer has no saved card. */
const noCard = polar({ paymentMethods: [] });

async function refused(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await ready(canvasElement, ".pp-subscription-detail");
  await userEvent.click(within(root).getByRole("button", { name: "Resume subscription" }));
  const note = await within(root).findByRole("alert");
  await expect(note).toHaveTextContent("Add a payment method to your account first, then try again.");
  return root;
}

/** The refusal, with "Add a card" beside "Try again". */
export const PaymentMethodRequired: Story = {
  parameters: noCard,
  play: async ({ canvasElement }) => {
    const root = await refused(canvasElement);
    await expect(within(root).getByRole("button", { name: "Add a card" })).toBeVisible();
  },
};

/** "Add a card", the card saved, and the resume tried again: it goes through. */
export const CardAddedThenRetried: Story = {
  parameters: noCard,
  play: async ({ canvasElement, loaded }) => {
    const root = await refused(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add a card" }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Add a card" });
    await userEvent.click(await within(dialog).findByRole("button", { name: "Save card" }));
    await waitFor(() => expect(root.querySelector(".pp-subscription-detail__status")).toHaveTextContent("Your subscription will continue."));
    await expect(within(root).queryByRole("alert")).toBeNull();
    await expect(portal({ loaded }).polar!.subscriptions.find((each) => each.id === subs.canceling.id)!.cancel_at_period_end).toBe(false);
  },
};
