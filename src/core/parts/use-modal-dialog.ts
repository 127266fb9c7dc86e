import { useEffect, useRef, type RefObject } from "react";

/**
 * The browser's modal `<dialog>` shown while `open`: the page behind is inert, the focus goes to
 * `focusFirst()` when it opens and back to what opened it when it closes or goes (when that is
 * still on the page). The browser closing it itself (its own Escape handling) while the caller
 * still has it open calls `onClosed`. Every dialog of the kit opens and closes through it.
 */
export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  open: boolean,
  onClosed: () => void,
  focusFirst: () => HTMLElement | null | undefined,
): void {
  const latest = useRef({ open, onClosed, focusFirst });
  latest.current = { open, onClosed, focusFirst };

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open || element.open) return;
    const opener = document.activeElement as HTMLElement | null;
    element.showModal();
    latest.current.focusFirst()?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open, dialog]);

  useEffect(() => {
    const element = dialog.current;
    const closed = () => latest.current.open && latest.current.onClosed();
    element?.addEventListener("close", closed);
    return () => element?.removeEventListener("close", closed);
  }, [dialog]);
}
