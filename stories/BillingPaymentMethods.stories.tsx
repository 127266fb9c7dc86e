import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { PaymentMethodsList } from "../src/features/billing";
import he from "../src/locales/he";
import { paymentMethodFixtures as cards } from "../src/testing";
import { MOCK_NOW } from "../src/testing/msw";
import { standInEmbed, type StandInOptions } from "./billing-embed";
import { polar, portal, ready } from "./support";

/**
 * The customer's saved cards, as Stripe's portal lists them, against the mock Polar: none, one
 * expiring, the default among every kind Polar lists (a wallet, an expired card, a Korean card, a
 * SEPA debit); "Make default"; "Remove" asked first, and Polar's refusal when a subscription still
 * needs the card; "Add a card" with the card form loading, confirming, added, or refused. Expiry is
 * judged at the mock's clock (20 March 2026).
 */
const meta = {
  title: "Components/BillingPaymentMethods",
  component: PaymentMethodsList,
  args: { now: new Date(MOCK_NOW) },
  decorators: [
    (Story: () => ReactNode) => (
      <div style={{ minBlockSize: "40rem" }}>
        <style>{".pp-story .pp-billing-dialog[open] { margin-block: 2rem auto; }"}</style>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PaymentMethodsList>;

export default meta;
type Story = StoryObj<typeof meta>;

const list = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-payment-methods");
const row = (root: HTMLElement, last4: string) =>
  within(root.querySelector<HTMLElement>(".pp-payment-methods__list")!).getByText(new RegExp(`ending in ${last4}`)).closest<HTMLElement>("li")!;
const said = (root: HTMLElement) => root.querySelector(".pp-billing-status");
const dialog = (canvasElement: HTMLElement, name: string) => within(canvasElement.ownerDocument.body).findByRole("dialog", { name });

/** Adding a card through the stand-in card form (Polar's embed in the app). */
const adding = (options: StandInOptions = {}): Story["render"] =>
  function Render(args, context) {
    return <PaymentMethodsList {...args} embed={standInEmbed(portal(context).polar, options)} />;
  };

/** No saved card: said plainly, with the way to add one. */
export const NoCards: Story = {
  parameters: polar({ paymentMethods: [] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(root).toHaveAttribute("data-state", "empty");
    await expect(within(root).getByText("No saved cards")).toBeVisible();
    await expect(within(root).getByRole("button", { name: "Add a card" })).toBeVisible();
  },
};

/** The default card and one that expires this month: "Expires soon", in the warning colour. */
export const OneExpiring: Story = {
  parameters: polar({ paymentMethods: [cards.visa, cards.expiringSoon] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const amex = row(root, "0005");
    await expect(amex).toHaveAttribute("data-expiry", "expiring");
    await expect(within(amex).getByText("Expires soon")).toBeVisible();
    await expect(within(amex).getByText("Expires 03/26")).toBeVisible();
  },
};

/** Every kind Polar lists, the default first: brand, •••• 4242, "Expires 12/30", badges, a wallet. */
export const Default: Story = {
  parameters: polar({ paymentMethods: [cards.mastercard, cards.visa, cards.expired, cards.googlePay, cards.krCard, cards.sepaDebit] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    const items = within(root).getAllByRole("listitem");
    await expect(items).toHaveLength(6);
    await expect(items[0]).toHaveAttribute("data-default", "");
    await expect(within(items[0]!).getByText("Default")).toBeVisible();
    await expect(within(items[0]!).queryByRole("button", { name: "Make default" })).toBeNull();
    await expect(within(row(root, "4444")).getByText("Apple Pay")).toBeVisible();
    // An expired card stays listed (Polar lists it) and can be removed, not made the default.
    const expired = row(root, "1117");
    await expect(within(expired).getByText("Expired 01/26")).toBeVisible();
    await expect(within(expired).queryByRole("button", { name: "Make default" })).toBeNull();
    await expect(within(root).getByText("SEPA Direct Debit")).toBeVisible();
  },
};

/** "Make default": shown at once, said, and the badge moves. */
export const MadeDefault: Story = {
  parameters: polar({ paymentMethods: [cards.visa, cards.mastercard] }),
  play: async ({ canvasElement, loaded }) => {
    const root = await list(canvasElement);
    const button = within(row(root, "4444")).getByRole("button", { name: "Make default" });
    await expect(button).toHaveAccessibleDescription("Mastercard ending in 4444");
    await userEvent.click(button);
    await waitFor(() => expect(said(root)).toHaveTextContent("Mastercard ending in 4444 is now your default payment method."));
    await waitFor(() => expect(within(root).getAllByRole("listitem")[0]).toHaveTextContent(/4444.*Default/));
    await expect(portal({ loaded }).polar!.customer.default_payment_method_id).toBe(cards.mastercard.id);
  },
};

/** The only card while subscriptions are active: Polar refuses, and the dialog says why and what to do. */
export const DeleteRefused: Story = {
  parameters: polar({ paymentMethods: [cards.visa] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(row(root, "4242")).getByRole("button", { name: "Remove" }));
    const asked = await dialog(canvasElement, "Remove this card?");
    await expect(asked).toHaveAccessibleDescription(/Visa ending in 4242 will no longer be used for payments/);
    await expect(within(asked).getByRole("button", { name: "Keep card" })).toHaveFocus();
    await userEvent.click(within(asked).getByRole("button", { name: "Remove card" }));
    const refusal = await within(asked).findByRole("alert");
    await expect(refusal).toHaveTextContent("An active subscription still needs this card. Add another card first, or cancel the subscription.");
    await expect(refusal).toHaveFocus();
    await expect(row(root, "4242")).toBeInTheDocument();
  },
};

/** A card that is not needed: removed after the question, said, the keyboard on what was said. */
export const Removed: Story = {
  parameters: polar({ paymentMethods: [cards.visa, cards.mastercard] }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(row(root, "4444")).getByRole("button", { name: "Remove" }));
    const asked = await dialog(canvasElement, "Remove this card?");
    await userEvent.click(within(asked).getByRole("button", { name: "Remove card" }));
    await waitFor(() => expect(said(root)).toHaveTextContent("Mastercard ending in 4444 was removed."));
    await expect(within(root).getAllByRole("listitem")).toHaveLength(1);
    await waitFor(() => expect(said(root)).toHaveFocus());
  },
};

/** "Add a card": the card form loaded, and Polar confirming the card (the dialog cannot be closed). */
export const Adding: Story = {
  render: adding({ outcome: "hold" }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add a card" }));
    const added = await dialog(canvasElement, "Add a card");
    await userEvent.click(await within(added).findByRole("button", { name: "Save card" }));
    await waitFor(() => expect(added).toHaveAttribute("data-state", "confirming"));
    await expect(within(added).getByRole("status")).toHaveTextContent("Saving your card…");
    await expect(within(added).getByRole("button", { name: "Close" })).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{Escape}");
    await expect(added).toHaveAttribute("open");
  },
};

/** The card saved: said in the dialog, "Done" focused, and the list shows it once closed. */
export const Added: Story = {
  render: adding(),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add a card" }));
    const added = await dialog(canvasElement, "Add a card");
    await userEvent.click(await within(added).findByRole("button", { name: "Save card" }));
    await waitFor(() => expect(within(added).getByRole("button", { name: "Done" })).toHaveFocus());
    await expect(within(added).getByRole("status")).toHaveTextContent("Your card was added.");
    await userEvent.click(within(added).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(within(root).getAllByRole("listitem")).toHaveLength(2));
    await waitFor(() => expect(row(root, "5100")).toHaveAttribute("data-default", ""));
    await expect(said(root)).toHaveTextContent("Your card was added.");
  },
};

/** The card form refused the card: the embed's code in words, focused, and a fresh form offered. */
export const EmbedError: Story = {
  render: adding({ outcome: "error", code: "processing_failed" }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add a card" }));
    const added = await dialog(canvasElement, "Add a card");
    await userEvent.click(await within(added).findByRole("button", { name: "Save card" }));
    const alert = await within(added).findByRole("alert");
    await expect(alert).toHaveTextContent("Your card could not be saved. Check its details or try another card.");
    await waitFor(() => expect(alert).toHaveFocus());
    await expect(within(added).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** "Try again" after the error: a fresh card form. */
export const EmbedRetried: Story = {
  render: adding({ outcome: "error", code: "unauthorized" }),
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await userEvent.click(within(root).getByRole("button", { name: "Add a card" }));
    const added = await dialog(canvasElement, "Add a card");
    await userEvent.click(await within(added).findByRole("button", { name: "Save card" }));
    await expect(await within(added).findByRole("alert")).toHaveTextContent("Your session has expired. Sign in again to add a card.");
    await userEvent.click(within(added).getByRole("button", { name: "Try again" }));
    await expect(await within(added).findByRole("button", { name: "Save card" })).toBeVisible();
    await expect(added.querySelector(".pp-billing-dialog__state")).toHaveTextContent("");
  },
};

/** Right to left (Hebrew): the digits keep their order, badges and actions mirror. */
export const RightToLeft: Story = {
  parameters: { ...polar({ paymentMethods: [cards.visa, cards.mastercard, cards.expiringSoon] }), messages: he },
  globals: { locale: "he-IL" },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(within(root).getAllByRole("listitem")[0]).toHaveTextContent("ברירת מחדל");
  },
};

/** Dark theme. */
export const Dark: Story = {
  parameters: polar({ paymentMethods: [cards.visa, cards.mastercard, cards.expired] }),
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await list(canvasElement);
  },
};

/** A 320 px page: each card's actions wrap under it. */
export const Narrow: Story = {
  parameters: { ...polar({ paymentMethods: [cards.visa, cards.mastercard, cards.expiringSoon] }), pageWidth: 320 },
  play: async ({ canvasElement }) => {
    const root = await list(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};
