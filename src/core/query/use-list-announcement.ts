import { useEffect, useRef, useState } from "react";

/** What changed since the last page answered for itself. */
export interface ListChange {
  /** The search or a filter: the count is worth saying. */
  filtered: boolean;
  /** The sort. */
  sorted: boolean;
}

/**
 * What a list's live region says once the customer's search, filter or sort has its answer (the
 * feature's words for the change, `say`): nothing on the first page shown, nothing while the page
 * shown still belongs to other parameters, nothing when `say` has no words for the change.
 */
export function useListAnnouncement(filterKey: string, sortKey: string, stale: boolean, say: (change: ListChange) => string[]): string {
  const [said, setSaid] = useState("");
  const before = useRef<{ filterKey: string; sortKey: string } | undefined>(undefined);
  useEffect(() => {
    if (stale) return;
    const previous = before.current;
    before.current = { filterKey, sortKey };
    if (!previous) return;
    // This render's words: the effect runs only when what is said about changes.
    const parts = say({ filtered: previous.filterKey !== filterKey, sorted: previous.sortKey !== sortKey });
    if (parts.length === 0) return;
    // The same words twice (two searches with as many matches) would not be said again:
    // a no-break space told apart from the last one makes them a change.
    setSaid((last) => {
      const text = parts.join(" ");
      return last === text ? `${text}\u00a0` : text;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `say` is new each render; the keys say when to speak
  }, [stale, filterKey, sortKey]);
  return said;
}
