import { memo, useId } from "react";
import type { DateFormatter } from "../../../../core/format/date.js";
import { formatMoney } from "../../../../core/format/money.js";
import type { CustomerOrder } from "../../schema/order.js";
import { StatusBadge } from "../OrderDetail/StatusBadge.js";
import type { ListMessages, OrdersTableProps } from "./props.js";

export interface ColumnLabels {
  date: string;
  status: string;
  total: string;
  actions: string;
  rowDate: ListMessages["listRowDate"];
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
export const OrderRow = memo(function OrderRow({ order, locale, dates, labels, getOrderHref, onOpenOrder, renderActions }: OrderRowProps) {
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
        <td className="pp-orders-table__actions" data-label={labels.actions} data-compact="">
          {renderActions(order, id)}
        </td>
      )}
    </tr>
  );
});
