// Issue 19, focus: when an invoice or receipt wait ends in a state without the download button
// (session over, refused, billing details missing, no receipt), the keyboard lands on that
// state's action or message, never on the page's body.
import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvoiceButton, ReceiptButton } from "../../../../src/index";
import { fixtures, makeOrder } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock } = mockPolarForFile();

beforeEach(() => {
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("focus when the download button goes away", () => {
  it("session over mid-wait: the message that says so", async () => {
    const hold = mock.holdNext("POST");
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    await hold.arrived;
    // The POST got through; the wait's next request meets an expired session.
    mock.expireSession();
    hold.release();
    const message = await screen.findByText(/session/i, { selector: ".pp-document__message" });
    await waitFor(() => expect(message).toHaveFocus());
    expect(screen.queryByRole("button", { name: "Download invoice" })).not.toBeInTheDocument();
  });

  it("refused by Polar (409): the message that says why", async () => {
    mock.failNext({ status: 409, body: { error: "OrderNotEligibleForInvoice", detail: "Order is not eligible" } }, { method: "POST" });
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    const message = await screen.findByText(/invoice/i, { selector: ".pp-document__message" });
    await waitFor(() => expect(message).toHaveFocus());
    expect(document.body).not.toHaveFocus();
  });

  it("billing details missing (422): the action that adds them, when the page offers one", async () => {
    mock.failNext({ status: 422, body: { error: "MissingInvoiceBillingDetails", detail: "Billing name and address are required" } }, { method: "POST" });
    const onEditBillingDetails = vi.fn();
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} onEditBillingDetails={onEditBillingDetails} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    const add = await screen.findByRole("button", { name: "Add billing details" });
    await waitFor(() => expect(add).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(onEditBillingDetails).toHaveBeenCalledTimes(1);
  });

  it("billing details missing without a way to add them here: the message", async () => {
    mock.failNext({ status: 422, body: { error: "MissingInvoiceBillingDetails", detail: "Billing name and address are required" } }, { method: "POST" });
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    const message = await screen.findByText(/billing/i, { selector: ".pp-document__message" });
    await waitFor(() => expect(message).toHaveFocus());
  });

  it("no receipt after all (404 ReceiptNotAllocated): the message", async () => {
    // The page's copy still has a receipt number; Polar's order no longer does.
    const stale = makeOrder({ id: fixtures.pending.id, status: "pending", receipt_number: "R-9" });
    const { user } = renderInPortal(<ReceiptButton order={stale} />);
    await user.click(screen.getByRole("button", { name: "Download receipt" }));
    const message = await screen.findByText(/receipt/i, { selector: ".pp-document__message" });
    await waitFor(() => expect(message).toHaveFocus());
  });

  it("a state known before any click takes no focus (the keyboard was never there)", async () => {
    const { user } = renderInPortal(
      <>
        <button type="button">Elsewhere</button>
        <InvoiceButton order={fixtures.draft} />
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.getByRole("button", { name: "Elsewhere" })).toHaveFocus();
  });
});
