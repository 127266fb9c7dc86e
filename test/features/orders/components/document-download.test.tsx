// How an invoice or receipt reaches the customer without the page leaving (no navigation, so no
// beforeunload): Polar's links, on another origin, open in a hidden frame; a link of the page's own
// origin (the mock with `fileOrigin`, a merchant's proxy) is fetched and saved. Chromium proves the
// real download and the absent beforeunload (test/examples); here, what the kit does in the DOM.
import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvoiceButton, ReceiptButton } from "../../../../src/index";
import { fixtures } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

interface Click {
  href: string;
  download: string;
  target: string;
}
let clicks: Click[] = [];
let saved: Blob[] = [];

beforeEach(() => {
  clicks = [];
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, target: this.target });
  });
  // jsdom has no blob URLs: record what would be saved.
  vi.stubGlobal("URL", Object.assign(class extends URL {}, { createObjectURL: (blob: Blob) => (saved.push(blob), `blob:${location.origin}/${saved.length}`), revokeObjectURL: () => {} }));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.querySelectorAll("iframe").forEach((frame) => frame.remove());
});

describe("Polar's links (another origin)", () => {
  mockPolarForFile();

  it("opens the link in a hidden frame of its own, never fetching it or navigating the page", async () => {
    const { user } = renderInPortal(<InvoiceButton orderId={fixtures.paid.id} />);
    await user.click(await screen.findByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Your invoice is downloading."), { timeout: 4000 });

    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.href).toMatch(/^https:\/\/polar-customer-invoices\.s3\.amazonaws\.com\/Invoice-POLAR-0042\.pdf\?/);
    expect(clicks[0]!.download).toBe("");
    // The anchor targets a hidden frame in the page (not _self, not a new window) ...
    const frame = document.querySelector<HTMLIFrameElement>(`iframe[name="${clicks[0]!.target}"]`);
    expect(frame).not.toBeNull();
    expect(frame!.hidden).toBe(true);
    // ... whose src never holds the link (kept nowhere in the DOM).
    expect(frame!.getAttribute("src")).toBeNull();
    expect(saved).toEqual([]);
  });
});

describe("a link of the page's own origin (the mock's files)", () => {
  const { server } = mockPolarForFile({ fileOrigin: location.origin });

  it("fetches the file and saves it under its attachment name, with no frame", async () => {
    const { user } = renderInPortal(<ReceiptButton orderId={fixtures.paid.id} />);
    await user.click(await screen.findByRole("button", { name: "Download receipt" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Your receipt is downloading."), { timeout: 4000 });

    expect(clicks).toEqual([{ href: `blob:${location.origin}/1`, download: "Receipt-R-0042.pdf", target: "" }]);
    const text = await saved[0]!.text();
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text).toContain("(Receipt-R-0042) Tj");
    expect(document.querySelector("iframe")).toBeNull();
  });

  it("says the file could not be downloaded when the link is refused, and offers to try again", async () => {
    server.use(http.get(`${location.origin}/polar-mock/files/*`, () => new HttpResponse("<Error><Code>AccessDenied</Code></Error>", { status: 403 })));
    const { user } = renderInPortal(<InvoiceButton orderId={fixtures.paid.id} />);
    await user.click(await screen.findByRole("button", { name: "Download invoice" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("The file could not be downloaded. Please try again."), { timeout: 4000 });
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(clicks).toEqual([]);
  });
});
