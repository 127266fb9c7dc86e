import { QueryClient } from "@tanstack/react-query";
import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { billingSection, CustomerPortal, ordersSection, PortalProvider, subscriptionsSection, type PortalLocation } from "../src";
import ar from "../src/locales/ar";
import { failedPaymentFixtures, manyOrders, paymentMethodFixtures as cards, subscriptionFixtures } from "../src/testing";
import { MOCK_NOW, type MockMemberRole } from "../src/testing/msw";
import { polar, portal, ready } from "./support";

// Cards' expiry is judged at the mock's clock, so "Expires soon" and "Expired" stay as drawn.
const SECTIONS = [subscriptionsSection(), ordersSection(), billingSection({ now: new Date(MOCK_NOW) })];
/** A past-due subscription and its failed renewal, an active one, a page of orders, four saved cards. */
const account = polar({
  subscriptions: [subscriptionFixtures.active, failedPaymentFixtures.subscription],
  orders: [failedPaymentFixtures.order, ...manyOrders(6)],
  paymentMethods: [cards.visa, cards.mastercard, cards.expiringSoon, cards.expired],
});
const LOADED = { timeout: 5_000 };
// Each story names its mock's settings: the storybook and visual projects did not apply them from `meta.parameters`.

/** The story's portal signed in as a member of a team customer with `role`. */
function asMember(role: MockMemberRole): Decorator {
  function Member({ children, context }: { children: React.ReactNode; context: Parameters<Decorator>[1] }) {
    const { polar: mock, server } = portal(context);
    const [session] = useState(() => mock!.createSession({ role }));
    const [queryClient] = useState(() => new QueryClient());
    return (
      <PortalProvider token={session.token} server={server} queryClient={queryClient} locale={String(context.globals.locale ?? "en-US")} timeZone="UTC">
        {children}
      </PortalProvider>
    );
  }
  return (Story, context) => (
    <Member context={context}>
      <Story />
    </Member>
  );
}

/** The billing section once its three parts have loaded, and its tabs are all there. */
async function billingShown(canvasElement: HTMLElement, tabs = 3) {
  for (const part of [".pp-failed-payment", ".pp-payment-methods", ".pp-billing-details"]) {
    const root = await ready(canvasElement, part);
    await waitFor(() => expect(root).not.toHaveAttribute("data-pending"), LOADED);
  }
  await waitFor(() => expect(canvasElement.querySelectorAll(".pp-portal__tab")).toHaveLength(tabs), LOADED);
  return canvasElement.querySelector<HTMLElement>(".pp-portal")!;
}

/**
 * `billingSection()` beside the subscriptions and the orders: a failed payment first ("Pay now"),
 * the saved cards (add, make default, remove), the billing details for future orders; the failed
 * renewal above the subscriptions too; hidden from a plain member of a team.
 */
const meta = {
  title: "Components/CustomerPortal/Billing",
  component: CustomerPortal,
  args: { sections: SECTIONS, defaultSection: "billing" },
} satisfies Meta<typeof CustomerPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The billing tab: the failed renewal, the saved cards, the billing details. */
export const Billing: Story = {
  parameters: account,
  play: async ({ canvasElement }) => {
    await billingShown(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("tab", { name: "Billing" })).toHaveAttribute("aria-selected", "true");
    const panel = within(canvas.getByRole("tabpanel", { name: "Billing" }));
    await expect(panel.getByRole("heading", { level: 2, name: "Billing" })).toBeVisible();
    await expect(panel.getByRole("heading", { level: 3, name: "Your payment failed" })).toBeVisible();
    await expect(panel.getByRole("region", { name: "Payment methods" })).toBeVisible();
    await expect(within(panel.getByRole("list", { name: "Saved payment methods" })).getAllByRole("listitem")).toHaveLength(4);
    await expect(panel.getByRole("form", { name: "Billing details" })).toBeVisible();
  },
};

/** "Pay now" from the billing tab: the saved cards to pay with, the default chosen. */
export const PayNow: Story = {
  parameters: account,
  play: async ({ canvasElement }) => {
    await billingShown(canvasElement);
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Pay now" }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole("dialog", { name: "Pay $52.92 now" });
    await expect(await within(dialog).findByRole("radio", { name: /Visa ending in 4242/ })).toBeChecked();
  },
};

/** The subscriptions tab: the past-due one in the list, its failed renewal above it with "Pay now". */
export const SubscriptionsWithFailedPayment: Story = {
  parameters: account,
  args: { defaultSection: "subscriptions" },
  play: async ({ canvasElement }) => {
    await ready(canvasElement, ".pp-subscriptions-list");
    const banner = await ready(canvasElement, ".pp-failed-payment");
    await waitFor(() => expect(canvasElement.querySelectorAll(".pp-portal__tab")).toHaveLength(3), LOADED);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Your subscriptions" })).toBeVisible();
    await expect(within(banner).getByRole("button", { name: "Pay now" })).toBeVisible();
  },
};

/** A plain member of a team: no billing, no orders, no failed payment over the subscriptions, nothing asked of Polar. */
export const MemberWithoutBilling: Story = {
  parameters: account,
  args: { defaultSection: undefined },
  decorators: [asMember("member")],
  play: async ({ canvasElement, loaded }) => {
    await ready(canvasElement, ".pp-subscriptions-list");
    const mock = portal({ loaded }).polar!;
    await waitFor(() => expect(mock.requests.some((request) => request.path.endsWith("/v1/customer-portal/customer-session/user"))).toBe(true));
    await expect(within(canvasElement).getByRole("tablist").textContent).toBe("Subscriptions");
    await expect(canvasElement.querySelector(".pp-failed-payment")).toBeNull();
    const billing = ["/v1/customer-portal/orders", "/v1/customer-portal/customers/me"];
    await expect(mock.requests.filter((request) => billing.some((path) => request.path.includes(path)))).toEqual([]);
  },
};

/** The merchant's router owns the URL: the billing section is /account/billing. */
export const RouterLinks: Story = {
  parameters: account,
  args: {
    section: "billing",
    view: null,
    getHref: ({ section, view }: PortalLocation) => `/account/${section}${view ? `/${view}` : ""}`,
    onNavigate: () => {},
  },
  play: async ({ canvasElement }) => {
    await billingShown(canvasElement);
    const nav = within(within(canvasElement).getByRole("navigation", { name: "Your account" }));
    await expect(nav.getByRole("link", { name: "Billing" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Billing" })).toHaveAttribute("href", "/account/billing");
  },
};

/** Arabic: right to left, every part's words in Arabic. */
export const RightToLeft: Story = {
  globals: { locale: "ar-EG" },
  parameters: { ...account, messages: ar },
  play: async ({ canvasElement }) => {
    const root = await billingShown(canvasElement);
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(within(canvasElement).getByRole("tab", { name: "الفوترة" })).toHaveAttribute("aria-selected", "true");
  },
};

/** A phone: the banner, the cards and the form within the screen. */
export const Phone: Story = {
  parameters: { ...account, pageWidth: 320 },
  play: async ({ canvasElement }) => {
    const root = await billingShown(canvasElement);
    await expect(root.scrollWidth).toBeLessThanOrEqual(320);
    // Nothing reaches past the screen's edge (a country list's longest name, a card's actions).
    const edge = root.getBoundingClientRect().right + 1;
    await expect([...root.querySelectorAll("*")].filter((element) => element.getBoundingClientRect().right > edge)).toEqual([]);
  },
};

export const Dark: Story = {
  parameters: account,
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await billingShown(canvasElement);
  },
};
