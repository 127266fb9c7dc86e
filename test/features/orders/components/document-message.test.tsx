import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OrderDocuments } from "../../../../src";
import { fixtures } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

mockPolarForFile();
beforeEach(() => {
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const statusOf = (kind: "invoice" | "receipt") => within(document.querySelector<HTMLElement>(`[data-document="${kind}"]`)!).getByRole("status");

describe("a download's message", () => {
  it("says the file is downloading until the customer's next press, then goes, whatever the time", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = renderInPortal(<OrderDocuments orderId={fixtures.paid.id} />);
      await user.click(await screen.findByRole("button", { name: "Download invoice" }));
      await waitFor(() => expect(statusOf("invoice")).toHaveTextContent("Your invoice is downloading."), { timeout: 4000 });
      // No timer takes it away: a screenshot or a slow reader finds it there.
      await vi.advanceTimersByTimeAsync(120_000);
      expect(statusOf("invoice")).toHaveTextContent("Your invoice is downloading.");
      fireEvent.keyDown(document.body, { key: "Tab" });
      await waitFor(() => expect(statusOf("invoice")).toHaveTextContent(""));
      expect(screen.getByRole("button", { name: "Download invoice" })).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it("is said again for the next download", async () => {
    const { user } = renderInPortal(<OrderDocuments orderId={fixtures.paid.id} />);
    const receipt = await screen.findByRole("button", { name: "Download receipt" });
    await user.click(receipt);
    await waitFor(() => expect(statusOf("receipt")).toHaveTextContent("Your receipt is downloading."), { timeout: 4000 });
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(statusOf("receipt")).toHaveTextContent(""));
    await user.click(receipt);
    await waitFor(() => expect(statusOf("receipt")).toHaveTextContent("Your receipt is downloading."), { timeout: 4000 });
  });
});
