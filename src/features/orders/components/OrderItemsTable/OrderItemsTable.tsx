import { memo, useMemo, type ReactNode } from "react";
import { dateFormatter, type DateFormatter } from "../../../../core/format/date.js";
import { moneyFormatter, type MoneyFormatter } from "../../../../core/format/money.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { orderMessages } from "../../messages/order.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import type { OrderItem } from "../../schema/order.js";
import { createPortalComponent, type Source } from "../../../../core/shell/shell.js";
import { createOrderComponent, type OrderComponentProps } from "../order-component.js";
import { useOrderSource } from "../use-order-source.js";
import { orderErrorActions } from "../ways-forward.js";
import { Period } from "../../../../core/parts/Period.js";
import type { RootProps } from "../../../../core/shell/root-props.js";

export interface OrderItemsTableProps extends OrderComponentProps {
  /** Lines to show without an order (with `currency`); the footer then sums them. */
  items?: readonly OrderItem[];
  /** ISO 4217 code for `items` (any case). */
  currency?: string;
  /** Shows the footer with the totals (default true). <OrderDetail> turns it off: its summary lists them. */
  totals?: boolean;
}

/**
 * The lines of an order as a table: label, the period a line covers, a proration tag, amount and
 * tax per line, and a footer whose totals are the order's own amounts (or the sums of `items`).
 *
 * Root: `.pp-items-table` with `data-state` (`loading` | `error` | `ready`), `data-pending` while
 * a refetch is in flight, and `data-count` (number of lines).
 */
// Pure: a page with <OrderDetail> alone (which shows OrderLines) leaves it out, and the footer with it.
export const OrderItemsTable = /* @__PURE__ */ createPortalComponent<OrderItemsTableProps, Lines>({
  displayName: "OrderItemsTable",
  className: "pp-items-table",
  skeletonLines: 3,
  ownProps: { order: true, orderId: true, items: true, currency: true, totals: true, className: true, onSignIn: true, onBack: true, backHref: true },
  useSource: useLines,
  errorActions: orderErrorActions,
  resetKeys: ({ order, orderId, items }) => [order, orderId, items],
  View: ({ props, data, fetching, root }) => (
    <ItemsTableView items={data.items} currency={data.currency} pending={fetching} root={root}>
      {props.totals !== false && <TotalsFooter items={data.items} currency={data.currency} totals={data.totals} />}
    </ItemsTableView>
  ),
});

/** The lines to show, with the totals the footer prints. */
interface Lines {
  items: readonly OrderItem[];
  currency: string;
  totals: Totals;
}

/** Given lines and a currency without an order (nothing is fetched), or the order's lines. */
function useLines({ order, orderId, items, currency }: OrderItemsTableProps): Source<Lines> {
  const given = !order && items !== undefined && currency !== undefined;
  const source = useOrderSource({ order, orderId: given ? undefined : orderId });
  const shown = source.data;
  const data = useMemo<Lines | undefined>(() => {
    if (given) return { items: items!, currency: currency!, totals: sumItems(items!) };
    // The order's own amounts: they are what the customer was charged.
    return shown && { items: shown.items, currency: shown.currency, totals: { subtotal: shown.subtotal_amount, discount: shown.discount_amount, tax: shown.tax_amount, total: shown.total_amount } };
  }, [given, items, currency, shown]);
  return given ? { data, status: "ready", error: null, fetching: false, refetch: source.refetch } : { ...source, data };
}

/**
 * The lines of an order without the footer, for <OrderDetail>, whose summary lists the totals:
 * the same table, root and states as <OrderItemsTable totals={false}>, without the footer's code.
 */
export const OrderLines = createOrderComponent<OrderComponentProps>({
  displayName: "OrderItemsTable",
  className: "pp-items-table",
  skeletonLines: 3,
  ownProps: { order: true, orderId: true, className: true },
  View: ({ data, fetching, root }) => <ItemsTableView items={data.items} currency={data.currency} pending={fetching} root={root} />,
});

interface Totals {
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

function sumItems(items: readonly OrderItem[]): Totals {
  let subtotal = 0;
  let tax = 0;
  for (const item of items) {
    subtotal += item.amount;
    tax += item.tax_amount;
  }
  return { subtotal, discount: 0, tax, total: subtotal + tax };
}

interface ColumnLabels {
  period: string;
  amount: string;
  tax: string;
  proration: string;
}

interface ItemsTableViewProps {
  items: readonly OrderItem[];
  currency: string;
  pending?: boolean;
  root: RootProps;
  /** The footer (`TotalsFooter`), if any. */
  children?: ReactNode;
}

const hasPeriod = (items: readonly OrderItem[]) => items.some((item) => item.start_timestamp);

/** The table itself, for resolved lines. */
function ItemsTableView({ items, currency, pending = false, root, children }: ItemsTableViewProps) {
  const messages = useFeatureMessages(orderMessages);
  const { locale, timeZone } = usePortalContext();
  // Looked up once per render (format/ caches them per page) and passed to every row: a thousand
  // lines share two formatters.
  const money = moneyFormatter(currency, locale);
  const dates = dateFormatter(locale, { timeZone });
  const showPeriod = useMemo(() => hasPeriod(items), [items]);
  const labels = useMemo<ColumnLabels>(
    () => ({ period: messages.periodColumn, amount: messages.amountColumn, tax: messages.taxColumn, proration: messages.proration }),
    [messages],
  );

  return (
    <div {...root} data-state="ready" data-pending={pending ? "" : undefined} data-count={items.length}>
      <table className="pp-items-table__table">
        {/* The table's name: what it lists and how many, in one message ("3 items"). */}
        <caption className="pp-items-table__caption">{messages.itemsCaption(items.length, locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.itemColumn}</th>
            {showPeriod && <th scope="col">{messages.periodColumn}</th>}
            <th scope="col" className="pp-items-table__num">
              {messages.amountColumn}
            </th>
            <th scope="col" className="pp-items-table__num">
              {messages.taxColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ItemRow key={item.id} item={item} money={money} dates={dates} showPeriod={showPeriod} labels={labels} />
          ))}
        </tbody>
        {children}
      </table>
    </div>
  );
}

/** The footer with the totals: subtotal and tax, the discount when there is one, and the total. */
function TotalsFooter({ items, currency, totals }: { items: readonly OrderItem[]; currency: string; totals: Totals }) {
  const messages = useFeatureMessages(orderMessages);
  const money = moneyFormatter(currency, usePortalContext().locale);
  const labelSpan = hasPeriod(items) ? 2 : 1;
  return (
    <tfoot>
      <tr className="pp-items-table__subtotal">
        <th scope="row" {...span(labelSpan)}>
          {messages.subtotal}
        </th>
        <td className="pp-items-table__num" data-label={messages.amountColumn}>
          {money(totals.subtotal)}
        </td>
        <td className="pp-items-table__num" data-label={messages.taxColumn}>
          {money(totals.tax)}
        </td>
      </tr>
      {totals.discount !== 0 && (
        <tr className="pp-items-table__discount">
          <th scope="row" {...span(labelSpan)}>
            {messages.discount}
          </th>
          <td className="pp-items-table__num" {...span(2)}>
            {money(-totals.discount)}
          </td>
        </tr>
      )}
      <tr className="pp-items-table__total">
        <th scope="row" {...span(labelSpan)}>
          {messages.itemsTotal}
        </th>
        <td className="pp-items-table__num" {...span(2)}>
          {money(totals.total)}
        </td>
      </tr>
    </tfoot>
  );
}

// Also as aria-colspan: Chromium takes a cell's span from its table layout, which the stacked
// (narrow) layout replaces with blocks; without it a footer amount is read under the wrong header.
const span = (n: number) => ({ colSpan: n, "aria-colspan": n });

interface ItemRowProps {
  item: OrderItem;
  money: MoneyFormatter;
  dates: DateFormatter;
  showPeriod: boolean;
  labels: ColumnLabels;
}

// Memoised: a refetch that returns the same lines (or a billing edit) re-renders no row.
const ItemRow = memo(function ItemRow({ item, money, dates, showPeriod, labels }: ItemRowProps) {
  return (
    <tr className="pp-items-table__row" data-proration={item.proration || undefined}>
      <th scope="row" className="pp-items-table__label">
        <bdi>{item.label}</bdi>
        {item.proration && <span className="pp-tag">{labels.proration}</span>}
      </th>
      {showPeriod && (
        <td className="pp-items-table__period" data-label={labels.period}>
          {item.start_timestamp && <Period start={item.start_timestamp} end={item.end_timestamp} formatter={dates} />}
        </td>
      )}
      <td className="pp-items-table__num" data-label={labels.amount}>
        {money(item.amount)}
      </td>
      <td className="pp-items-table__num" data-label={labels.tax}>
        {money(item.tax_amount)}
      </td>
    </tr>
  );
});
