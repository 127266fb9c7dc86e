import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { normalizeListOrdersParams, type ListOrdersParams, type OrderSortProperty, type OrderSorting, type OrdersPage, type ProductBillingType } from "../../api/list.js";
import { dateFormatter, type DateFormatter } from "../../../../core/format/date.js";
import { formatMoney } from "../../../../core/format/money.js";
import { listMessages } from "../../messages/list.js";
import type { BaseMessages } from "../../../../core/i18n/messages.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { useOrders, usePrefetchOrders } from "../../query/use-orders.js";
import type { CustomerOrder } from "../../schema/order.js";
import { StatusBadge } from "../OrderDetail/StatusBadge.js";
import { createPortalComponent, type Source } from "../../../../core/shell/shell.js";
import type { RootProps } from "../../../../core/shell/root-props.js";
import { useControllable } from "../../../../core/shell/use-controllable.js";
import { Pager } from "../../../../core/parts/Pager.js";
import { Search } from "../../../../core/parts/Search.js";

type Messages = BaseMessages & typeof listMessages;

export interface OrdersTableProps {
  /**
   * The list's parameters, when the merchant owns them (a router's search params): the table
   * then shows exactly these and reports every change through `onParamsChange`.
   */
  params?: ListOrdersParams;
  /** The first parameters when the table owns them (default: page 1, 10 a page, newest first). */
  defaultParams?: ListOrdersParams;
  /** Called with the new parameters when the customer pages, sorts, searches or filters. */
  onParamsChange?: (params: ListOrdersParams) => void;
  /** The address of an order's page: the product name becomes a link to it (the merchant's router). */
  getOrderHref?: (order: CustomerOrder) => string;
  /** Called when the customer opens an order: the product name becomes a button. */
  onOpenOrder?: (order: CustomerOrder) => void;
  /**
   * What the last cell of each row holds (the invoice and receipt buttons). `rowHeaderId` is the
   * id of the row's product cell: name a group of actions by it (`aria-labelledby`), so a screen
   * reader tabbing from row to row hears which order its "Download invoice" belongs to.
   */
  renderActions?: (order: CustomerOrder, rowHeaderId: string) => ReactNode;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

/** What the table's source hands its view: the page, the parameters it answers, and how to change them. */
interface ListState {
  page: OrdersPage;
  params: ListOrdersParams;
  setParams: (params: ListOrdersParams) => void;
  /** The page shown belongs to the previous parameters; the asked one is loading. */
  stale: boolean;
  /**
   * The page's counts belong to the asked search, filters and sort (perhaps another page of
   * them). False while a page of other filters stands in: its total is not this list's.
   */
  counted: boolean;
}

/** The parameters but the page: what the list's total depends on. */
const countKey = (params: ListOrdersParams) => JSON.stringify({ ...normalizeListOrdersParams(params), page: undefined });

/** The list's source for the shell: parameters (the merchant's or its own) and their page. */
function useListSource(props: OrdersTableProps): Source<ListState> {
  const [params, setParams] = useControllable(props.params, () => props.defaultParams ?? {}, props.onParamsChange);
  const query = useOrders(params);
  // The parameters of the last page answered for itself, which is what a placeholder shows.
  const answered = useRef<string | undefined>(undefined);
  if (query.data && !query.isPlaceholderData) answered.current = countKey(params);
  const counted = !query.isPlaceholderData || answered.current === countKey(params);
  return {
    data: query.data && { page: query.data, params, setParams, stale: query.isPlaceholderData, counted },
    status: query.data ? "ready" : query.error ? "error" : "loading",
    error: query.error,
    fetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}

/**
 * The signed-in customer's orders as a table: product, date, status, total and an actions cell,
 * with Polar's paging (the total count), sortable columns, a search in product names and a
 * one-time / subscription filter. The parameters are the table's own (`defaultParams`) or the
 * merchant's (`params` + `onParamsChange`). Each order listed fills its own cache entry, so an
 * `<OrderDetail orderId>` opened from the list asks Polar nothing.
 *
 * Root: `.pp-orders-table` with `data-state` (`loading` | `error` | `ready`), `data-pending`
 * while another page loads (the previous one stays, dimmed) and `data-count` (orders matching;
 * left out while the page shown belongs to another search or filter, whose count is not this one's).
 */
export const OrdersTable = createPortalComponent<OrdersTableProps, ListState>({
  displayName: "OrdersTable",
  className: "pp-orders-table",
  skeletonLines: 6,
  ownProps: { params: true, defaultParams: true, onParamsChange: true, getOrderHref: true, onOpenOrder: true, renderActions: true, className: true },
  useSource: useListSource,
  View: ({ props, data: state, root }) => <OrdersTableView props={props} state={state} root={root} />,
});

/** The columns Polar sorts by, and the sort each one asks for first. */
const SORTABLE: Partial<Record<"product" | "date" | "total", OrderSortProperty>> = { product: "product", date: "created_at", total: "amount" };

interface ColumnLabels {
  date: string;
  status: string;
  total: string;
  actions: string;
  rowDate: Messages["listRowDate"];
}

function OrdersTableView({ props, state, root }: { props: OrdersTableProps; state: ListState; root: RootProps }) {
  const messages = useFeatureMessages(listMessages);
  const { locale, timeZone } = usePortalContext();
  const { page, params, setParams, stale, counted } = state;
  const prefetch = usePrefetchOrders();
  const { items, pagination } = page;
  // Read as Polar reads them (the cache key's rules): the same defaults, limit and sets.
  const { page: current, limit, sorting, productId, productBillingType, subscriptionId, query } = normalizeListOrdersParams(params);
  const billingType = productBillingType?.length === 1 ? productBillingType[0]! : "";
  const dates = dateFormatter(locale, { timeZone });
  // One object per messages, so the memoised rows see the same labels on every render.
  const labels = useMemo<ColumnLabels>(
    () => ({
      date: messages.listDateColumn,
      status: messages.listStatusColumn,
      total: messages.listTotalColumn,
      actions: messages.listActionsColumn,
      rowDate: messages.listRowDate,
    }),
    [messages],
  );
  const filtered = Boolean(query || productId || productBillingType || subscriptionId);
  const change = (next: Partial<ListOrdersParams>) => setParams({ ...params, page: 1, ...next });

  const sort = sorting[0];
  const header = (column: keyof typeof SORTABLE, label: string, className?: string) => {
    const key = SORTABLE[column]!;
    const direction = sort === key ? "ascending" : sort === `-${key}` ? "descending" : undefined;
    // A second click turns the column's order round; a new column starts from its smallest.
    const next: OrderSorting = direction === "ascending" ? `-${key}` : key;
    return (
      <th scope="col" className={className} aria-sort={direction}>
        <button type="button" className="pp-orders-table__sort" data-direction={direction} onClick={() => change({ sorting: next })}>
          {label}
        </button>
      </th>
    );
  };

  const empty = items.length === 0;
  const from = empty ? 0 : (current - 1) * limit + 1;
  const to = empty ? 0 : from + items.length - 1;
  // A page past the last (an old bookmark, a router's `?page=9` of 3): Polar answers no orders
  // but counts them, so "no orders" would be a lie.
  const pastEnd = !stale && empty && pagination.total_count > 0 && current > pagination.max_page;
  const announcement = useAnnouncement(messages, locale, params, stale, pagination.total_count);
  const controls = filtered || pagination.total_count > 0;
  // Unknown while another search's page stands in: Next must not aim past the new end.
  const pages = counted ? Math.max(pagination.max_page, 1) : undefined;

  return (
    <div {...root} data-state="ready" data-pending={stale ? "" : undefined} data-count={counted ? pagination.total_count : undefined}>
      {controls && (
        <div className="pp-orders-table__controls">
          <Search block="pp-orders-table" query={query ?? ""} label={messages.listSearch} onSearch={(query) => change({ query: query || undefined })} />
          <label className="pp-orders-table__label">
            {messages.listFilter}
            <select
              className="pp-orders-table__input"
              value={billingType}
              onChange={(event) => change({ productBillingType: (event.target.value as ProductBillingType) || undefined })}
            >
              <option value="">{messages.listFilterAll}</option>
              <option value="one_time">{messages.listFilterOneTime}</option>
              <option value="recurring">{messages.listFilterRecurring}</option>
            </select>
          </label>
        </div>
      )}
      {/* Results of a search, a filter or a sort, said once they come (the table alone is silent). */}
      {controls && (
        <p className="pp-visually-hidden pp-orders-table__announcement" role="status">
          {announcement}
        </p>
      )}
      {pastEnd ? (
        <div className="pp-orders-table__empty pp-orders-table__past-end">
          <p>{messages.listPastEnd(current, pagination.max_page, locale)}</p>
          <button type="button" className="pp-button" onClick={() => setParams({ ...params, page: pagination.max_page })}>
            {messages.listLastPage}
          </button>
        </div>
      ) : empty ? (
        // "No matches" is said by the announcement; a customer without orders hears this at once.
        <p className="pp-orders-table__empty" role={filtered ? undefined : "status"}>
          {filtered ? messages.listNoMatches : messages.listEmpty}
        </p>
      ) : (
        <table className="pp-orders-table__table" aria-busy={stale || undefined}>
          <caption className="pp-orders-table__caption">{counted ? messages.listCaption(pagination.total_count, locale) : messages.loading}</caption>
          <thead>
            <tr>
              {header("product", messages.listProductColumn)}
              {header("date", labels.date)}
              <th scope="col">{labels.status}</th>
              {header("total", labels.total, "pp-orders-table__num")}
              {props.renderActions && <th scope="col">{labels.actions}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((order) => (
              <OrderRow
                key={order.id}
                order={order}
                locale={locale}
                dates={dates}
                labels={labels}
                getOrderHref={props.getOrderHref}
                onOpenOrder={props.onOpenOrder}
                renderActions={props.renderActions}
              />
            ))}
          </tbody>
        </table>
      )}
      {pagination.total_count > 0 && !pastEnd && (
        <Pager
          block="pp-orders-table"
          current={current}
          pages={pages}
          words={{
            label: messages.listPagination,
            previous: messages.listPrevious,
            next: messages.listNext,
            range: pages === undefined ? "" : messages.listRange(from, to, pagination.total_count, locale),
            status: pages === undefined ? messages.loading : messages.listPage(current, pages, locale),
          }}
          onPage={(next) => setParams({ ...params, page: next })}
          onIntent={(next) => prefetch({ ...params, page: next })}
        />
      )}
    </div>
  );
}

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
function useAnnouncement(messages: Messages, locale: string, params: ListOrdersParams, stale: boolean, total: number): string {
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

interface OrderRowProps {
  order: CustomerOrder;
  locale: string;
  dates: DateFormatter;
  labels: ColumnLabels;
  getOrderHref: OrdersTableProps["getOrderHref"];
  onOpenOrder: OrdersTableProps["onOpenOrder"];
  renderActions: OrdersTableProps["renderActions"];
}

// Memoised: typing in the search box, or a page coming back equal, re-renders no row.
const OrderRow = memo(function OrderRow({ order, locale, dates, labels, getOrderHref, onOpenOrder, renderActions }: OrderRowProps) {
  const date = dates.format(order.created_at);
  // Renewals of one product share its name: the date, heard but not shown (the next cell shows
  // it), tells the rows, their links and the actions named after them apart.
  const name = (
    <>
      <bdi>{order.product?.name ?? order.description}</bdi>{" "}
      <span className="pp-visually-hidden">{labels.rowDate(date)}</span>
    </>
  );
  const href = getOrderHref?.(order);
  const id = useId();
  return (
    <tr className="pp-orders-table__row" data-status={order.status} data-order-id={order.id}>
      <th scope="row" className="pp-orders-table__product" id={id}>
        {href !== undefined ? (
          <a className="pp-orders-table__open" href={href}>
            {name}
          </a>
        ) : onOpenOrder ? (
          <button type="button" className="pp-orders-table__open" onClick={() => onOpenOrder(order)}>
            {name}
          </button>
        ) : (
          name
        )}
      </th>
      <td data-label={labels.date}>
        <time dateTime={order.created_at}>{date}</time>
      </td>
      <td data-label={labels.status}>
        <StatusBadge status={order.status} />
      </td>
      <td className="pp-orders-table__num" data-label={labels.total}>
        {formatMoney(order.total_amount, order.currency, locale)}
      </td>
      {renderActions && (
        <td className="pp-orders-table__actions" data-label={labels.actions}>
          {renderActions(order, id)}
        </td>
      )}
    </tr>
  );
});
