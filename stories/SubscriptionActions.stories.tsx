import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SubscriptionDetail } from "../src/features/subscriptions";
import he from "../src/locales/he";
import { makeOrganization, pausableOrganization, productFixtures as products, subscriptionFixtures as subs } from "../src/testing";
import { polar, portal, ready } from "./support";

/**
 * The changes a customer makes from a subscription's page, played through against the mock Polar:
 * cancel (when access ends, Polar's reasons, a comment) then resume; a plan change with its price
 * first and consent when it bills now, or scheduled for the next period; seats with − and +, the
 * price of the change first; and Polar's refusals, each said in the dialog with the way forward.
 */
const meta = {
  title: "Components/SubscriptionActions",
  component: SubscriptionDetail,
  args: { invoices: false },
  // A modal dialog sits in the middle of the window: at the top here, and the page tall enough
  // to hold it, inside the screenshot.
  decorators: [
    (Story: () => ReactNode) => (
      <div style={{ minBlockSize: "72rem" }}>
        <style>{".pp-story .pp-subscription-dialog[open] { margin-block: 2rem auto; }"}</style>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SubscriptionDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

async function page(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = await ready(canvasElement, ".pp-subscription-detail");
  await waitFor(() => expect(root.querySelector('[data-section="next-charge"]')).toHaveAttribute("data-source"));
  return root;
}
const said = (root: HTMLElement) => root.querySelector(".pp-subscription-detail__status");
const dialogNamed = (canvasElement: HTMLElement, name: string) => within(canvasElement).findByRole("dialog", { name });
const click = (scope: HTMLElement, name: string) => userEvent.click(within(scope).getByRole("button", { name }));

/** The cancel dialog, open: when access ends, the eight reasons, a comment; focus on "Keep subscription". */
export const CancelDialog: Story = {
  args: { subscriptionId: subs.active.id },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Cancel subscription");
    const dialog = await dialogNamed(canvasElement, "Cancel your subscription?");
    await expect(dialog).toHaveAccessibleDescription(/You keep access until Apr 14, 2026/);
    await expect(within(dialog).getAllByRole("radio")).toHaveLength(8);
    await expect(within(dialog).getByRole("button", { name: "Keep subscription" })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole("radio", { name: "It's too expensive" }));
  },
};

/** Cancel, then change one's mind before the period ends: resume. */
export const CancelThenResume: Story = {
  args: { subscriptionId: subs.active.id },
  play: async ({ canvasElement, loaded }) => {
    const root = await page(canvasElement);
    await click(root, "Cancel subscription");
    const dialog = await dialogNamed(canvasElement, "Cancel your subscription?");
    await userEvent.click(within(dialog).getByRole("radio", { name: "Features I need are missing" }));
    await userEvent.type(within(dialog).getByRole("textbox"), "No team seats.");
    await click(dialog, "Cancel subscription");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your subscription is canceled. You keep access until Apr 14, 2026."));
    await expect(root.querySelector('[data-flag="cancels"]')).toHaveTextContent("Cancels on Apr 14, 2026");
    const stored = () => portal({ loaded }).polar!.subscriptions.find((each) => each.id === subs.active.id)!;
    await expect([stored().customer_cancellation_reason, stored().customer_cancellation_comment]).toEqual(["missing_features", "No team seats."]);
    // The focus is back on the page, and the way back is offered.
    await click(root, "Resume subscription");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your subscription will continue."));
    await expect(root.querySelector('[data-flag="cancels"]')).toBeNull();
    await expect(within(root).getByRole("button", { name: "Cancel subscription" })).toBeVisible();
    await expect(stored().cancel_at_period_end).toBe(false);
  },
};

/** Another interval bills now: Polar's amount first, and the customer's consent before it. */
export const ChangePlanWithConsent: Story = {
  args: { subscriptionId: subs.active.id },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change plan");
    const dialog = await dialogNamed(canvasElement, "Change plan");
    // Plans Polar would refuse are shown with why, and cannot be chosen.
    await expect(within(dialog).getByRole("radio", { name: /Starter \(EUR\)/ })).toBeDisabled();
    await expect(within(dialog).getByText("This plan is not sold in your subscription's currency.")).toBeVisible();
    await userEvent.click(within(dialog).getByRole("radio", { name: /Starter \(yearly\)/ }));
    await waitFor(() => expect(dialog.querySelector('[data-kind="due-now"]')).not.toBeNull());
    await expect(dialog.querySelector('[data-kind="price"]')).toHaveTextContent("$190.00 / year");
    await click(dialog, "Change plan");
    // Not without consent: said, and the box focused.
    await expect(await within(dialog).findByText("Tick the box to agree to the charge first.")).toBeVisible();
    const consent = within(dialog).getByRole("checkbox", { name: "I agree to be charged now for this change." });
    await expect(consent).toHaveFocus();
    await userEvent.click(consent);
    await click(dialog, "Change plan");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your plan has been changed."));
    await expect(within(root).getByRole("heading", { level: 2 })).toHaveTextContent("Starter (yearly)");
  },
};

/** The plan dialog with a same-interval plan chosen: what joins the next invoice, no consent needed. */
export const ChangePlanDialog: Story = {
  args: { subscriptionId: subs.active.id },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change plan");
    const dialog = await dialogNamed(canvasElement, "Change plan");
    await userEvent.click(dialog.querySelector<HTMLInputElement>(`input[value="${products.pro.id}"]`)!);
    await waitFor(() => expect(dialog.querySelector(".pp-subscription-change")).not.toHaveAttribute("data-pending"));
    await expect(dialog.querySelector('[data-kind="price"]')).toHaveTextContent("$49.00 / month");
    await expect(within(dialog).queryByRole("checkbox")).toBeNull();
  },
};

/** A merchant whose changes wait for the next period: said before, scheduled after, with its date. */
export const ChangePlanScheduled: Story = {
  args: { subscriptionId: subs.active.id },
  parameters: polar({ organization: makeOrganization({ proration_behavior: "next_period" }) }),
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change plan");
    const dialog = await dialogNamed(canvasElement, "Change plan");
    await userEvent.click(dialog.querySelector<HTMLInputElement>(`input[value="${products.pro.id}"]`)!);
    await expect(await within(dialog).findByText(/The change takes effect on Apr 14, 2026/)).toBeVisible();
    await click(dialog, "Change plan");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your plan changes on Apr 14, 2026."));
    await expect(root.querySelector('[data-flag="pending_plan"]')).toHaveTextContent("Changes to Pro on Apr 14, 2026");
  },
};

/** The card is declined: nothing changed, said in the dialog and focused, with "Try again". */
export const ChangePlanPaymentFailed: Story = {
  args: { subscriptionId: subs.active.id },
  parameters: polar({ paymentOutcome: "failed" }),
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change plan");
    const dialog = await dialogNamed(canvasElement, "Change plan");
    await userEvent.click(within(dialog).getByRole("radio", { name: /Starter \(yearly\)/ }));
    await userEvent.click(await within(dialog).findByRole("checkbox"));
    await click(dialog, "Change plan");
    const alert = await within(dialog).findByRole("alert");
    await expect(alert).toHaveTextContent("The payment failed, so nothing changed.");
    await waitFor(() => expect(alert).toHaveFocus());
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Seats: + then the price of the change, then saved. */
export const SeatsStepper: Story = {
  args: { subscriptionId: subs.seats.id },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change seats");
    const seats = within(root).getByRole("spinbutton", { name: "Seats" });
    await expect(seats).toHaveValue(5);
    await expect(seats).toHaveAccessibleDescription("From 2 to 20 seats");
    await click(root, "Add a seat");
    await expect(seats).toHaveValue(6);
    await waitFor(() => expect(root.querySelector(".pp-seats-stepper [data-kind='price']")).toHaveTextContent("$72.00 / month"));
    await click(root, "Remove a seat");
    await click(root, "Remove a seat");
    await waitFor(() => expect(root.querySelector(".pp-seats-stepper [data-kind='price']")).toHaveTextContent("$48.00 / month"));
    await click(root, "Add a seat");
    await click(root, "Add a seat");
    // The count is priced once it rests; the change is offered with its price, never before.
    await waitFor(() => expect(root.querySelector(".pp-seats-stepper [data-kind='price']")).toHaveTextContent("$72.00 / month"));
    await click(root, "Update seats");
    await waitFor(() => expect(said(root)).toHaveTextContent("You now have 6 seats."));
    await expect(within(root).getByText("6 seats")).toBeVisible();
  },
};

/** The stepper open, one seat added: the new price and what joins the next invoice, before saving. */
export const SeatsChange: Story = {
  args: { subscriptionId: subs.seats.id },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Change seats");
    await expect(within(root).getByRole("spinbutton", { name: "Seats" })).toHaveFocus();
    await click(root, "Add a seat");
    await waitFor(() => expect(root.querySelector(".pp-seats-stepper .pp-subscription-change")).not.toHaveAttribute("data-pending"));
    await expect(root.querySelector(".pp-seats-stepper [data-kind='price']")).toHaveTextContent("$72.00 / month");
    await expect(root.querySelector(".pp-seats-stepper [data-kind='next-invoice']")).not.toBeNull();
  },
};

/** Fewer seats than are assigned: Polar refuses the preview as it would the change, said before saving. */
export const SeatsAssigned: Story = {
  args: { subscriptionId: subs.seats.id },
  play: async ({ canvasElement, loaded }) => {
    portal({ loaded }).polar!.assignSeats(subs.seats.id, 5);
    const root = await page(canvasElement);
    await click(root, "Change seats");
    await click(root, "Remove a seat");
    await waitFor(() => expect(root.querySelector('.pp-seats-stepper [data-kind="refused"]')).toHaveTextContent("5 seats are assigned to people. Free seats before removing them."));
    await expect(within(root).getByRole("button", { name: "Update seats" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** The cancel dialog in Hebrew: right to left, every reason and the date in the customer's words. */
export const CancelDialogHebrew: Story = {
  args: { subscriptionId: subs.trialing.id },
  globals: { locale: "he-IL" },
  parameters: { messages: he },
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, he.subscriptionCancel as string);
    const dialog = await dialogNamed(canvasElement, he.cancelTitle as string);
    await expect(dialog).toHaveAttribute("dir", "rtl");
    await expect(within(dialog).getAllByRole("radio")).toHaveLength(8);
    await expect(dialog).toHaveAccessibleDescription(/תקופת הניסיון נמשכת עד/);
  },
};

/** A merchant who allows pausing: pause at the period's end (said with its date), then take it back. */
export const PauseThenKeep: Story = {
  args: { subscriptionId: subs.active.id },
  parameters: polar({ organization: pausableOrganization }),
  play: async ({ canvasElement, loaded }) => {
    const root = await page(canvasElement);
    await click(root, "Pause subscription");
    const dialog = await dialogNamed(canvasElement, "Pause your subscription?");
    await expect(dialog).toHaveAccessibleDescription(/It pauses on Apr 14, 2026/);
    await click(dialog, "Pause subscription");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your subscription pauses on Apr 14, 2026."));
    await expect(root.querySelector('[data-flag="pauses"]')).toHaveTextContent("Pauses on Apr 14, 2026");
    await expect(portal({ loaded }).polar!.subscriptions.find((each) => each.id === subs.active.id)!.pause_at_period_end).toBe(true);
    await click(root, "Don't pause");
    await waitFor(() => expect(said(root)).toHaveTextContent("Your subscription will not pause."));
    await expect(root.querySelector('[data-flag="pauses"]')).toBeNull();
  },
};

/** Cancelled meanwhile elsewhere (another tab, the merchant): Polar's 403, said in the dialog. */
export const CancelRefused: Story = {
  args: { subscriptionId: subs.active.id },
  parameters: polar({
    fail: [{ failure: { status: 403, body: { error: "AlreadyCanceledSubscription", detail: "This subscription is already canceled or will be at the end of the period." } }, options: { method: "PATCH" } }],
  }),
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Cancel subscription");
    const dialog = await dialogNamed(canvasElement, "Cancel your subscription?");
    await click(dialog, "Cancel subscription");
    const alert = await within(dialog).findByRole("alert");
    await expect(alert).toHaveTextContent("This subscription is already canceled or ends with this period.");
    await expect(alert).not.toHaveTextContent(/will be at the end/);
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

/** The period ended while the page was open: Polar's 410 on a resume, said on the page. */
export const ResumeAfterEnd: Story = {
  args: { subscriptionId: subs.canceling.id },
  parameters: polar({ fail: [{ failure: { status: 410, body: { error: "ResourceUnavailable", detail: "Resource is unavailable." } }, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement }) => {
    const root = await page(canvasElement);
    await click(root, "Resume subscription");
    const alert = await within(root).findByRole("alert");
    await expect(alert).toHaveTextContent("This subscription has ended. Subscribe again to get access back.");
    await waitFor(() => expect(alert).toHaveFocus());
  },
};
