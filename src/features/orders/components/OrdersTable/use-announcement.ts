import { useEffect, useRef, useState } from "react";
import { normalizeListOrdersParams, type ListOrdersParams, type OrderSortProperty } from "../../api/list.js";
import type { ListMessages } from "./props.js";

/** The columns a sort is announced by, from the property Polar sorts on. */
const SORT_COLUMN: Partial<Record<OrderSortProperty, "listProductColumn" | "listDateColumn" | "listTotalColumn">> = {
  product: "listProductColumn",
  created_at: "listDateColumn",
  amount: "listTotalColumn",
};

/**
 * What the live region says once the customer's search, filter or sort has its answer: how many
 * orders match (or that none does) and the order of the sort. Nothing on the first page shown.
 */
export function useAnnouncement(messages: ListMessages, locale: string, params: ListOrdersParams, stale: boolean, total: number): string {
  const { page: _page, limit: _limit, sorting, ...filters } = normalizeListOrdersParams(params);
  const filterKey = JSON.stringify(filters);
  const sort = sorting[0]!;
  const [said, setSaid] = useState("");
  const before = useRef<{ filterKey: string; sort: string } | undefined>(undefined);
  const latest = useRef({ messages, locale, total });
  latest.current = { messages, locale, total };
  useEffect(() => {
    if (stale) return;
    const previous = before.current;
    before.current = { filterKey, sort };
    if (!previous) return;
    const { messages, locale, total } = latest.current;
    const parts: string[] = [];
    if (previous.filterKey !== filterKey) parts.push(total > 0 ? messages.listFound(total, locale) : messages.listNoMatches);
    const column = SORT_COLUMN[sort.replace(/^-/, "") as OrderSortProperty];
    if (previous.sort !== sort && column) {
      parts.push(sort.startsWith("-") ? messages.listSortedDescending(messages[column]) : messages.listSortedAscending(messages[column]));
    }
    if (parts.length === 0) return;
    // The same words twice (two searches with as many matches) would not be said again:
    // a no-break space told apart from the last one makes them a change.
    setSaid((last) => {
      const text = parts.join(" ");
      return last === text ? `${text}\u00a0` : text;
    });
  }, [stale, filterKey, sort]);
  return said;
}
