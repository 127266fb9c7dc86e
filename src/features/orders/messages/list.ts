import { message } from "../../../core/i18n/format.js";

// Messages for <OrdersTable>. Counts and ranges are functions made from data (`message`), so a
// translation orders the words and picks the plural form; numbers follow the customer's locale.

export const listMessages = {
  /** The table's caption: how many orders match ("250 orders"). */
  listCaption: message<(count: number, locale: string) => string>("count locale", { one: "{count} order", other: "{count} orders" }),
  listProductColumn: "Product",
  listDateColumn: "Date",
  listStatusColumn: "Status",
  listTotalColumn: "Total",
  listActionsColumn: "Actions",
  listSearch: "Search orders",
  listFilter: "Show",
  listFilterAll: "All orders",
  listFilterOneTime: "One-time purchases",
  listFilterRecurring: "Subscriptions",
  /** The orders on this page of all that match: "1–10 of 250". */
  listRange: message<(from: number, to: number, total: number, locale: string) => string>("from to total locale", "{from}–{to} of {total}"),
  /** The page shown, announced when it changes: "Page 2 of 25". */
  listPage: message<(page: number, pages: number, locale: string) => string>("page pages locale", "Page {page} of {pages}"),
  listPagination: "Pages of orders",
  listPrevious: "Previous page",
  listNext: "Next page",
  listEmpty: "You have no orders yet.",
  /** Under `listEmpty`: what the list will hold. */
  listEmptyHint: "Your purchases will appear here, each with its invoice and receipt.",
  listNoMatches: "No orders match your search.",
  /** Under `listNoMatches`, beside the "Clear filters" button. */
  listNoMatchesHint: "Try other words, or clear the filters to see all your orders.",
  listClearFilters: "Clear filters",
  /** Said once a search or filter has its answer: how many orders match ("62 orders found"). */
  listFound: message<(count: number, locale: string) => string>("count locale", { one: "{count} order found", other: "{count} orders found" }),
  /** Said once a sort has its answer; `column` is the column's header ("Sorted by Total, ascending"). */
  listSortedAscending: message<(column: string) => string>("column", "Sorted by {column}, ascending"),
  listSortedDescending: message<(column: string) => string>("column", "Sorted by {column}, descending"),
  /** A page past the last one (an old bookmark): "There is no page 9: the orders end on page 3." */
  listPastEnd: message<(page: number, pages: number, locale: string) => string>("page pages locale", "There is no page {page}: the orders end on page {pages}."),
  listLastPage: "Go to the last page",
  /**
   * Heard after a row's product name, not shown: the order's date (already formatted) tells
   * renewals of one product apart ("Analytics Annual ordered Mar 14, 2026"). No comma before it:
   * a browser puts a space before the hidden text, which would then come before the comma.
   */
  listRowDate: message<(date: string) => string>("date", "ordered {date}"),
  /** <CustomerPortal>: the heading above the list, and the way back to it from an order. */
  portalTitle: "Your orders",
  portalBack: "Back to orders",
};
