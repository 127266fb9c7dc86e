import { useEffect, useRef, type RefObject } from "react";

/**
 * Focus follows the customer through a section: into the view they opened (its back button), and
 * back to the row they opened it from when they return to the list (`rowOf(id)`: the selector of
 * that row's link or button), or to the section's title when the row is not on the page.
 */
export function useViewFocus(container: RefObject<HTMLElement | null>, view: string | null, rowOf: (id: string) => string) {
  const opened = useRef<string | null>(null);
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    const node = container.current;
    if (!node) return;
    if (view) {
      opened.current = view;
      node.querySelector<HTMLElement>(".pp-portal__back")?.focus();
      return;
    }
    // The row may render after its page loads from the cache: look once the list has painted.
    const id = opened.current;
    requestAnimationFrame(() => {
      const row = id ? node.querySelector<HTMLElement>(rowOf(CSS.escape(id))) : null;
      (row ?? node.querySelector<HTMLElement>(".pp-portal__title"))?.focus();
    });
  }, [view]);
}
