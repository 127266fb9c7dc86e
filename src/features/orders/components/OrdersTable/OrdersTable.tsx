import { useMemo } from "react";
import { normalizeListOrdersParams, type ListOrdersParams, type OrderSortProperty, type OrderSorting, type OrdersPage } from "../../api/list.js";
import { dateFormatter } from "../../../../core/format/date.js";
import { listMessages } from "../../messages/list.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { useOrders, usePrefetchOrders } from "../../query/use-orders.js";
import { createPortalComponent, type Source } from "../../../../core/shell/shell.js";
import type { RootProps } from "../../../../core/shell/root-props.js";
import { useListSource as useCoreListSource, type ListState as CoreListState } from "../../../../core/query/use-list-source.js";
import { Pager } from "../../../../core/parts/Pager.js";
import { Controls } from "./Controls.js";
import { OrderRow, type ColumnLabels } from "./OrderRow.js";
import type { OrdersTableProps } from "./props.js";
import { useAnnouncement } from "./use-announcement.js";
import { EmptyList } from "./EmptyList.js";
import { SortArrow } from "./SortArrow.js";
import { orderErrorActions } from "../ways-forward.js";

export type { OrdersTableProps } from "./props.js";

/** What the table's source hands its view: the page, the parameters it answers, and how to change them. */
type ListState = CoreListState<ListOrdersParams, OrdersPage>;

/** The parameters but the page: what the list's total depends on. */
const countKey = (params: ListOrdersParams) => JSON.stringify({ ...normalizeListOrdersParams(params), page: undefined });

/** The list's source for the shell: parameters (the merchant's or its own) and their page. */
const useListSource = (props: OrdersTableProps): Source<ListState> => useCoreListSource(props, useOrders, countKey);

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
  ownProps: { params: true, defaultParams: true, onParamsChange: true, getOrderHref: true, onOpenOrder: true, renderActions: true, className: true, onSignIn: true },
  useSource: useListSource,
  errorActions: orderErrorActions,
  View: ({ props, data: state, root }) => <OrdersTableView props={props} state={state} root={root} />,
});

/** The columns Polar sorts by, and the sort each one asks for first. */
const SORTABLE: Partial<Record<"product" | "date" | "total", OrderSortProperty>> = { product: "product", date: "created_at", total: "amount" };

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
          <SortArrow />
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
        <Controls
          messages={messages}
          query={query ?? ""}
          billingType={billingType}
          onSearch={(query) => change({ query: query || undefined })}
          onFilter={(productBillingType) => change({ productBillingType })}
        />
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
        <EmptyList messages={messages} filtered={filtered} canClear={Boolean(query || productBillingType)} onClear={() => change({ query: undefined, productBillingType: undefined })} />
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
