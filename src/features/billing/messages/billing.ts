import { message } from "../../../core/i18n/format.js";

// Messages for the billing components: saved cards, adding one, a failed payment and paying it,
// the customer's billing details. A message that takes values is made from data (`message`), so a
// translation orders the words; dates and amounts come formatted (Intl, the customer's locale).
// Card brands and wallets are names (Visa, Apple Pay), not words: they are not here. Each
// language's words are data in ./<tag>.ts.

type Card = (card: string) => string;

export const billingMessages = {
  // The list of saved cards
  paymentMethodsLabel: "Saved payment methods",
  paymentMethodsEmpty: "No saved cards",
  paymentMethodsEmptyText: "Add a card to pay for your subscriptions and orders.",
  paymentMethodsAdd: "Add a card",
  /** What a screen reader hears for a card: its brand and last four digits ("Visa ending in 4242"). */
  cardEndingIn: message<(brand: string, last4: string) => string>("brand last4", "{brand} ending in {last4}"),
  /** The expiry, already formatted as the locale writes a month and a year ("08/27"). */
  cardExpires: message<(date: string) => string>("date", "Expires {date}"),
  cardExpired: message<(date: string) => string>("date", "Expired {date}"),
  cardBadgeDefault: "Default",
  cardBadgeExpired: "Expired",
  cardBadgeExpiring: "Expires soon",
  /** A method that is not a card, by Polar's `type`; a type not listed reads as "Other payment method". */
  paymentMethodType: message<(type: string) => string>("type", {
    sepa_debit: "SEPA Direct Debit",
    us_bank_account: "US bank account",
    bacs_debit: "Bacs Direct Debit",
    other: "Other payment method",
  }),
  cardMakeDefault: "Make default",
  cardRemove: "Remove",
  cardWorking: "Saving…",
  cardDefaultDone: message<Card>("card", "{card} is now your default payment method."),
  cardRemovedDone: message<Card>("card", "{card} was removed."),
  removeCardTitle: "Remove this card?",
  removeCardDescription: message<Card>("card", "{card} will no longer be used for payments."),
  removeCardSubscriptions: "Subscriptions that pay with it move to another saved card.",
  removeCardConfirm: "Remove card",
  removeCardKeep: "Keep card",
  removeCardWorking: "Removing…",

  // Polar's refusals, in the customer's words
  billingRefusalPaymentMethodInUse: "An active subscription still needs this card. Add another card first, or cancel the subscription.",
  billingRefusalPaymentMethodNotFound: "This card is no longer saved. The list has been refreshed.",
  billingRefusalNotEligibleForRetry: "This order no longer needs a payment.",
  billingRefusalPaymentInProgress: "A payment for this order is already in progress. Wait a moment, then check again.",
  billingRefusalRetryLimitExceeded: "You have reached the limit of payment attempts for this order. We will try again automatically.",
  billingRefusalTaxIdInvalid: "This tax ID is not valid for the country of your address.",
  billingRefusalTaxIdCountryRequired: "Select your country first: it is needed to check the tax ID.",
  billingRefusalAddressRequired: "A saved address cannot be removed. Correct it instead.",
  billingRefusalForbidden: "Only the account owner or a billing manager can change billing.",
  billingRefusalDismiss: "Dismiss",

  // Adding a card
  addCardTitle: "Add a card",
  addCardSecure: "Card details are entered in a secure form and never pass through this page.",
  addCardLoading: "Loading the secure card form…",
  addCardConfirming: "Saving your card…",
  addCardAdded: "Your card was added.",
  addCardClose: "Close",
  addCardDone: "Done",
  addCardTryAgain: "Try again",
  /** The embed's error codes: invalid_request (and a session that could not be fetched), unauthorized, processing_failed, and any other. */
  addCardErrorInvalidRequest: "The card form could not start. Please try again.",
  addCardErrorUnauthorized: "Your session has expired. Sign in again to add a card.",
  addCardErrorProcessingFailed: "Your card could not be saved. Check its details or try another card.",
  /** No card form can open here (the merchant's setup: the kit tells the developer in the console). */
  addCardErrorUnavailable: "Adding a card is not available here right now.",
  addCardErrorUnknown: "Something went wrong while saving your card. Please try again.",

  // A failed payment
  failedPaymentTitle: "Your payment failed",
  failedPaymentText: message<(product: string, amount: string) => string>("product amount", "We could not charge {amount} for {product}."),
  failedPaymentRetryOn: message<(date: string) => string>("date", "We will try again on {date}. Pay now, or make sure your card can be charged."),
  failedPaymentPayNow: "Pay now",

  // Paying it now
  payNowTitle: message<(amount: string) => string>("amount", "Pay {amount} now"),
  payNowDescription: message<(product: string) => string>("product", "For {product}."),
  payNowWith: "Pay with",
  payNowNewCard: "Use a new card",
  payNowConfirm: message<(amount: string) => string>("amount", "Pay {amount}"),
  payNowNotNow: "Not now",
  payNowPaying: "Paying…",
  payNowProcessing: "Waiting for your bank to confirm the payment…",
  payNowAction: "Your bank asks you to confirm this payment. Follow its steps in the window it opened.",
  payNowActionElsewhere: "Your bank asks you to confirm this payment, which cannot be done here. Choose another card, or try again later.",
  payNowPaid: "Payment received. Thank you!",
  payNowFailed: "The payment failed. Try another card.",
  payNowTimedOut: "Your bank has not answered yet. The payment may still go through: check back in a few minutes before paying again.",
  payNowStopWaiting: "Stop waiting",
  payNowStopped: "We stopped waiting. The payment may still go through: check back in a few minutes before paying again.",
  payNowClose: "Close",

  // Billing details
  billingDetailsLabel: "Billing details",
  billingDetailsFuture: "These details apply to future orders. To correct an existing invoice, edit that order.",
  /** The tax ID's name in the customer's country: its kind is picked by the country. */
  billingTaxId: message<(kind: string) => string>("kind", {
    vat: "VAT number (optional)",
    gst: "GST number (optional)",
    ein: "EIN (optional)",
    abn: "ABN (optional)",
    other: "Tax ID (optional)",
  }),
  /** An example in the country's format ("DE123456789"). */
  billingTaxIdExample: message<(example: string) => string>("example", "For businesses, for example {example}."),
  billingTaxIdHint: "For businesses. Leave it empty if you buy as a person.",
};

export type BillingMessages = typeof billingMessages;
