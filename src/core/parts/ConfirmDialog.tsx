import { forwardRef, useContext, useId, useImperativeHandle, useRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { PortalContext } from "../provider/context.js";
import { cx } from "../shell/class-names.js";
import { Heading } from "./Heading.js";
import { useModalDialog } from "./use-modal-dialog.js";

export interface ConfirmDialogProps extends Omit<ComponentPropsWithoutRef<"dialog">, "open" | "title" | "children" | "onCancel"> {
  /** Shown as a modal while true; the caller closes it by setting it false. */
  open: boolean;
  title: ReactNode;
  /** What the action does, said when the dialog opens (its description). */
  description: ReactNode;
  /** A form inside the question (a cancel's reasons, the plans, a consent), between the description and the buttons. */
  children?: ReactNode;
  /** Shown above the buttons: a refusal, a hint. */
  footer?: ReactNode;
  /** The caller's words for the action ("Cancel subscription") and for keeping things as they are. */
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button's look: `danger` (the default) for what takes something away. */
  tone?: "danger" | "primary";
  /** A request is in flight: both buttons wait (aria-disabled keeps the focus where it is), Escape too. */
  busy?: boolean;
  /** The confirm button's words while `busy` (default: `confirmLabel`). */
  busyLabel?: string;
  /** The confirm button is offered but cannot act yet (no plan chosen, no consent). */
  blocked?: boolean;
  /** The title's level (default 2). */
  level?: number;
  /**
   * The block of its class names (`pp-confirm`): a feature whose dialogs have their own look
   * names its own (`pp-subscription-dialog`, with `__title`, `__description`, `__actions`...).
   */
  classBlock?: string;
  onConfirm: () => void;
  /** The confirm button was pressed while `blocked`: say what is missing. */
  onBlocked?: () => void;
  /** The cancel button, Escape, or anything else that closed the dialog. */
  onCancel: () => void;
}

/**
 * A question before an action (a subscription's cancel, a plan change, a card's removal), on the
 * browser's own modal `<dialog>`: the page behind is inert, Escape cancels, and the focus returns
 * to what opened it. The focus starts on the cancel button: Enter pressed by habit destroys
 * nothing. Its content is on the page only while open, so a form inside starts afresh each time.
 */
export const ConfirmDialog = forwardRef<HTMLDialogElement, ConfirmDialogProps>(function ConfirmDialog(
  {
    open,
    title,
    description,
    children,
    footer,
    confirmLabel,
    cancelLabel,
    tone = "danger",
    busy = false,
    busyLabel,
    blocked = false,
    level = 2,
    classBlock = "pp-confirm",
    onConfirm,
    onBlocked,
    onCancel,
    className,
    onKeyDown,
    ...props
  },
  ref,
) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => dialog.current!, []);
  // The portal's language and direction when inside one (the dialog is its own root).
  const portal = useContext(PortalContext);
  const titleId = useId();
  const descriptionId = useId();
  const latest = useRef({ busy });
  latest.current = { busy };

  // Escape (or the browser) closing it while the caller still has it open is a cancel.
  useModalDialog(dialog, open, onCancel, () => cancel.current);

  const part = (name: string) => `${classBlock}__${name}`;
  return (
    <dialog
      data-slot="confirm-dialog"
      lang={portal?.lang}
      dir={portal?.dir}
      {...props}
      ref={dialog}
      className={cx(`pp-root ${classBlock}`, className)}
      data-state={open ? "open" : "closed"}
      data-busy={busy ? "" : undefined}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // Escape is the cancel button, said here rather than left to the browser, which lets a
        // page keep a dialog open only once between the customer's clicks.
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          if (!latest.current.busy) onCancel();
        }
      }}
    >
      {open && (
        <form
          className={part("form")}
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            if (blocked) onBlocked?.();
            else onConfirm();
          }}
        >
          <Heading level={level} className={part("title")} id={titleId}>
            {title}
          </Heading>
          <div className={part("description")} id={descriptionId}>
            {description}
          </div>
          {children}
          {footer}
          <div className={part("actions")}>
            <button ref={cancel} type="button" className={`pp-button ${part("cancel")}`} aria-disabled={busy || undefined} onClick={() => busy || onCancel()}>
              {cancelLabel}
            </button>
            <button type="submit" className={`pp-button ${part("confirm")}`} data-tone={tone} aria-disabled={busy || blocked || undefined}>
              {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
});
