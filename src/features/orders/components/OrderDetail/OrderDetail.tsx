import { useId, useState, type ReactNode } from "react";
import { dateFormatter } from "../../../../core/format/date.js";
import { moneyFormatter } from "../../../../core/format/money.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { orderMessages } from "../../messages/order.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { useOrderSaving } from "../../query/use-order.js";
import type { OrderBillingUpdate } from "../../schema/billing.js";
import type { CustomerOrder } from "../../schema/order.js";
import { OrderLines } from "../OrderItemsTable/OrderItemsTable.js";
import { createOrderComponent, type OrderComponentProps, type OrderViewProps } from "../order-component.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { AmountList } from "./Amounts.js";
import { BillingSection, type BillingEdit } from "./BillingSection.js";
import { DetailsSection } from "./DetailsSection.js";
import { StatusBadge } from "./StatusBadge.js";
import { SubscriptionSection } from "./SubscriptionSection.js";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export interface OrderDetailProps extends OrderComponentProps {
  /** The level of the order's heading (default 2), to fit the merchant's page; sections use the next level. */
  headingLevel?: HeadingLevel;
  /** Shows "Edit billing details" and, behind it, the billing form. Default true. */
  editableBilling?: boolean;
  /** Saves billing edits through your own data layer instead of Polar's PATCH (the form's `onSubmit`). */
  onBillingSubmit?(update: OrderBillingUpdate, order: CustomerOrder): Promise<CustomerOrder | void>;
  /** Called with the saved order after a billing edit; update your own copy of an `order` prop here. */
  onBillingUpdated?(order: CustomerOrder): void;
  /**
   * Shown after the billing details, such as `<OrderDocuments orderId={id} />` (the invoice and
   * receipt actions). A slot rather than a built-in, so a page without them does not ship them.
   * As a function it gets a way to open the billing form, for an invoice that needs an address:
   * `documents={(editBilling) => <OrderDocuments orderId={id} onEditBillingDetails={editBilling} />}`.
   */
  documents?: ReactNode | ((editBilling: () => void) => ReactNode);
}

/**
 * One order as a customer reads a receipt: what was bought, its status, the amounts, the
 * subscription it belongs to, and who it is billed to.
 *
 * Root: `.pp-order-detail` with `data-state` (`loading` | `error` | `ready`), `data-status` (the
 * order's status, raw), `data-pending` while a refetch or a billing update is in flight, and
 * `data-editing` while the billing form is open.
 *
 * With `orderId`, a billing edit shows at once (the cached order is updated optimistically and
 * rolled back if Polar refuses). With an `order` prop, the saved answer is shown until the prop
 * changes; pass the new order back from `onBillingUpdated` to keep your data layer in step.
 */
export const OrderDetail = createOrderComponent<OrderDetailProps>({
  displayName: "OrderDetail",
  className: "pp-order-detail",
  skeletonLines: 6,
  ownProps: { order: true, orderId: true, className: true, headingLevel: true, editableBilling: true, onBillingSubmit: true, onBillingUpdated: true, documents: true },
  View: OrderDetailView,
});

function OrderDetailView({ props, data: order, fetching, root, onSaved }: OrderViewProps<OrderDetailProps>) {
  const { headingLevel = 2 } = props;
  const billingEdit: BillingEdit | undefined =
    props.editableBilling === false
      ? undefined
      : {
          // With an id the form shares the cache, which is what makes its optimistic write visible here.
          formSource: props.order ? { order } : { orderId: props.orderId },
          onSubmit: props.onBillingSubmit,
          onSaved: (next) => {
            onSaved(next);
            props.onBillingUpdated?.(next);
          },
        };
  const messages = useFeatureMessages(orderMessages);
  const { locale, timeZone } = usePortalContext();
  const titleId = useId();
  const saving = useOrderSaving(order.id);
  const dates = dateFormatter(locale, { timeZone });
  const section = headingLevel + 1;
  const { product } = order;
  const money = moneyFormatter(order.currency, locale);
  const [editing, setEditing] = useState(false);

  return (
    <article
      {...root}
      aria-labelledby={titleId}
      data-state="ready"
      data-status={order.status}
      data-pending={fetching || saving ? "" : undefined}
      data-editing={editing ? "" : undefined}
    >
      <header className="pp-order-detail__header">
        <Heading level={headingLevel} className="pp-order-detail__title" id={titleId}>
          <bdi>{order.description}</bdi>
        </Heading>
        <StatusBadge status={order.status} />
        {/* What was paid, first: the summary's total, named for screen readers (the eye has the size). */}
        <p className="pp-order-detail__headline">
          <span className="pp-visually-hidden">{messages.total} </span>
          {money(order.total_amount)}
        </p>
        {product && product.name !== order.description && <p className="pp-order-detail__product">
            <bdi>{product.name}</bdi>
          </p>}
        {product?.description && <p className="pp-order-detail__product-description">
            <bdi>{product.description}</bdi>
          </p>}
      </header>

      <DetailsSection order={order} level={section} dates={dates} messages={messages} />

      <OrderLines order={order} className="pp-order-detail__items" />

      <section className="pp-order-detail__section">
        <Heading level={section} className="pp-order-detail__heading">
          {messages.amountsHeading}
        </Heading>
        <AmountList order={order} messages={messages} money={money} />
      </section>

      {order.subscription && (
        <SubscriptionSection subscription={order.subscription} level={section} dates={dates} messages={messages} locale={locale} />
      )}

      <BillingSection order={order} level={section} messages={messages} locale={locale} edit={billingEdit} editing={editing} setEditing={setEditing} />
      {typeof props.documents == "function" ? props.documents(() => setEditing(true)) : props.documents}
    </article>
  );
}
