import { fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "../../src/core/parts/ConfirmDialog";
import { standInDialogsForFile } from "../support";

// jsdom's <dialog> has no modal methods: stand-ins (src polyfills nothing).
standInDialogsForFile();

const words = { title: "Cancel subscription?", description: "You keep access until the end of the period.", confirmLabel: "Cancel subscription", cancelLabel: "Keep subscription" };

function Opener({ onConfirm = () => {} }: { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Cancel…
      </button>
      <ConfirmDialog {...words} open={open} onConfirm={() => (onConfirm(), setOpen(false))} onCancel={() => setOpen(false)} />
    </>
  );
}

describe("ConfirmDialog", () => {
  it("opens as a modal named by its title and described by its text, the focus on the cancel button", () => {
    render(<Opener />);
    const dialog = document.querySelector("dialog")!;
    expect(dialog.open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Cancel…" }));
    expect(HTMLDialogElement.prototype.showModal).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("dialog", { name: "Cancel subscription?", description: words.description })).toBe(dialog);
    expect(dialog.dataset.state).toBe("open");
    expect(dialog.className).toBe("pp-root pp-confirm");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Keep subscription" }));
  });

  it("confirms once and closes", () => {
    const onConfirm = vi.fn();
    render(<Opener onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole("button", { name: "Cancel…" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel subscription" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(document.querySelector("dialog")!.open).toBe(false);
  });

  it("cancels from its button, on Escape, or when the browser closes it", () => {
    const onCancel = vi.fn();
    const { rerender } = render(<ConfirmDialog {...words} open onConfirm={() => {}} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole("button", { name: "Keep subscription" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole("button", { name: "Cancel subscription" }), { key: "Escape" });
    expect(onCancel).toHaveBeenCalledTimes(2);
    // Closed by the browser (a close request) while the caller has it open: heard once.
    document.querySelector("dialog")!.close();
    expect(onCancel).toHaveBeenCalledTimes(3);
    rerender(<ConfirmDialog {...words} open={false} onConfirm={() => {}} onCancel={onCancel} />);
    expect(onCancel).toHaveBeenCalledTimes(3);
  });

  it("passes attributes and its ref to the dialog", () => {
    const ref = createRef<HTMLDialogElement>();
    render(<ConfirmDialog ref={ref} {...words} open={false} id="confirm" className="mine" onConfirm={() => {}} onCancel={() => {}} />);
    expect(ref.current).toBe(document.querySelector("dialog"));
    expect(ref.current?.id).toBe("confirm");
    expect(ref.current?.className).toBe("pp-root pp-confirm mine");
    expect(ref.current?.dataset.slot).toBe("confirm-dialog");
  });
  it("while busy, waits on both buttons and Escape and says so; while blocked, asks for what is missing", () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const onBlocked = vi.fn();
    const props = { ...words, open: true, busyLabel: "Working…", onConfirm, onCancel, onBlocked };
    const { rerender } = render(<ConfirmDialog {...props} busy />);
    const keep = screen.getByRole("button", { name: "Keep subscription" });
    expect(keep.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(keep);
    fireEvent.keyDown(keep, { key: "Escape" });
    fireEvent.click(screen.getByRole("button", { name: "Working…" }));
    expect(onCancel).not.toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
    rerender(<ConfirmDialog {...props} blocked />);
    const confirm = screen.getByRole("button", { name: "Cancel subscription" });
    expect(confirm.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(confirm);
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    rerender(<ConfirmDialog {...props} />);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("holds a form and a note above its buttons, in a feature's own look, and starts afresh each time", () => {
    const props = { ...words, onConfirm: () => {}, onCancel: () => {}, classBlock: "pp-feature-dialog", tone: "primary" as const, footer: <p role="alert">Polar said no.</p> };
    const { rerender } = render(
      <ConfirmDialog {...props} open>
        <input aria-label="Comment" defaultValue="" />
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole("dialog", { name: "Cancel subscription?" });
    expect(dialog.className).toBe("pp-root pp-feature-dialog");
    expect(dialog.querySelector(".pp-feature-dialog__title")?.textContent).toBe(words.title);
    expect(screen.getByRole("alert").textContent).toBe("Polar said no.");
    expect(screen.getByRole("button", { name: "Cancel subscription" }).dataset.tone).toBe("primary");
    fireEvent.change(screen.getByRole("textbox", { name: "Comment" }), { target: { value: "Too dear" } });
    rerender(<ConfirmDialog {...props} open={false}><input aria-label="Comment" defaultValue="" /></ConfirmDialog>);
    rerender(<ConfirmDialog {...props} open><input aria-label="Comment" defaultValue="" /></ConfirmDialog>);
    expect((screen.getByRole("textbox", { name: "Comment" }) as HTMLInputElement).value).toBe("");
  });
});
