import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OrderDetail, OrderDocuments, OrderItemsTable, OrdersTable } from "../../../../src";
import de from "../../../../src/locales/de";
import { fixtures, otherCustomerOrder } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock } = mockPolarForFile();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("an order component's error note offers a way forward the merchant wired", () => {
  it("offers to sign in again when the session is over, and loads the order once the sign-in settles", async () => {
    mock.expireSession();
    // The merchant's sign-in: here the session is good again once it resolves.
    const onSignIn = vi.fn(async () => mock.reset());
    const { user } = renderInPortal(<OrderDetail orderId={fixtures.paid.id} onSignIn={onSignIn} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your session has expired");
    // Retrying without a new session is no way forward: only signing in is offered.
    expect(within(alert).getAllByRole("button").map((button) => button.textContent)).toEqual(["Sign in again"]);
    await user.click(within(alert).getByRole("button", { name: "Sign in again" }));
    expect(onSignIn).toHaveBeenCalledOnce();
    expect(await screen.findByRole("heading", { name: "Pro Plan" })).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("offers nothing more than the sentence when the merchant wired no sign-in", async () => {
    mock.expireSession();
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} onBack={vi.fn()} />);
    const alert = await screen.findByRole("alert");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    expect(within(alert).queryByRole("link")).not.toBeInTheDocument();
  });

  it("leads back to the orders from an order that is not there, as a link or a button", async () => {
    renderInPortal(<OrderDetail orderId={otherCustomerOrder.id} backHref="/account/orders" onSignIn={vi.fn()} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We could not find this order.");
    expect(within(alert).getByRole("link", { name: "Back to your orders" })).toHaveAttribute("href", "/account/orders");
    // Signing in again would not find it either.
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    cleanup();

    const onBack = vi.fn();
    const { user } = renderInPortal(<OrderItemsTable orderId={otherCustomerOrder.id} onBack={onBack} />);
    await user.click(await screen.findByRole("button", { name: "Back to your orders" }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it("leads back from an order the customer may not see, in the customer's language, naming no vendor", async () => {
    mock.failNext(403);
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} onBack={vi.fn()} />, { locale: "de-DE", messages: de });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("button", { name: "Zurück zu Ihren Bestellungen" })).toBeVisible();
    expect(alert.textContent).not.toMatch(/polar/i);
  });

  it("offers the list a sign-in too", async () => {
    mock.expireSession();
    const onSignIn = vi.fn();
    const { user } = renderInPortal(<OrdersTable onSignIn={onSignIn} />);
    await user.click(await screen.findByRole("button", { name: "Sign in again" }));
    expect(onSignIn).toHaveBeenCalledOnce();
  });

  it("puts a sign-in where a download found the session over, focused in place of the download button, and downloads once it settles", async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const onSignIn = vi.fn(async () => mock.reset());
    const { user } = renderInPortal(<OrderDocuments orderId={fixtures.paid.id} onSignIn={onSignIn} />);
    const invoice = await screen.findByRole("button", { name: "Download invoice" });
    mock.expireSession();
    await user.click(invoice);
    const signIn = (await screen.findAllByRole("button", { name: "Sign in again" }))[0]!;
    await waitFor(() => expect(signIn).toHaveFocus());
    await user.click(signIn);
    expect(onSignIn).toHaveBeenCalledOnce();
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
  });
});
