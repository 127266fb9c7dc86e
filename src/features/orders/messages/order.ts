import { message } from "../../../core/i18n/format.js";

// Messages for <OrderDetail> and <OrderItemsTable>. A message that takes values is a function made
// from data (`message`), so a translation controls word order and plural forms; components never
// glue strings together. Each language's words are data in ./<tag>.ts.
// Status and billing-reason labels are flat keys (`statusPaid`), so a merchant can override one
// without repeating the others; values Polar adds later show by their raw value.

export const orderMessages = {
  /** Read before the status badge by screen readers (the eye gets it from the badge's colour and place). */
  orderStatus: "Status",
  statusDraft: "Draft",
  statusPending: "Pending",
  statusPaid: "Paid",
  statusRefunded: "Refunded",
  statusPartiallyRefunded: "Partially refunded",
  statusVoid: "Void",

  billingReasonPurchase: "One-time purchase",
  billingReasonSubscriptionCreate: "New subscription",
  billingReasonSubscriptionCycle: "Subscription renewal",
  billingReasonSubscriptionUpdate: "Subscription change",
  billingReasonSubscriptionMeterCycle: "Usage charges",

  detailsHeading: "Order details",
  createdAt: "Order date",
  invoiceNumber: "Invoice number",
  billingReason: "Type",
  nextPaymentAttempt: "Next payment attempt",
  dunningNotice: "The last payment attempt failed. We will try again automatically.",

  amountsHeading: "Summary",
  subtotal: "Subtotal",
  discount: "Discount",
  netAmount: "Net amount",
  tax: "Tax",
  total: "Total",
  appliedBalance: "Account balance applied",
  amountDue: "Amount due",
  amountPaid: "Amount paid",
  refunded: "Refunded",
  refundedTax: "Refunded tax",
  /** What was charged less the refunds: the last line of a refunded order's summary. */
  netPaid: "Net amount paid",

  subscriptionHeading: "Subscription",
  subscriptionBilling: "Billed",
  /** `interval` is Polar's `recurring_interval` (day, week, month, year; newer values pass through raw). */
  recurringInterval: message<(interval: string, count: number, locale: string) => string>("interval count locale", {
    day: { one: "Every day", other: "Every {count} days" },
    week: { one: "Every week", other: "Every {count} weeks" },
    month: { one: "Every month", other: "Every {count} months" },
    year: { one: "Every year", other: "Every {count} years" },
  }),
  currentPeriod: "Current period",
  cancelsAtPeriodEnd: "Cancels at the end of the current period",

  billingHeading: "Billing details",
  billingName: "Name",
  billingAddress: "Address",
  country: "Country",
  noBillingDetails: "No billing details yet.",
  editBilling: "Edit billing details",
  /** The same button on an order with no billing address yet. */
  addBilling: "Add billing details",

  /** The items table's name, shown before its count (`itemsCaption`). */
  itemsCaption: message<(count: number, locale: string) => string>("count locale", { one: "{count} item", other: "{count} items" }),
  itemColumn: "Item",
  periodColumn: "Period",
  amountColumn: "Amount",
  taxColumn: "Tax",
  proration: "Prorated",
  itemsTotal: "Total",

  /** The way forward of a "session expired" note (the merchant's `onSignIn`). */
  signInAgain: "Sign in again",
  /** The way back from an order that cannot be shown (the merchant's `onBack` / `backHref`). */
  backToOrders: "Back to your orders",
};
