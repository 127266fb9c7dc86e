import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cx } from "../shell/class-names.js";

export interface PagerProps extends Omit<ComponentPropsWithoutRef<"nav">, "children"> {
  /** The BEM block its classes hang from: `pp-orders-table` gives `pp-orders-table__pager`, `__page`, …. */
  block: string;
  current: number;
  /** Undefined while the count is not known: neither button pages. */
  pages: number | undefined;
  /** The caller's words: the landmark's name, the buttons, the range shown and the page status. */
  words: { label: string; previous: string; next: string; range: string; status: string };
  onPage: (page: number) => void;
  /** The customer points at or focuses a page's button: fetch that page ahead. */
  onIntent: (page: number) => void;
}

/** Previous / next with the range shown and the current page said (`role="status"`) when it changes. */
export const Pager = forwardRef<HTMLElement, PagerProps>(function Pager({ block, current, pages, words, onPage, onIntent, className, ...props }, ref) {
  // aria-disabled rather than disabled: the button keeps the focus on the first and last page.
  const button = (label: string, target: number, edge: boolean, kind: string) => (
    <button
      type="button"
      className={`pp-button ${block}__page ${block}__${kind}`}
      aria-disabled={edge || undefined}
      onClick={() => edge || onPage(target)}
      onPointerEnter={() => edge || onIntent(target)}
      onFocus={() => edge || onIntent(target)}
    >
      {label}
    </button>
  );
  return (
    <nav data-slot="pager" {...props} ref={ref} className={cx(`${block}__pager`, className)} aria-label={words.label}>
      <p className={`${block}__range`}>{words.range}</p>
      {button(words.previous, current - 1, pages === undefined || current <= 1, "previous")}
      <p className={`${block}__current`} role="status">
        {words.status}
      </p>
      {button(words.next, current + 1, pages === undefined || current >= pages, "next")}
    </nav>
  );
});
