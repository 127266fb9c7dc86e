import { QueryClient } from "@tanstack/react-query";
import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CustomerPortal, ordersSection, PortalProvider, subscriptionsSection, type PortalLocation } from "../src";
import ar from "../src/locales/ar";
import { manyOrders, subscriptionFixtures } from "../src/testing";
import type { MockMemberRole } from "../src/testing/msw";
import { polar, portal, ready } from "./support";

const SUBSCRIPTIONS = [subscriptionFixtures.active, subscriptionFixtures.pastDue, subscriptionFixtures.canceling, subscriptionFixtures.canceled];
const BOTH = [subscriptionsSection(), ordersSection()];
/** The customer's subscriptions in each phase, and a page of orders. */
const account = polar({ subscriptions: SUBSCRIPTIONS, orders: manyOrders(12) });
const LOADED = { timeout: 5_000 };

/**
 * The story's portal signed in as a member of a team customer with `role` (a `polar_mst_`
 * session the mock minted), in the story's locale and words.
 */
function asMember(role: MockMemberRole): Decorator {
  function Member({ children, context }: { children: React.ReactNode; context: Parameters<Decorator>[1] }) {
    const { polar: mock, server } = portal(context);
    const [session] = useState(() => mock!.createSession({ role }));
    const [queryClient] = useState(() => new QueryClient());
    return (
      <PortalProvider
        token={session.token}
        server={server}
        queryClient={queryClient}
        locale={String(context.globals.locale ?? "en-US")}
        timeZone="UTC"
        messages={context.parameters.messages}
      >
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

/**
 * The portal once the open section has loaded what it shows, and its tabs are all there (a
 * billing section's tab joins them once the session is known not to be a plain member's).
 */
async function shown(canvasElement: HTMLElement, selector: string, tabs = 2) {
  const root = await ready(canvasElement, selector);
  await waitFor(() => expect(root).not.toHaveAttribute("data-pending"), LOADED);
  if (tabs > 1) await waitFor(() => expect(canvasElement.querySelectorAll(".pp-portal__tab")).toHaveLength(tabs), LOADED);
  return root;
}

/**
 * `<CustomerPortal sections>`: the sections the merchant chooses, in its order, with tabs between
 * them (or the router's links); billing sections hidden from a plain member of a team.
 */
const meta = {
  title: "Components/CustomerPortal/Sections",
  component: CustomerPortal,
  args: { sections: BOTH },
  parameters: account,
} satisfies Meta<typeof CustomerPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Subscriptions beside orders: the subscriptions first, the orders one tab away. */
export const SubscriptionsAndOrders: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscriptions-list");
    const canvas = within(canvasElement);
    const tablist = canvas.getByRole("tablist", { name: "Your account" });
    await expect(within(tablist).getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Subscriptions", "Orders"]);
    await expect(canvas.getByRole("tab", { name: "Subscriptions" })).toHaveAttribute("aria-selected", "true");
    await expect(canvas.getByRole("tabpanel", { name: "Subscriptions" })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 2, name: "Your subscriptions" })).toBeVisible();
  },
};

/** The orders tab, opened from the keyboard: the arrow key moves to it, Enter opens it. */
export const OrdersTab: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscriptions-list");
    const canvas = within(canvasElement);
    canvas.getByRole("tab", { name: "Subscriptions" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Orders" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(await canvas.findByRole("table", { name: /^\d+ orders$/ }, LOADED)).toBeVisible();
    await shown(canvasElement, ".pp-orders-table");
    await expect(canvas.getByRole("tabpanel", { name: "Orders" })).toBeVisible();
  },
};

/** A subscription opened from the list, with the way back. */
export const SubscriptionOpen: Story = {
  args: { defaultView: subscriptionFixtures.active.id },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscription-detail");
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: subscriptionFixtures.active.product.name })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Back to subscriptions" })).toBeVisible();
  },
};

/** The orders alone (the default): no navigation, the orders page as before. */
export const OrdersOnly: Story = {
  args: { sections: [ordersSection()] },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-orders-table", 0);
    await expect(within(canvasElement).queryByRole("tablist")).toBeNull();
    await expect(within(canvasElement).getByRole("heading", { level: 2, name: "Your orders" })).toBeVisible();
  },
};

/**
 * A plain member of a team customer: Polar refuses them billing features, so the orders are not
 * there, and nothing asks Polar for them.
 */
export const MemberWithoutOrders: Story = {
  decorators: [asMember("member")],
  play: async ({ canvasElement, loaded }) => {
    await shown(canvasElement, ".pp-subscriptions-list", 1);
    const mock = portal({ loaded }).polar!;
    await waitFor(() => expect(mock.requests.some((request) => request.path.endsWith("/v1/customer-portal/customer-session/user"))).toBe(true));
    await expect(within(canvasElement).getByRole("tablist").textContent).toBe("Subscriptions");
    await expect(mock.requests.filter((request) => request.path.includes("/v1/customer-portal/orders"))).toEqual([]);
  },
};

/** The same member on a portal of the orders alone: why there is nothing to see. */
export const MemberOrdersOnly: Story = {
  args: { sections: [ordersSection()] },
  decorators: [asMember("member")],
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Only your team's owners and billing managers can see this.", undefined, LOADED)).toBeVisible();
    await expect(portal({ loaded }).polar!.requests.filter((request) => request.path.includes("/v1/customer-portal/orders"))).toEqual([]);
  },
};

/** The merchant's router owns the URL: the sections are links, the current one marked. */
export const RouterLinks: Story = {
  args: {
    section: "orders",
    view: null,
    getHref: ({ section, view }: PortalLocation) => `/account/${section}${view ? `/${view}` : ""}`,
    onNavigate: () => {},
  },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-orders-table");
    const nav = within(within(canvasElement).getByRole("navigation", { name: "Your account" }));
    await expect(nav.getByRole("link", { name: "Orders" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Subscriptions" })).toHaveAttribute("href", "/account/subscriptions");
  },
};

/** Arabic: right to left, the tabs from the right, the arrow keys mirrored. */
export const RightToLeft: Story = {
  globals: { locale: "ar-EG" },
  parameters: { ...account, messages: ar },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscriptions-list");
    const portalRoot = canvasElement.querySelector<HTMLElement>(".pp-portal")!;
    await expect(portalRoot).toHaveAttribute("dir", "rtl");
    const [first, second] = within(canvasElement).getAllByRole("tab");
    // The first tab is the rightmost, and the left arrow goes on to the next.
    await expect(first!.getBoundingClientRect().left).toBeGreaterThan(second!.getBoundingClientRect().left);
    first!.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(second).toHaveFocus();
  },
};

/** A phone: the tabs and the list within the screen. */
export const Phone: Story = {
  parameters: { ...account, portalWidth: 320 },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscriptions-list");
    const portalRoot = canvasElement.querySelector<HTMLElement>(".pp-portal")!;
    await expect(portalRoot.scrollWidth).toBeLessThanOrEqual(320);
    await expect(canvasElement.querySelector<HTMLElement>(".pp-portal__tabs")!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, ".pp-subscriptions-list");
  },
};
