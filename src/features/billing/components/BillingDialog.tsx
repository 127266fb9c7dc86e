import { useContext, useId, useRef, type ReactNode } from "react";
import { useModalDialog } from "../../../core/parts/use-modal-dialog.js";
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
  const latest = useRef({ locked });
  latest.current = { locked };

  useModalDialog(dialog, open, onClose, () => initialFocus?.() ?? dialog.current?.querySelector<HTMLElement>("button, input"));

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
