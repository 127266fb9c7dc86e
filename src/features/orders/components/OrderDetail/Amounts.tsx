import type { MoneyFormatter } from "../../../../core/format/money.js";
import type { Messages } from "./section-props.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import type { CustomerOrder } from "../../schema/order.js";

interface AmountRow {
  kind: string;
  label: string;
  amount: number;
}

type AmountLabel = "subtotal" | "discount" | "netAmount" | "tax" | "total" | "appliedBalance" | "amountDue" | "amountPaid" | "refunded" | "refundedTax" | "netPaid";

/** The amounts a customer needs: the fixed rows, plus the optional ones only when they say something. */
function amountRows(order: CustomerOrder, messages: Messages): AmountRow[] {
  const rows: AmountRow[] = [];
  // `kind` is the row's data-kind, which the stylesheet (and a merchant's) styles by.
  const row = (kind: string, label: AmountLabel, amount: number) => rows.push({ kind, label: messages[label], amount });
  row("subtotal", "subtotal", order.subtotal_amount);
  if (order.discount_amount !== 0) {
    row("discount", "discount", -order.discount_amount);
    row("net", "netAmount", order.net_amount);
  }
  row("tax", "tax", order.tax_amount);
  row("total", "total", order.total_amount);
  if (order.applied_balance_amount !== 0) row("balance", "appliedBalance", order.applied_balance_amount);
  // Polar fills due_amount (total + applied balance, at least 0) whatever the status: on an
  // unpaid order it is what is owed; on a paid one it is what the payment method was charged,
  // worth a row only when the balance made it differ from the total.
  if (!order.paid && order.due_amount > 0) row("due", "amountDue", order.due_amount);
  else if (order.paid && order.due_amount !== order.total_amount) row("paid", "amountPaid", order.due_amount);
  // Refunds are deductions from what was charged, read as an invoice is: down to what the
  // customer paid in the end.
  const refunded = order.refunded_amount + order.refunded_tax_amount;
  if (refunded > 0) {
    if (order.refunded_amount > 0) row("refunded", "refunded", -order.refunded_amount);
    if (order.refunded_tax_amount > 0) row("refunded-tax", "refundedTax", -order.refunded_tax_amount);
    row("net-paid", "netPaid", Math.max(0, order.due_amount - refunded));
  }
  return rows;
}

export function AmountList({ order, messages, money }: { order: CustomerOrder; messages: Messages; money: MoneyFormatter }) {
  return (
    <Facts className="pp-order-detail__amounts">
      {amountRows(order, messages).map((row) => (
        <Fact key={row.kind} className="pp-order-detail__amount" data-kind={row.kind} label={row.label}>
          {money(row.amount)}
        </Fact>
      ))}
    </Facts>
  );
}
