import { Heading } from "../../../../core/parts/Heading.js";
import { OrdersTable, useOrders, type OrdersTableProps } from "../../../orders/index.js";
import type { SubscriptionMessages } from "../labels.js";

interface InvoicesProps {
  subscriptionId: string;
  level: number;
  messages: SubscriptionMessages;
  getOrderHref: OrdersTableProps["getOrderHref"];
  onOpenOrder: OrdersTableProps["onOpenOrder"];
}

/**
 * The subscription's orders (its first payment and renewals, each with its invoice), through the
 * orders list filtered by `subscription_id`; the list shares this query's cache entry, so it asks
 * Polar nothing more. None yet: a sentence rather than an empty search.
 */
export function Invoices({ subscriptionId, level, messages, getOrderHref, onOpenOrder }: InvoicesProps) {
  const params = { subscriptionId, limit: 5 };
  const first = useOrders(params);
  const none = first.data?.pagination.total_count === 0;
  return (
    <section className="pp-subscription-detail__section pp-subscription-detail__invoices" data-section="invoices">
      <Heading level={level} className="pp-subscription-detail__heading">
        {messages.subscriptionInvoicesHeading}
      </Heading>
      {none ? (
        <p className="pp-subscription-detail__note">{messages.subscriptionInvoicesEmpty}</p>
      ) : (
        <OrdersTable defaultParams={params} getOrderHref={getOrderHref} onOpenOrder={onOpenOrder} />
      )}
    </section>
  );
}
