import { useEffect, useId, useRef, type ReactNode } from "react";
import { Heading } from "../../../core/parts/Heading.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { cx } from "../../../core/shell/class-names.js";

export interface ActionDialogProps {
  open: boolean;
  title: ReactNode;
  /** What the action does, said when the dialog opens (its description). */
  description: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button's look: `danger` for what takes something away (a cancel). */
  tone?: "danger" | "primary";
  /** A request is in flight: both buttons wait (aria-disabled keeps the focus where it is). */
  busy: boolean;
  /** The confirm button is offered but cannot act yet (no plan chosen, no consent); `busyLabel` is shown while busy. */
  blocked?: boolean;
  busyLabel: string;
  level?: number;
  className?: string;
  /** Shown above the buttons: a refusal, a hint. */
  footer?: ReactNode;
  onConfirm: () => void;
  /** The confirm button was pressed while `blocked`: say what is missing. */
  onBlocked?: () => void;
  onCancel: () => void;
}

/**
 * A modal question with a form inside (the cancel's reasons, the plans, the consent), on the
 * browser's own `<dialog>`: the page behind is inert, Escape and the cancel button close it, the
 * focus starts on the cancel button (Enter pressed by habit changes nothing) and returns to what
 * opened it.
 */
export function ActionDialog(props: ActionDialogProps) {
  const { open, busy, blocked, onConfirm, onCancel, level = 2 } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { lang, dir } = usePortalContext();
  const titleId = useId();
  const descriptionId = useId();
  const latest = useRef({ open, onCancel, busy });
  latest.current = { open, onCancel, busy };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const opener = document.activeElement as HTMLElement | null;
      element.showModal();
      cancel.current?.focus();
      return () => {
        if (element.open) element.close();
        // Back to what opened it, when that is still on the page.
        if (opener?.isConnected) opener.focus();
      };
    }
  }, [open]);

  useEffect(() => {
    const element = dialog.current;
    const closed = () => latest.current.open && latest.current.onCancel();
    element?.addEventListener("close", closed);
    return () => element?.removeEventListener("close", closed);
  }, []);

  return (
    <dialog
      ref={dialog}
      lang={lang}
      dir={dir}
      className={cx("pp-root pp-subscription-dialog", props.className)}
      data-state={open ? "open" : "closed"}
      data-busy={busy ? "" : undefined}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          if (!latest.current.busy) onCancel();
        }
      }}
    >
      {open && (
        <form
          className="pp-subscription-dialog__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            if (blocked) props.onBlocked?.();
            else onConfirm();
          }}
        >
          <Heading level={level} className="pp-subscription-dialog__title" id={titleId}>
            {props.title}
          </Heading>
          <div className="pp-subscription-dialog__description" id={descriptionId}>
            {props.description}
          </div>
          {props.children}
          {props.footer}
          <div className="pp-subscription-dialog__actions">
            <button ref={cancel} type="button" className="pp-button pp-subscription-dialog__cancel" aria-disabled={busy || undefined} onClick={() => busy || onCancel()}>
              {props.cancelLabel}
            </button>
            <button
              type="submit"
              className="pp-button pp-subscription-dialog__confirm"
              data-tone={props.tone ?? "primary"}
              aria-disabled={busy || blocked || undefined}
            >
              {busy ? props.busyLabel : props.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
