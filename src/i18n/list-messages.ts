import { plural, pluralMessage } from "./plural.js";

// Messages for <OrdersTable>. Counts and ranges are functions, so a translation orders the words
// and picks the plural form; the numbers are written in the customer's locale.

export const listMessages = {
  /** The table's caption: how many orders match ("250 orders"). */
  listCaption: (count: number, locale: string): string =>
    plural("en", count, { one: "{count} order", other: "{count} orders" }, new Intl.NumberFormat(locale).format(count)),
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
  listRange: (from: number, to: number, total: number, locale: string): string => {
    const number = new Intl.NumberFormat(locale);
    return `${number.format(from)}–${number.format(to)} of ${number.format(total)}`;
  },
  /** The page shown, announced when it changes: "Page 2 of 25". */
  listPage: (page: number, pages: number, locale: string): string => {
    const number = new Intl.NumberFormat(locale);
    return `Page ${number.format(page)} of ${number.format(pages)}`;
  },
  listPagination: "Pages of orders",
  listPrevious: "Previous page",
  listNext: "Next page",
  listEmpty: "You have no orders yet.",
  listNoMatches: "No orders match your search.",
  /** Said once a search or filter has its answer: how many orders match ("62 orders found"). */
  listFound: pluralMessage("en", { one: "{count} order found", other: "{count} orders found" }),
  /** Said once a sort has its answer; `column` is the column's header ("Sorted by Total, ascending"). */
  listSortedAscending: (column: string): string => `Sorted by ${column}, ascending`,
  listSortedDescending: (column: string): string => `Sorted by ${column}, descending`,
  /** A page past the last one (an old bookmark): "There is no page 9: the orders end on page 3." */
  listPastEnd: (page: number, pages: number, locale: string): string => {
    const number = new Intl.NumberFormat(locale);
    return `There is no page ${number.format(page)}: the orders end on page ${number.format(pages)}.`;
  },
  listLastPage: "Go to the last page",
  /**
   * Heard after a row's product name, not shown: the order's date (already formatted) tells
   * renewals of one product apart ("Analytics Annual ordered Mar 14, 2026"). No comma before it:
   * a browser puts a space before the hidden text, which would then come before the comma.
   */
  listRowDate: (date: string): string => `ordered ${date}`,
  /** <CustomerPortal>: the heading above the list, and the way back to it from an order. */
  portalTitle: "Your orders",
  portalBack: "Back to orders",
};
