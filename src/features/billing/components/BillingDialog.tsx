import { useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { Heading } from "../../../core/parts/Heading.js";
import { PortalContext } from "../../../core/provider/context.js";
import { cx } from "../../../core/shell/class-names.js";

export interface BillingDialogProps {
  open: boolean;
  title: ReactNode;
  level: number;
  /** The dialog's own class (`pp-add-payment-method`), after `pp-billing-dialog`. */
  className: string;
  /** `data-state` of the dialog: what it is doing, for styles and tests. */
  state: string;
  /** Escape and the browser cannot close it (a card or a payment is being confirmed). */
  locked?: boolean;
  /** Escape, or anything else that closed the dialog. */
  onClose: () => void;
  /** Where the focus goes when it opens (default: the first button). */
  initialFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}

/**
 * A modal for a task with several steps (add a card, pay now), on the browser's `<dialog>`: the
 * page behind is inert, Escape closes it unless `locked`, the focus returns to what opened it.
 * Its content is on the page only while open, so each opening starts afresh.
 */
export function BillingDialog({ open, title, level, className, state, locked = false, onClose, initialFocus, children }: BillingDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const portal = useContext(PortalContext);
  const titleId = useId();
  const latest = useRef({ open, locked, onClose });
  latest.current = { open, locked, onClose };

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open || element.open) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    (initialFocus?.() ?? element.querySelector<HTMLElement>("button, input"))?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  useEffect(() => {
    const element = dialog.current;
    // The browser closed it (its own Escape handling) while the caller still has it open.
    const closed = () => latest.current.open && latest.current.onClose();
    element?.addEventListener("close", closed);
    return () => element?.removeEventListener("close", closed);
  }, []);

  return (
    <dialog
      ref={dialog}
      lang={portal?.lang}
      dir={portal?.dir}
      className={cx("pp-root pp-billing-dialog", className)}
      data-state={open ? state : "closed"}
      aria-labelledby={titleId}
      onCancel={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.defaultPrevented) return;
        event.preventDefault();
        if (!latest.current.locked) onClose();
      }}
    >
      {open && (
        <div className="pp-billing-dialog__body">
          <Heading level={level} className="pp-billing-dialog__title" id={titleId}>
            {title}
          </Heading>
          {children}
        </div>
      )}
    </dialog>
  );
}
