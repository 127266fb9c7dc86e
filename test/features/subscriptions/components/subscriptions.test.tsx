import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SeatsStepper, SubscriptionDetail, SubscriptionsList } from "../../../../src/features/subscriptions";
import { parseSubscription } from "../../../../src/features/subscriptions/schema/parse";
import { makeOrganization, subscriptionFixtures as subs } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal, standInDialogsForFile } from "../../../support";

const { mock } = mockPolarForFile();
const patches = () => mock.requests.filter((request) => request.method === "PATCH").map((request) => request.body);
const stored = (id: string) => mock.subscriptions.find((subscription) => subscription.id === id)!;

standInDialogsForFile();

describe("<SubscriptionsList>", () => {
  it("puts a past-due subscription under what needs attention, never with the ended ones", async () => {
    renderInPortal(<SubscriptionsList defaultParams={{ limit: 20 }} />);
    const attention = await screen.findByRole("table", { name: "Needs your attention" });
    expect(within(attention).getByText("Payment overdue")).toBeInTheDocument();
    const ended = screen.getByRole("table", { name: "Ended" });
    expect(within(ended).queryByText("Payment overdue")).toBeNull();
    // Every flag in words, with its date.
    const current = screen.getByRole("table", { name: "Current" });
    expect(within(current).getByText("Cancels on Apr 14, 2026")).toBeInTheDocument();
    expect(within(current).getByText("$45.00 every 3 months")).toBeInTheDocument();
  });

  it("opens a subscription through the merchant's callback", async () => {
    const opened: string[] = [];
    const { user } = renderInPortal(<SubscriptionsList onOpenSubscription={(subscription) => opened.push(subscription.id)} defaultParams={{ limit: 20 }} />);
    const current = await screen.findByRole("table", { name: "Current" });
    await user.click(within(current).getAllByRole("button")[0]!);
    expect(opened).toHaveLength(1);
  });
});

describe("<SubscriptionDetail>", () => {
  it("cancels with Polar's reason and the comment, then takes the cancel back", async () => {
    const { user } = renderInPortal(<SubscriptionDetail subscriptionId={subs.active.id} invoices={false} />);
    await user.click(await screen.findByRole("button", { name: "Cancel subscription" }));
    const dialog = screen.getByRole("dialog", { name: "Cancel your subscription?" });
    expect(dialog).toHaveTextContent("You keep access until Apr 14, 2026");
    await user.click(within(dialog).getByRole("radio", { name: "I don't use it enough" }));
    await user.type(within(dialog).getByRole("textbox"), "  Busy year.  ");
    await user.click(within(dialog).getByRole("button", { name: "Cancel subscription" }));
    await waitFor(() => expect(document.querySelector(".pp-subscription-detail__status")).toHaveTextContent("You keep access until Apr 14, 2026."));
    expect(patches()).toEqual([{ cancel_at_period_end: true, cancellation_reason: "unused", cancellation_comment: "Busy year." }]);

    await user.click(screen.getByRole("button", { name: "Resume subscription" }));
    await waitFor(() => expect(document.querySelector(".pp-subscription-detail__status")).toHaveTextContent("Your subscription will continue."));
    expect(stored(subs.active.id).cancel_at_period_end).toBe(false);
  });

  it("says a refusal, moves the focus to it, and shows Polar's truth again", async () => {
    mock.failNext({ status: 409, body: { error: "PaymentMethodRequired", detail: "Add a payment method before uncancelling this subscription." } }, { method: "PATCH" });
    const { user } = renderInPortal(<SubscriptionDetail subscriptionId={subs.canceling.id} invoices={false} />);
    await user.click(await screen.findByRole("button", { name: "Resume subscription" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Add a payment method to your account first, then try again.");
    await waitFor(() => expect(alert).toHaveFocus());
    expect(document.querySelector('[data-flag="cancels"]')).toHaveTextContent("Cancels on Apr 14, 2026");
    expect(alert).not.toHaveTextContent(/uncancelling/);
  });

  it("offers only what the merchant allows: no plan or seat change, no pause, but always the cancel", async () => {
    const organization = makeOrganization({
      customer_portal_settings: { usage: { show: true }, subscription: { update_seats: false, update_plan: false, pause: false }, customer: { allow_email_change: false } },
    });
    // Read as the client reads Polar's answer (the fixtures' organization type has no index signature).
    const subscription = parseSubscription({ ...subs.seats, product: { ...subs.seats.product, organization } });
    renderInPortal(<SubscriptionDetail subscription={subscription} invoices={false} />);
    const actions = await screen.findByRole("group", { name: "Manage subscription" });
    expect(within(actions).getAllByRole("button").map((button) => button.textContent)).toEqual(["Cancel subscription"]);
  });

  it("clears a scheduled change at once, and says so", async () => {
    const { user } = renderInPortal(<SubscriptionDetail subscriptionId={subs.pendingSeatChange.id} invoices={false} />);
    await user.click(await screen.findByRole("button", { name: "Cancel scheduled change" }));
    await waitFor(() => expect(document.querySelector('[data-flag="pending_seats"]')).toBeNull());
    expect(patches()).toEqual([{ pending_update: null }]);
    await waitFor(() => expect(document.querySelector(".pp-subscription-detail__status")).toHaveTextContent("The scheduled change was canceled."));
  });
});

describe("<SeatsStepper>", () => {
  it("keeps to Polar's minimum and maximum, names its buttons, and prices the change before saving", async () => {
    const { user } = renderInPortal(<SeatsStepper subscription={parseSubscription({ ...subs.seats, seats: 2 })} />);
    const less = await screen.findByRole("button", { name: "Remove a seat" });
    expect(less).toHaveAttribute("aria-disabled", "true");
    await user.click(less);
    expect(screen.getByRole("spinbutton", { name: "Seats" })).toHaveValue(2);
    expect(screen.getByRole("button", { name: "Update seats" })).toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: "Add a seat" }));
    await waitFor(() => expect(document.querySelector('[data-kind="price"]')).toHaveTextContent("$36.00 / month"));
    await user.click(screen.getByRole("button", { name: "Update seats" }));
    await waitFor(() => expect(patches()).toEqual([{ seats: 3 }]));
  });

  it("prices the count the customer stops at, once, not each count clicked past", async () => {
    const { user } = renderInPortal(<SeatsStepper subscription={parseSubscription({ ...subs.seats, seats: 2 })} />);
    const more = await screen.findByRole("button", { name: "Add a seat" });
    const pricings = () => mock.requests.filter((request) => request.method === "POST" && request.path.endsWith("/change-preview")).map((request) => request.body);
    mock.clearRequests();
    await user.click(more);
    await user.click(more);
    await user.click(more);
    expect(screen.getByRole("spinbutton", { name: "Seats" })).toHaveValue(5);
    await waitFor(() => expect(document.querySelector('[data-kind="price"]')).toHaveTextContent("$60.00 / month"));
    expect(pricings()).toEqual([{ seats: 5 }]);
  });
});
