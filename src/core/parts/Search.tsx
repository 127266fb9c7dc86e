import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef } from "react";
import { cx } from "../shell/class-names.js";

/** How long the search waits after the last keystroke before it asks. */
const SEARCH_DELAY_MS = 300;

export interface SearchProps extends Omit<ComponentPropsWithoutRef<"form">, "children" | "onSubmit"> {
  /** The BEM block its classes hang from: `pp-orders-table` gives `pp-orders-table__search`, `__label`, `__input`. */
  block: string;
  /** The search asked for (the list's parameter): the box follows it when it changes from outside. */
  query: string;
  label: string;
  onSearch: (query: string) => void;
}

/**
 * The search box: it asks once the customer pauses, and follows a `query` changed from
 * outside. A router applies a search a moment after it is asked for (Next.js does), while the
 * customer goes on typing: its echo of a search this box asked for is not a change from outside,
 * and must not take back what was typed since.
 */
export const Search = forwardRef<HTMLFormElement, SearchProps>(function Search({ block, query, label, onSearch, className, ...props }, ref) {
  const [text, setText] = useState(query);
  const asked = useRef(query);
  // The searches sent and not yet echoed, oldest first.
  const sent = useRef<string[]>([]);
  if (asked.current !== query) {
    asked.current = query;
    const echoed = sent.current.indexOf(query);
    if (echoed !== -1) {
      sent.current = sent.current.slice(echoed + 1);
    } else {
      // The merchant (a router's back button) changed the search: show theirs.
      sent.current = [];
      if (text.trim() !== query) setText(query);
    }
  }
  const wanted = text.trim();
  const search = (value: string) => {
    sent.current.push(value);
    onSearch(value);
  };
  const searchRef = useRef(search);
  searchRef.current = search;
  useEffect(() => {
    if (wanted === query) return;
    const timer = setTimeout(() => searchRef.current(wanted), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, query]);
  return (
    <form
      data-slot="search"
      {...props}
      ref={ref}
      role="search"
      className={cx(`${block}__search`, className)}
      onSubmit={(event) => {
        event.preventDefault();
        if (wanted !== query) search(wanted);
      }}
    >
      <label className={`${block}__label`}>
        {label}
        <input className={`${block}__input`} type="search" dir="auto" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
    </form>
  );
});
