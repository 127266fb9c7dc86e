import type { Meta, StoryObj } from "@storybook/react-vite";
import { useId } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { BillingAddressForm, OrderDetail } from "../src";
import { fixtures } from "../src/testing";
import ar from "../src/locales/ar";
import { AFTER_RETRIES, polar, portal, ready } from "./support";

interface PortalPageProps {
  orderId: string;
  /** The page's own heading, as the merchant's app would word it. */
  title?: string;
  billingTitle?: string;
}

/**
 * A merchant's order page built from the kit: the order on one side, the billing form on the
 * other. Both read the same cached order, so a save in the form shows in the order at once.
 */
function PortalPage({ orderId, title = "Your order", billingTitle = "Update billing details" }: PortalPageProps) {
  const billingHeading = useId();
  return (
    <main>
      <h1 style={{ marginBlock: "0 1.5rem", fontSize: "1.5rem" }}>{title}</h1>
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 24rem), 1fr))",
          gap: "1.5rem",
          alignItems: "start",
        }}
      >
        <OrderDetail orderId={orderId} editableBilling={false} />
        <section aria-labelledby={billingHeading}>
          <h2 id={billingHeading} style={{ marginBlock: "0 1rem", fontSize: "1.125rem" }}>
            {billingTitle}
          </h2>
          <BillingAddressForm orderId={orderId} />
        </section>
      </div>
    </main>
  );
}

const meta = {
  title: "Portal page",
  component: PortalPage,
  args: { orderId: fixtures.paid.id },
  // With STORYBOOK_POLAR_TOKEN (and _ORDER_ID, _SERVER) set for `npm start`, this page talks to
  // that Polar instead of the mock.
  parameters: polar({ live: true }),
  render: (args, context) => <PortalPage {...args} orderId={portal(context).liveOrderId ?? args.orderId} />,
} satisfies Meta<typeof PortalPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const orderName = (canvasElement: HTMLElement) => canvasElement.querySelector(".pp-order-detail__billing-name");

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await ready(canvasElement, ".pp-order-detail");
    await ready(canvasElement, ".pp-billing-form");
    await expect(canvas.getByRole("heading", { level: 1, name: "Your order" })).toBeVisible();
    await expect(orderName(canvasElement)).toHaveTextContent("Ada Lovelace");
  },
};

/**
 * Save in the form: the order beside it shows the new details while Polar's answer is still on
 * its way (held until the play function lets it through), and keeps them once Polar agrees.
 */
export const SaveShowsInOrderAtOnce: Story = {
  parameters: polar({ hold: "PATCH" }),
  play: async ({ canvasElement, loaded }) => {
    const { gates, polar: mock } = portal({ loaded });
    const form = within(await ready(canvasElement, ".pp-billing-form"));
    await ready(canvasElement, ".pp-order-detail");
    const name = form.getByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Augusta Ada King");
    await userEvent.type(form.getByLabelText("Address line 2 (optional)"), "Suite 5");
    await userEvent.click(form.getByRole("button", { name: "Save billing details" }));

    await waitFor(() => expect(orderName(canvasElement)).toHaveTextContent("Augusta Ada King"));
    await expect(within(canvasElement.querySelector<HTMLElement>(".pp-order-detail")!).getByText("Suite 5")).toBeVisible();
    await expect(mock?.getOrder(fixtures.paid.id)?.billing_name).toBe("Ada Lovelace");

    gates[0]!.release();
    await expect(await form.findByText("Billing details saved.")).toBeVisible();
    await expect(orderName(canvasElement)).toHaveTextContent("Augusta Ada King");
    await expect(mock?.getOrder(fixtures.paid.id)?.billing_address?.line2).toBe("Suite 5");
  },
};

/** Polar refuses the save: the order beside the form goes back to what Polar has. */
export const FailedSaveRolledBack: Story = {
  parameters: polar({ hold: "PATCH", fail: [{ failure: 503, options: { method: "PATCH" } }] }),
  play: async ({ canvasElement, loaded }) => {
    const { gates } = portal({ loaded });
    const form = within(await ready(canvasElement, ".pp-billing-form"));
    await ready(canvasElement, ".pp-order-detail");
    const name = form.getByLabelText("Billing name");
    await userEvent.clear(name);
    await userEvent.type(name, "Augusta Ada King");
    await userEvent.click(form.getByRole("button", { name: "Save billing details" }));
    await waitFor(() => expect(orderName(canvasElement)).toHaveTextContent("Augusta Ada King"));

    gates[0]!.release();
    await expect(await form.findByRole("alert")).toHaveTextContent("Something went wrong on our side. Please try again.");
    await waitFor(() => expect(orderName(canvasElement)).toHaveTextContent("Ada Lovelace"));
    await expect(name).toHaveValue("Augusta Ada King");
  },
};

/** Polar is down for the first load and its retries; one "Try again" brings back the whole page. */
export const RetryAfterError: Story = {
  parameters: polar({ fail: [{ failure: 502, options: { times: 4 } }] }),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("alert")).toHaveLength(2), AFTER_RETRIES);
    // Both parts share one query: one request per attempt, not one per component.
    await expect(portal({ loaded }).polar?.requests).toHaveLength(4);
    await userEvent.click(canvas.getAllByRole("button", { name: "Try again" })[0]!);
    await ready(canvasElement, ".pp-order-detail");
    await ready(canvasElement, ".pp-billing-form");
    await expect(canvas.queryByRole("alert")).toBeNull();
  },
};

export const Loading: Story = {
  parameters: polar({ hold: "GET" }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[aria-busy="true"]')).toHaveLength(2));
    await expect(within(canvasElement).getAllByRole("status")[0]).toHaveTextContent("Loading…");
  },
};

export const SubscriptionInDunning: Story = {
  args: { orderId: fixtures.dunning.id },
};

export const NoBillingDetailsYet: Story = {
  args: { orderId: fixtures.noBilling.id },
};

export const Mobile: Story = {
  args: { orderId: fixtures.subscriptionCanceling.id },
  parameters: { portalWidth: 360 },
};

export const Dark: Story = {
  args: { orderId: fixtures.discounted.id },
  globals: { theme: "dark" },
};

export const RightToLeft: Story = {
  args: { orderId: fixtures.balanceCredit.id, title: "طلبك", billingTitle: "تحديث بيانات الفوترة" },
  globals: { locale: "ar-EG" },
  parameters: { messages: ar },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, ".pp-order-detail");
    await expect(within(canvasElement).getByRole("heading", { level: 1, name: "طلبك" })).toBeVisible();
  },
};
