// <InvoiceButton>, <ReceiptButton> and <OrderDocuments> through the public entry, against the
// testing kit's mock Polar: what the customer reads and can do in each state, the keyboard, the
// live region, axe, and OrderDetail's `documents` slot.
import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvoiceButton, OrderDetail, OrderDocuments, ReceiptButton } from "../../../../src/index";
import { fixtures } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock } = mockPolarForFile();
let downloads: string[] = [];

beforeEach(() => {
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.href);
  });
});
afterEach(() => vi.restoreAllMocks());

const status = (root: HTMLElement | Document = document) => within(root as HTMLElement).getByRole("status");

async function violations(container: HTMLElement) {
  // `region` is about page landmarks, which a component on its own cannot have.
  const result = await axe.run(container, { rules: { region: { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

describe("InvoiceButton", () => {
  it("loads the order, announces the preparation politely, then downloads in this tab", async () => {
    mock.setLatency(20);
    const { user, container } = renderInPortal(<InvoiceButton orderId={fixtures.paid.id} />);
    const button = await screen.findByRole("button", { name: "Download invoice" });
    expect(status()).toHaveTextContent("");
    await user.click(button);
    expect(status()).toHaveTextContent("Preparing your invoice…");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeInTheDocument();
    await waitFor(() => expect(status()).toHaveTextContent("Your invoice is downloading."), { timeout: 4000 });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^https:\/\/polar-customer-invoices\./);
    expect(container.querySelector(".pp-document")).toHaveAttribute("data-state", "ready");
    // The link is used, not shown.
    expect(container.innerHTML).not.toContain("X-Amz");
  });

  it("Cancel stops the wait, says nothing more and gives the keyboard back to the download button", async () => {
    mock.holdNext("POST");
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Download invoice" })).toHaveFocus());
    expect(screen.queryByRole("button", { name: "Cancel" })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent("");
    expect(downloads).toEqual([]);
  });

  it.each([
    [fixtures.draft, "This order is a draft: it gets an invoice once it is placed."],
    [fixtures.void, "This order was voided, so it has no invoice."],
  ])("says why a %s order has no invoice, with no button and no request", async (order, text) => {
    mock.clearRequests();
    const { container } = renderInPortal(<InvoiceButton order={order} />);
    expect(status()).toHaveTextContent(text);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(container.querySelector(".pp-document")).toHaveAttribute("data-state", "refused");
    expect(mock.requests).toEqual([]);
  });

  it("leads to the billing form when billing details are missing", async () => {
    const onEditBillingDetails = vi.fn();
    const { user } = renderInPortal(<InvoiceButton order={fixtures.noBilling} onEditBillingDetails={onEditBillingDetails} />);
    expect(status()).toHaveTextContent("An invoice needs a billing name and address.");
    await user.click(screen.getByRole("button", { name: "Add billing details" }));
    expect(onEditBillingDetails).toHaveBeenCalledWith(fixtures.noBilling);
  });

  it("words a failure and offers to try again, which works", async () => {
    mock.failNext(403, { method: "POST" });
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(status()).toHaveTextContent("The file could not be downloaded. Please try again."));
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(status()).toHaveTextContent("Your invoice is downloading."), { timeout: 4000 });
  });

  it("says the session has ended when Polar refuses the token, and tells the merchant", async () => {
    const onUnauthorized = vi.fn();
    const { user } = renderInPortal(<InvoiceButton order={fixtures.paid} />, { onUnauthorized });
    mock.expireSession();
    await user.click(screen.getByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(status()).toHaveTextContent("Your session has expired."));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});

describe("ReceiptButton", () => {
  it("waits out Polar's rendering and downloads the receipt", async () => {
    const { user } = renderInPortal(<ReceiptButton order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Download receipt" }));
    expect(status()).toHaveTextContent("Preparing your receipt…");
    await waitFor(() => expect(status()).toHaveTextContent("Your receipt is downloading."), { timeout: 4000 });
    expect(downloads[0]).toMatch(/^https:\/\/polar-customer-receipts\./);
  });

  it("says an order without a receipt number has none yet, without a request", async () => {
    mock.clearRequests();
    renderInPortal(<ReceiptButton order={fixtures.pending} />);
    expect(status()).toHaveTextContent("No receipt is available for this order yet.");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(mock.requests).toEqual([]);
  });
});

describe("OrderDocuments", () => {
  it("groups both actions under a label, and passes root props and className", async () => {
    renderInPortal(<OrderDocuments order={fixtures.paid} className="mine" data-testid="docs" />);
    const group = screen.getByRole("group", { name: "Invoice and receipt" });
    expect(group).toHaveClass("pp-documents", "mine");
    expect(group).toHaveAttribute("data-testid", "docs");
    expect(within(group).getAllByRole("button").map((button) => button.textContent)).toEqual(["Download invoice", "Download receipt"]);
  });

  it("fits in OrderDetail's documents slot, after the billing details", async () => {
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} documents={<OrderDocuments orderId={fixtures.paid.id} />} />);
    const group = await screen.findByRole("group", { name: "Invoice and receipt" });
    const article = screen.getByRole("article");
    expect(article).toContainElement(group);
    expect(article.lastElementChild).toBe(group);
    // One request for the order, whoever shows it.
    expect(mock.requests.filter((request) => request.method === "GET")).toHaveLength(1);
  });

  it("has no axe violations, idle, preparing and refused", async () => {
    mock.holdNext("POST");
    const idle = renderInPortal(<OrderDocuments order={fixtures.paid} />);
    expect(await violations(idle.container)).toEqual([]);
    await idle.user.click(screen.getByRole("button", { name: "Download invoice" }));
    expect(await violations(idle.container)).toEqual([]);
    idle.unmount();
    const refused = renderInPortal(<OrderDocuments order={fixtures.draft} onEditBillingDetails={() => {}} />);
    expect(await violations(refused.container)).toEqual([]);
  });
});
