// The billing section beside the subscriptions and the orders: its tab, what it shows (a failed
// payment, the saved cards, the billing details), the router's links, the failed renewal above the
// subscriptions, and a plain member of a team, who sees none of it and never asks Polar for it.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { billingSection, CustomerPortal, ordersSection, subscriptionsSection, type PortalLocation } from "../../src";
import { failedPaymentFixtures, manyOrders, paymentMethodFixtures as cards, subscriptionFixtures } from "../../src/testing";
import { MOCK_NOW } from "../../src/testing/msw";
import { mockPolarForFile, renderInPortal, standInDialogsForFile } from "../support";

const FAILED = failedPaymentFixtures.order;
const { mock } = mockPolarForFile({
  orders: [FAILED, ...manyOrders(3)],
  subscriptions: [subscriptionFixtures.active, failedPaymentFixtures.subscription],
  paymentMethods: [cards.visa, cards.mastercard],
});
const now = new Date(MOCK_NOW);

standInDialogsForFile();
const SECTIONS = [subscriptionsSection(), ordersSection(), billingSection({ now })];
const BILLING_PATHS = ["/v1/customer-portal/customers/me", "/v1/customer-portal/orders"];
const billingAsked = () => mock.requests.filter((request) => BILLING_PATHS.some((path) => request.path.startsWith(path)));

describe("<CustomerPortal sections={[subscriptionsSection(), ordersSection(), billingSection()]}>", () => {
  it("shows three tabs, and the billing one with the failed payment, the saved cards and the billing details", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} />);
    const tablist = await screen.findByRole("tablist", { name: "Your account" });
    await waitFor(() => expect(within(tablist).getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Subscriptions", "Orders", "Billing"]));
    await user.click(within(tablist).getByRole("tab", { name: "Billing" }));

    const panel = screen.getByRole("tabpanel", { name: "Billing" });
    expect(within(panel).getByRole("heading", { level: 2, name: "Billing" })).toBeInTheDocument();
    // The failed payment first, under a heading one level down.
    const failed = await within(panel).findByRole("heading", { level: 3, name: "Your payment failed" });
    expect(failed.closest(".pp-failed-payment")).toHaveTextContent("We could not charge $52.92 for Pro.");
    const cardsPart = within(panel).getByRole("region", { name: "Payment methods" });
    const list = await within(cardsPart).findByRole("list", { name: "Saved payment methods" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(/Visa ending in 4242.*Default/);
    expect(within(cardsPart).getByRole("button", { name: "Add a card" })).toBeInTheDocument();
    const details = within(panel).getByRole("region", { name: "Billing details" });
    const form = await within(details).findByRole("form", { name: "Billing details" });
    expect(within(form).getByLabelText("Billing name")).toHaveValue("Analytical Engines GmbH");
    // The headings in the order a screen reader lists them.
    const order = [...panel.querySelectorAll("h2, h3")].map((heading) => heading.textContent);
    expect(order).toEqual(["Billing", "Your payment failed", "Payment methods", "Billing details"]);
  });

  it("makes a card the default and pays the failed renewal from the billing section", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} defaultSection="billing" />);
    const list = await screen.findByRole("list", { name: "Saved payment methods" });
    const mastercard = within(list).getAllByRole("listitem")[1]!;
    await user.click(within(mastercard).getByRole("button", { name: "Make default" }));
    expect(await screen.findByText("Mastercard ending in 4444 is now your default payment method.")).toBeInTheDocument();
    expect(mock.customer.default_payment_method_id).toBe(cards.mastercard.id);

    await user.click(screen.getByRole("button", { name: "Pay now" }));
    const dialog = await screen.findByRole("dialog", { name: "Pay $52.92 now" });
    // The new default is the card chosen.
    expect(await within(dialog).findByRole("radio", { name: /Mastercard ending in 4444/ })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Pay $52.92" }));
    await waitFor(() => expect(dialog).toHaveAttribute("data-state", "succeeded"), { timeout: 5000 });
    expect(within(dialog).getByRole("status")).toHaveTextContent("Payment received. Thank you!");
  });

  it("shows the failed renewal above the subscriptions, with Pay now, when the portal has a billing section", async () => {
    const { user } = renderInPortal(<CustomerPortal sections={SECTIONS} />);
    const title = await screen.findByRole("heading", { level: 2, name: "Your subscriptions" });
    const banner = await screen.findByRole("heading", { level: 3, name: "Your payment failed" });
    // Between the title and the list.
    expect(title.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Pay now" }));
    expect(await screen.findByRole("dialog", { name: "Pay $52.92 now" })).toBeInTheDocument();
  });

  it("shows no failed payment above the subscriptions, and asks for no order, without a billing section", async () => {
    renderInPortal(<CustomerPortal sections={[subscriptionsSection(), ordersSection()]} />);
    await screen.findByRole("heading", { level: 2, name: "Your subscriptions" });
    await waitFor(() => expect(document.querySelector(`[data-subscription-id="${failedPaymentFixtures.subscription.id}"]`)).not.toBeNull());
    expect(screen.queryByText("Your payment failed")).toBeNull();
    expect(billingAsked()).toEqual([]);
  });

  it("links the billing section to the router's URL and follows a plain click in the page", async () => {
    const onNavigate = vi.fn();
    const href = ({ section, view }: PortalLocation) => `/account/${section}${view ? `/${view}` : ""}`;
    const { user, rerender } = renderInPortal(<CustomerPortal sections={SECTIONS} section="orders" getHref={href} onNavigate={onNavigate} />);
    const nav = await screen.findByRole("navigation", { name: "Your account" });
    await waitFor(() => expect(within(nav).getAllByRole("link")).toHaveLength(3));
    const billing = within(nav).getByRole("link", { name: "Billing" });
    expect(billing).toHaveAttribute("href", "/account/billing");
    await user.click(billing);
    expect(onNavigate).toHaveBeenLastCalledWith({ section: "billing", view: null });
    rerender(<CustomerPortal sections={SECTIONS} section="billing" getHref={href} onNavigate={onNavigate} />);
    expect(within(nav).getByRole("link", { name: "Billing" })).toHaveAttribute("aria-current", "page");
    expect(await screen.findByRole("list", { name: "Saved payment methods" })).toBeInTheDocument();
  });
});

describe("the billing section for a member of a team (Polar's UnionBilling: owners and billing managers only)", () => {
  it("hides billing and orders from a plain member, who sees the subscriptions without the failed payment, and asks Polar for none of it", async () => {
    const { token } = mock.createSession({ role: "member" });
    renderInPortal(<CustomerPortal sections={SECTIONS} />, { token });
    await waitFor(() => expect(mock.requests.some((request) => request.path === "/v1/customer-portal/customer-session/user")).toBe(true));
    await waitFor(() => expect(document.querySelector(`[data-subscription-id="${failedPaymentFixtures.subscription.id}"]`)).not.toBeNull());
    expect(screen.queryByRole("tab", { name: "Billing" })).toBeNull();
    expect(screen.queryByRole("tablist")?.textContent).toBe("Subscriptions");
    expect(screen.queryByText("Your payment failed")).toBeNull();
    expect(billingAsked()).toEqual([]);
  });

  it("tells a plain member sent to billing by the router why it shows nothing", async () => {
    const { token } = mock.createSession({ role: "member" });
    renderInPortal(<CustomerPortal sections={SECTIONS} section="billing" getHref={({ section }) => `/${section}`} />, { token });
    expect(await screen.findByText("Only your team's owners and billing managers can see this.")).toBeInTheDocument();
    expect(billingAsked()).toEqual([]);
  });

  it.each(["owner", "billing_manager"] as const)("shows billing to the team's %s", async (role) => {
    const { token } = mock.createSession({ role });
    renderInPortal(<CustomerPortal sections={SECTIONS} defaultSection="billing" />, { token });
    expect(await screen.findByRole("list", { name: "Saved payment methods" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Billing" })).toHaveAttribute("aria-selected", "true");
  });
});
