import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FailedPaymentBanner } from "../src/features/billing";
import ar from "../src/locales/ar";
import { failedPaymentFixtures, paymentMethodFixtures as cards } from "../src/testing";
import { MOCK_NOW } from "../src/testing/msw";
import { standInEmbed } from "./billing-embed";
import { AFTER_RETRIES, polar, portal, ready } from "./support";

/**
 * A renewal whose payment failed, against the mock Polar: the banner (what failed, when we try
 * again, "Pay now"), and paying it now from the dialog: the saved cards (the default chosen),
 * paying, the bank's 3-D Secure step (with the merchant's Stripe.js, or explained without it),
 * paid, declined, and Polar's retry limit.
 */
const meta = {
  title: "Components/BillingFailedPayment",
  component: FailedPaymentBanner,
  args: { now: new Date(MOCK_NOW) },
  decorators: [
    (Story: () => ReactNode) => (
      <div style={{ minBlockSize: "44rem" }}>
        <style>{".pp-story .pp-billing-dialog[open] { margin-block: 2rem auto; }"}</style>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof FailedPaymentBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The failed renewal (Pro, $52.92) and three saved cards, one of them expired. */
const failed = polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa, cards.mastercard, cards.expired] });

const banner = (canvasElement: HTMLElement) => ready(canvasElement, ".pp-failed-payment");
const body = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Opens "Pay now" and waits for the saved cards. */
async function payNow(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await banner(canvasElement);
  await userEvent.click(within(root).getByRole("button", { name: "Pay now" }));
  const dialog = await body(canvasElement).findByRole("dialog", { name: "Pay $52.92 now" });
  await within(dialog).findByRole("radio", { name: /Visa ending in 4242/ });
  return dialog;
}
const pay = (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole("button", { name: "Pay $52.92" }));
const phase = (dialog: HTMLElement, state: string) => waitFor(() => expect(dialog).toHaveAttribute("data-state", state), AFTER_RETRIES);

/** The banner: the product and amount that failed, the date Polar tries again, "Pay now". */
export const Banner: Story = {
  parameters: failed,
  play: async ({ canvasElement }) => {
    const root = await banner(canvasElement);
    await expect(root).toHaveAttribute("data-state", "failed");
    await expect(within(root).getByRole("heading", { name: "Your payment failed" })).toBeVisible();
    await expect(root).toHaveTextContent("We could not charge $52.92 for Pro.");
    await expect(root).toHaveTextContent("We will try again on Mar 21, 2026.");
    // Urgent to the eye, not read out on load.
    await expect(within(root).queryByRole("alert")).toBeNull();
  },
};

/** "Pay now": the saved cards that can pay (not the expired one), the default chosen, or a new card. */
export const PayNow: Story = {
  parameters: failed,
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await expect(within(dialog).getByRole("radio", { name: /Visa ending in 4242/ })).toBeChecked();
    await expect(within(dialog).queryByRole("radio", { name: /1117/ })).toBeNull();
    await expect(within(dialog).getByRole("radio", { name: "Use a new card" })).not.toBeChecked();
  },
};

/** Paying: Polar is confirming the charge; the dialog cannot be closed meanwhile. */
export const Paying: Story = {
  parameters: polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa], hold: "POST" }),
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "confirming");
    await expect(within(dialog).getByRole("button", { name: "Paying…" })).toHaveAttribute("aria-disabled", "true");
    await expect(within(dialog).getByRole("button", { name: "Not now" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** The bank asks for 3-D Secure and the merchant's Stripe.js handles it: then paid. */
export const ThreeDSecure: Story = {
  parameters: polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa], paymentOutcome: "requires_action" }),
  render: function Render(args, context) {
    const mock = portal(context).polar;
    return <FailedPaymentBanner {...args} handleNextAction={async () => mock?.completePaymentAction("succeeded")} />;
  },
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "succeeded");
    await expect(within(dialog).getByRole("status")).toHaveTextContent("Payment received. Thank you!");
  },
};

/** 3-D Secure without the merchant's Stripe.js: explained, and another card offered. */
export const ThreeDSecureElsewhere: Story = {
  parameters: polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa, cards.mastercard], paymentOutcome: "requires_action" }),
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "requires_action");
    const status = within(dialog).getByRole("status");
    await expect(status).toHaveTextContent("Your bank asks you to confirm this payment, which cannot be done here.");
    await waitFor(() => expect(status).toHaveFocus());
    await expect(within(dialog).getByRole("radio", { name: /Mastercard ending in 4444/ })).toBeEnabled();
  },
};

/** Paid: said, focused, and the banner's order is gone once Polar has it paid. */
export const Paid: Story = {
  parameters: failed,
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "succeeded");
    const status = within(dialog).getByRole("status");
    await expect(status).toHaveTextContent("Payment received. Thank you!");
    await waitFor(() => expect(status).toHaveFocus());
    await expect(within(dialog).getByRole("button", { name: "Close" })).toBeVisible();
  },
};

/** Declined: said, and the cards offered again for another try. */
export const Failed: Story = {
  parameters: polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa, cards.mastercard], paymentOutcome: "failed" }),
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "failed");
    await expect(within(dialog).getByRole("status")).toHaveTextContent("The payment failed. Try another card.");
    await userEvent.click(within(dialog).getByRole("radio", { name: /Mastercard ending in 4444/ }));
    await expect(within(dialog).getByRole("button", { name: "Pay $52.92" })).toBeVisible();
  },
};

/** Polar's limit of five tries: said, nothing more to try here (Polar still retries on its own). */
export const RetryLimit: Story = {
  parameters: polar({ orders: [failedPaymentFixtures.order], paymentMethods: [cards.visa], retryAttempts: 5 }),
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await pay(dialog);
    await phase(dialog, "refused");
    await expect(within(dialog).getByRole("status")).toHaveTextContent("You have reached the limit of payment attempts for this order. We will try again automatically.");
    await expect(within(dialog).queryByRole("radio")).toBeNull();
    await expect(within(dialog).getByRole("button", { name: "Close" })).toBeVisible();
  },
};

/** "Use a new card": Polar's card form in the dialog, then the payment with the new card. */
export const NewCard: Story = {
  parameters: failed,
  render: function Render(args, context) {
    return <FailedPaymentBanner {...args} embed={standInEmbed(portal(context).polar)} />;
  },
  play: async ({ canvasElement }) => {
    const dialog = await payNow(canvasElement);
    await userEvent.click(within(dialog).getByRole("radio", { name: "Use a new card" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Use a new card" }));
    await userEvent.click(await within(dialog).findByRole("button", { name: "Save card" }));
    await phase(dialog, "succeeded");
  },
};

/** The banner in the dark theme, right to left (Arabic). */
export const DarkRightToLeft: Story = {
  parameters: { ...failed, messages: ar },
  globals: { theme: "dark", locale: "ar-EG" },
  play: async ({ canvasElement }) => {
    const root = await banner(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
  },
};

/** A 320 px page: "Pay now" wraps under the words. */
export const Narrow: Story = {
  parameters: { ...polar({ orders: [failedPaymentFixtures.order] }), pageWidth: 320 },
  play: async ({ canvasElement }) => {
    const root = await banner(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};
