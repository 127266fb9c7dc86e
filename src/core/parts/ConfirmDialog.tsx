import { forwardRef, useEffect, useId, useImperativeHandle, useRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "../shell/class-names.js";
import { Heading } from "./Heading.js";

export interface ConfirmDialogProps extends Omit<ComponentPropsWithoutRef<"dialog">, "open" | "title" | "children" | "onCancel"> {
  /** Shown as a modal while true; the caller closes it by setting it false. */
  open: boolean;
  title: ReactNode;
  description: ReactNode;
  /** The caller's words for the destructive action ("Cancel subscription") and for keeping things as they are. */
  confirmLabel: string;
  cancelLabel: string;
  /** The title's level (default 2). */
  level?: number;
  onConfirm: () => void;
  /** The cancel button, Escape, or anything else that closed the dialog. */
  onCancel: () => void;
}

/**
 * A question before a destructive action (a subscription's cancel, a card's removal), on the
 * browser's own modal `<dialog>`: the page behind is inert, Escape cancels, and the focus returns
 * to what opened it. The focus starts on the cancel button: Enter pressed by habit destroys nothing.
 */
export const ConfirmDialog = forwardRef<HTMLDialogElement, ConfirmDialogProps>(function ConfirmDialog(
  { open, title, description, confirmLabel, cancelLabel, level = 2, onConfirm, onCancel, className, onKeyDown, ...props },
  ref,
) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => dialog.current!, []);
  const titleId = useId();
  const descriptionId = useId();
  const latest = useRef({ open, onCancel });
  latest.current = { open, onCancel };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    const element = dialog.current;
    // Escape (or the browser) closed it while the caller still has it open: that is a cancel.
    const closed = () => latest.current.open && latest.current.onCancel();
    element?.addEventListener("close", closed);
    return () => element?.removeEventListener("close", closed);
  }, []);

  return (
    <dialog
      data-slot="confirm-dialog"
      {...props}
      ref={dialog}
      className={cx("pp-root pp-confirm", className)}
      data-state={open ? "open" : "closed"}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // Escape is the cancel button, said here rather than left to the browser, which lets a
        // page keep a dialog open only once between the customer's clicks.
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <Heading level={level} className="pp-confirm__title" id={titleId}>
        {title}
      </Heading>
      <p className="pp-confirm__description" id={descriptionId}>
        {description}
      </p>
      <div className="pp-confirm__actions">
        <button ref={cancel} type="button" className="pp-button pp-confirm__cancel" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="pp-button pp-confirm__confirm" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
});
