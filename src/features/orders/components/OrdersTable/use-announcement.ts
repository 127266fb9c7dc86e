import { useListAnnouncement } from "../../../../core/query/use-list-announcement.js";
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
  const sort = sorting[0]!;
  return useListAnnouncement(JSON.stringify(filters), sort, stale, ({ filtered, sorted }) => {
    const parts: string[] = [];
    if (filtered) parts.push(total > 0 ? messages.listFound(total, locale) : messages.listNoMatches);
    const column = SORT_COLUMN[sort.replace(/^-/, "") as OrderSortProperty];
    if (sorted && column) {
      parts.push(sort.startsWith("-") ? messages.listSortedDescending(messages[column]) : messages.listSortedAscending(messages[column]));
    }
    return parts;
  });
}
