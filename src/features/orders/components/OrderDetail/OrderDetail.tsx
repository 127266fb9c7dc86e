import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import type { BillingAddressFormProps } from "../BillingAddressForm/props.js";
import { dateFormatter, type DateFormatter } from "../../../../core/format/date.js";
import { moneyFormatter, type MoneyFormatter } from "../../../../core/format/money.js";
import { addressLines } from "../../../../core/format/address.js";
import { formatCountry } from "../../../../core/format/region.js";
import type { BaseMessages as Messages } from "../../../../core/i18n/messages.js";
import { useMessages } from "../../../../core/i18n/use-messages.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { useOrderSaving } from "../../query/use-update-order-billing.js";
import type { OrderBillingUpdate } from "../../schema/billing.js";
import type { Address, CustomerOrder, OrderSubscription } from "../../schema/order.js";
import { OrderLines } from "../OrderItemsTable/OrderItemsTable.js";
import { createOrderComponent, type OrderComponentProps, type OrderViewProps } from "../order-component.js";
import { Period } from "../../../../core/parts/Period.js";
import { Heading } from "../../../../core/parts/Heading.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { billingReasonLabel } from "./labels.js";
import { StatusBadge } from "./StatusBadge.js";

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

interface BillingEdit {
  formSource: { order?: CustomerOrder; orderId?: string };
  onSubmit: OrderDetailProps["onBillingSubmit"];
  onSaved(order: CustomerOrder): void;
}

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
  const messages = useMessages();
  const { locale, timeZone } = usePortalContext();
  const titleId = useId();
  const saving = useOrderSaving(order.id);
  const dates = dateFormatter(locale, { timeZone });
  const section = headingLevel + 1;
  const { product } = order;
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
        <AmountList order={order} messages={messages} money={moneyFormatter(order.currency, locale)} />
      </section>

      {order.subscription && (
        <SubscriptionSection subscription={order.subscription} level={section} dates={dates} messages={messages} locale={locale} />
      )}

      <BillingSection order={order} level={section} messages={messages} locale={locale} edit={billingEdit} editing={editing} setEditing={setEditing} />
      {typeof props.documents == "function" ? props.documents(() => setEditing(true)) : props.documents}
    </article>
  );
}

interface SectionProps {
  order: CustomerOrder;
  level: number;
  messages: Messages;
}

function DetailsSection({ order, level, dates, messages }: SectionProps & { dates: DateFormatter }) {
  return (
    <section className="pp-order-detail__section pp-order-detail__details">
      <Heading level={level} className="pp-order-detail__heading">
        {messages.detailsHeading}
      </Heading>
      <Facts className="pp-order-detail__facts">
        <Fact label={messages.createdAt}>
          <Period start={order.created_at} formatter={dates} />
        </Fact>
        {order.invoice_number && (
          <Fact label={messages.invoiceNumber}>
            <bdi>{order.invoice_number}</bdi>
          </Fact>
        )}
        <Fact label={messages.billingReason} valueProps={{ "data-billing-reason": order.billing_reason }}>
          {billingReasonLabel(messages, order.billing_reason)}
        </Fact>
        {order.next_payment_attempt_at && (
          <Fact className="pp-order-detail__dunning" label={messages.nextPaymentAttempt}>
            <Period start={order.next_payment_attempt_at} formatter={dates} />
          </Fact>
        )}
      </Facts>
      {order.next_payment_attempt_at && <p className="pp-order-detail__notice">{messages.dunningNotice}</p>}
    </section>
  );
}

function AmountList({ order, messages, money }: { order: CustomerOrder; messages: Messages; money: MoneyFormatter }) {
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

interface BillingSectionProps extends SectionProps {
  locale: string;
  edit: BillingEdit | undefined;
  editing: boolean;
  setEditing: (open: boolean) => void;
}

// The billing form (and react-hook-form and zod with it) is loaded when the customer asks for it,
// or when they point at or focus the button that opens it: the order page's first load ships none
// of it. A failed load is thrown to the order's error boundary like any render error.
const loadForm = () => import("../BillingAddressForm/BillingAddressForm.js");
const BillingAddressForm = lazy(() => loadForm().then((module) => ({ default: module.BillingAddressForm })));
const preloadForm = () => void loadForm().catch(() => {});

/** The form, and the keyboard in its first field once it is there (loaded, then shown). */
function LoadedForm({ box, ...props }: BillingAddressFormProps & { box: RefObject<HTMLDivElement | null> }) {
  // Once, when the form opens: not again when the order re-renders under it.
  useEffect(() => box.current?.querySelector("input")?.focus(), [box]);
  return <BillingAddressForm {...props} />;
}

/** Who the order is billed to, and the editor behind "Edit billing details". */
function BillingSection({ order, level, messages, locale, edit, editing, setEditing }: BillingSectionProps) {
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRef(false);
  const formBox = useRef<HTMLDivElement>(null);
  const closeForm = (message: string) => {
    setEditing(false);
    setAnnouncement(message);
    refocus.current = true;
  };
  return (
    <section className="pp-order-detail__section pp-order-detail__billing">
      <Heading level={level} className="pp-order-detail__heading">
        {messages.billingHeading}
      </Heading>
      {order.billing_name || order.billing_address ? (
        <Facts className="pp-order-detail__facts">
          {order.billing_name && (
            <Fact label={messages.billingName} valueProps={{ className: "pp-order-detail__billing-name" }}>
              <bdi>{order.billing_name}</bdi>
            </Fact>
          )}
          {order.billing_address && (
            <Fact label={messages.billingAddress}>
              <AddressLines address={order.billing_address} locale={locale} />
            </Fact>
          )}
        </Facts>
      ) : (
        <p className="pp-order-detail__empty">{messages.noBillingDetails}</p>
      )}
      {/* Opening the editor is one step: the button gives way to the form, and comes back (focused) when it closes. */}
      {edit &&
        (editing ? (
          <div className="pp-order-detail__form" ref={formBox}>
            <Suspense fallback={<p role="status">{messages.loading}</p>}>
              <LoadedForm
                box={formBox}
                {...edit.formSource}
                onSubmit={edit.onSubmit}
                onSuccess={(next) => {
                  edit.onSaved(next);
                  closeForm(messages.formSaved);
                }}
                onCancel={() => closeForm("")}
              />
            </Suspense>
          </div>
        ) : (
          <button
            // The form (and the focus inside it) is gone; the button is back in its place: focus it.
            ref={(button) => {
              if (button && refocus.current) {
                refocus.current = false;
                button.focus();
              }
            }}
            type="button"
            className="pp-button pp-order-detail__edit"
            onPointerEnter={preloadForm}
            onFocus={preloadForm}
            onClick={() => {
              setAnnouncement("");
              setEditing(true);
            }}
          >
            {order.billing_address ? messages.editBilling : messages.addBilling}
          </button>
        ))}
      <p className="pp-order-detail__status" role="status">
        {announcement}
      </p>
    </section>
  );
}

function SubscriptionSection(props: {
  subscription: OrderSubscription;
  level: number;
  dates: DateFormatter;
  messages: Messages;
  locale: string;
}) {
  const { subscription, level, dates, messages, locale } = props;
  return (
    <section className="pp-order-detail__section pp-order-detail__subscription" data-subscription-status={subscription.status}>
      <Heading level={level} className="pp-order-detail__heading">
        {messages.subscriptionHeading}
      </Heading>
      <Facts className="pp-order-detail__facts">
        <Fact label={messages.subscriptionBilling}>
          {messages.recurringInterval(subscription.recurring_interval, subscription.recurring_interval_count ?? 1, locale)}
        </Fact>
        <Fact label={messages.currentPeriod}>
          <Period start={subscription.current_period_start} end={subscription.current_period_end} formatter={dates} />
        </Fact>
      </Facts>
      {subscription.cancel_at_period_end && <p className="pp-order-detail__notice">{messages.cancelsAtPeriodEnd}</p>}
    </section>
  );
}

function AddressLines({ address, locale }: { address: Address; locale: string }) {
  const lines = [...addressLines(address), formatCountry(address.country, locale)];
  return (
    <span className="pp-order-detail__address">
      {lines.map((line, index) => (
        <span key={index} className="pp-order-detail__address-line">
          <bdi>{line}</bdi>
        </span>
      ))}
    </span>
  );
}
