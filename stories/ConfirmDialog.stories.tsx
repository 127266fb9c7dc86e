import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmDialog } from "../src/core/parts/ConfirmDialog";

/**
 * The core's question before a destructive action (internal: the subscriptions and payment
 * methods features will use it). The browser's modal `<dialog>`: the focus starts on the cancel
 * button, Escape cancels, and the focus returns to the button that opened it.
 */
function Demo() {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState("");
  return (
    // Tall enough to hold the dialog, which the screenshot of this frame must show.
    <div style={{ minBlockSize: "18rem" }}>
      <button type="button" onClick={() => setOpen(true)}>
        Cancel subscription…
      </button>
      <p role="status">{said}</p>
      <ConfirmDialog
        open={open}
        // At the top of the page rather than its middle, inside the screenshot.
        style={{ marginBlockStart: "3rem" }}
        title="Cancel your subscription?"
        description="You keep access to Pro Plan until Apr 1, 2026. After that, it is not renewed."
        confirmLabel="Cancel subscription"
        cancelLabel="Keep subscription"
        onConfirm={() => {
          setOpen(false);
          setSaid("Subscription cancelled.");
        }}
        onCancel={() => {
          setOpen(false);
          setSaid("Kept.");
        }}
      />
    </div>
  );
}

const meta = {
  title: "Core/ConfirmDialog",
  component: Demo,
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

const opener = (canvasElement: HTMLElement) => within(canvasElement).getByRole("button", { name: "Cancel subscription…" });

/** Open: the page behind is inert and the focus is on "Keep subscription". */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(opener(canvasElement));
    const dialog = await within(canvasElement).findByRole("dialog", { name: "Cancel your subscription?" });
    await expect(dialog).toHaveAccessibleDescription(/You keep access to Pro Plan/);
    await expect(within(dialog).getByRole("button", { name: "Keep subscription" })).toHaveFocus();
    // Modal: the page's own button is out of reach.
    await expect(opener(canvasElement).matches(":modal")).toBe(false);
    await expect(dialog.matches(":modal")).toBe(true);
  },
};

/** Escape cancels and the focus returns to the opener; Tab stays inside; confirming says so. */
export const KeyboardAndFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = opener(canvasElement);
    await userEvent.click(button);
    const dialog = await canvas.findByRole("dialog");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await expect(canvas.getByRole("status")).toHaveTextContent("Kept.");
    await waitFor(() => expect(button).toHaveFocus());

    await userEvent.click(button);
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Keep subscription" })).toHaveFocus());
    await userEvent.tab();
    await expect(within(dialog).getByRole("button", { name: "Cancel subscription" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await expect(canvas.getByRole("status")).toHaveTextContent("Subscription cancelled.");
    await waitFor(() => expect(button).toHaveFocus());
  },
};

export const OpenDark: Story = {
  ...Open,
  globals: { theme: "dark" },
};
