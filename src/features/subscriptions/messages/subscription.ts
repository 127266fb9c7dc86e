import { message } from "../../../core/i18n/format.js";

// Messages for the subscriptions' components: the list, a subscription, its dialogs. A message
// that takes values is a function made from data (`message`), so a translation orders the words
// and picks plural forms; dates and amounts come formatted (Intl, the customer's locale). Polar's
// values map onto keys by name (`past_due` → `subscriptionStatusPastDue`); a value Polar adds
// later reads as words. Each language's words are data in ./<tag>.ts.

type Dated = (date: string) => string;
type Counted = (count: number, locale: string) => string;

export const subscriptionMessages = {
  /** Read before the status badge by screen readers. */
  subscriptionStatus: "Subscription status",
  subscriptionStatusIncomplete: "Awaiting first payment",
  subscriptionStatusIncompleteExpired: "Expired",
  subscriptionStatusTrialing: "Trial",
  subscriptionStatusActive: "Active",
  // Polar's hosted portal files this under "Inactive"; it is the one state the customer can fix.
  subscriptionStatusPastDue: "Payment overdue",
  subscriptionStatusCanceled: "Canceled",
  subscriptionStatusUnpaid: "Unpaid",
  subscriptionStatusPaused: "Paused",

  /** The flags beside the status, each with its date (already formatted). */
  subscriptionTrialUntil: message<Dated>("date", "Trial until {date}"),
  subscriptionCancelsOn: message<Dated>("date", "Cancels on {date}"),
  subscriptionPausesOn: message<Dated>("date", "Pauses on {date}"),
  subscriptionPausedUntil: message<Dated>("date", "Paused until {date}"),
  subscriptionPausedIndefinitely: "Paused until you resume it",
  subscriptionRenewsOn: message<Dated>("date", "Renews on {date}"),
  subscriptionEndedOn: message<Dated>("date", "Ended on {date}"),
  subscriptionPastDueNotice: "The last payment failed. We will try it again automatically; check that your payment method can be charged.",
  subscriptionUnpaidNotice: "This subscription stopped because its payments failed.",
  /** A plan change scheduled for the next period: the new plan's name and the date. */
  subscriptionPendingPlan: message<(product: string, date: string) => string>("product date", "Changes to {product} on {date}"),
  /** The same when the new plan's name is not known here. */
  subscriptionPendingPlanUnnamed: message<Dated>("date", "Changes plan on {date}"),
  subscriptionPendingSeats: message<(count: number, date: string, locale: string) => string>("count date locale", {
    one: "Changes to {count} seat on {date}",
    other: "Changes to {count} seats on {date}",
  }),

  /** An amount per interval: Polar's `recurring_interval` and `recurring_interval_count`. */
  subscriptionPrice: message<(interval: string, count: number, amount: string, locale: string) => string>("interval count amount locale", {
    day: { one: "{amount} / day", other: "{amount} every {count} days" },
    week: { one: "{amount} / week", other: "{amount} every {count} weeks" },
    month: { one: "{amount} / month", other: "{amount} every {count} months" },
    year: { one: "{amount} / year", other: "{amount} every {count} years" },
  }),
  subscriptionSeatCount: message<Counted>("count locale", { one: "{count} seat", other: "{count} seats" }),

  // The list
  subscriptionsCaption: message<Counted>("count locale", { one: "{count} subscription", other: "{count} subscriptions" }),
  subscriptionsGroupNeedsAction: "Needs your attention",
  subscriptionsGroupCurrent: "Current",
  subscriptionsGroupEnded: "Ended",
  subscriptionsPlanColumn: "Plan",
  subscriptionsPriceColumn: "Price",
  subscriptionsStatusColumn: "Status",
  subscriptionsStartedColumn: "Started",
  subscriptionsSearch: "Search subscriptions",
  subscriptionsFilter: "Show",
  subscriptionsFilterAll: "All subscriptions",
  subscriptionsSort: "Sort by",
  subscriptionsSortNewest: "Newest first",
  subscriptionsSortOldest: "Oldest first",
  subscriptionsSortPriceHigh: "Highest price first",
  subscriptionsSortPriceLow: "Lowest price first",
  subscriptionsSortPlan: "Plan name",
  // Polar's `active` filter: true is trialing or active, false canceled or unpaid.
  subscriptionsFilterActive: "Active and in trial",
  subscriptionsFilterInactive: "Canceled and unpaid",
  subscriptionsEmpty: "You have no subscriptions yet.",
  subscriptionsNoMatches: "No subscriptions match your search.",
  subscriptionsRange: message<(from: number, to: number, total: number, locale: string) => string>("from to total locale", "{from}–{to} of {total}"),
  subscriptionsPage: message<(page: number, pages: number, locale: string) => string>("page pages locale", "Page {page} of {pages}"),
  subscriptionsPagination: "Pages of subscriptions",
  subscriptionsPrevious: "Previous page",
  subscriptionsNext: "Next page",
  /** Heard after a row's plan name, not shown: tells two subscriptions to one plan apart. */
  subscriptionsRowStarted: message<Dated>("date", "started {date}"),

  // One subscription
  subscriptionPlanHeading: "Plan",
  subscriptionSeatsLabel: "Seats",
  subscriptionStartedLabel: "Started",
  subscriptionPeriodLabel: "Current period",
  subscriptionNextChargeHeading: "Next charge",
  /** The next invoice's total and its date. */
  subscriptionNextCharge: message<(amount: string, date: string) => string>("amount date", "{amount} on {date}"),
  subscriptionChargeBase: "Plan",
  subscriptionChargeMetered: "Usage",
  subscriptionChargeProration: "Changes this period",
  subscriptionChargeDiscount: "Discount",
  subscriptionChargeTax: "Tax",
  subscriptionChargeBalance: "Account balance applied",
  subscriptionChargeTotal: "Total",
  // Polar's preview did not answer: the plan's price is known, the rest is not guessed.
  subscriptionChargeBaseOnly: "The plan's price alone: usage, discounts and tax are added on the invoice.",
  subscriptionChargeNone: "No further charge is scheduled.",
  subscriptionChargeUnknown: "The next charge cannot be shown right now.",
  subscriptionInvoicesHeading: "Invoices",
  subscriptionInvoicesEmpty: "No invoices yet.",
  subscriptionActionsLabel: "Manage subscription",

  // Actions and what they did (said in a live region)
  subscriptionCancel: "Cancel subscription",
  subscriptionUncancel: "Resume subscription",
  subscriptionChangePlan: "Change plan",
  subscriptionChangeSeats: "Change seats",
  subscriptionPause: "Pause subscription",
  subscriptionUnschedulePause: "Don't pause",
  subscriptionResume: "Resume now",
  subscriptionClearPending: "Cancel scheduled change",
  subscriptionWorking: "Saving…",
  subscriptionCanceledDone: message<Dated>("date", "Your subscription is canceled. You keep access until {date}."),
  subscriptionUncanceledDone: "Your subscription will continue.",
  subscriptionPlanChangedDone: "Your plan has been changed.",
  subscriptionPlanScheduledDone: message<Dated>("date", "Your plan changes on {date}."),
  subscriptionSeatsChangedDone: message<Counted>("count locale", { one: "You now have {count} seat.", other: "You now have {count} seats." }),
  subscriptionPendingClearedDone: "The scheduled change was canceled.",
  subscriptionPauseScheduledDone: message<Dated>("date", "Your subscription pauses on {date}."),
  subscriptionPauseClearedDone: "Your subscription will not pause.",
  subscriptionResumedDone: "Your subscription is running again.",

  // Cancel
  cancelTitle: "Cancel your subscription?",
  cancelAccessUntil: message<Dated>("date", "You keep access until {date}, the end of the period you paid for. Nothing renews after that, and you can resume the subscription until then."),
  cancelTrialUntil: message<Dated>("date", "Your trial runs until {date} and you will not be charged. You can resume the subscription until then."),
  cancelReasonLegend: "Why are you canceling? (optional)",
  cancelReasonCustomerService: "Customer service did not help me",
  cancelReasonLowQuality: "The quality was lower than expected",
  cancelReasonMissingFeatures: "Features I need are missing",
  cancelReasonSwitchedService: "I'm switching to another service",
  cancelReasonTooComplex: "It's too complicated",
  cancelReasonTooExpensive: "It's too expensive",
  cancelReasonUnused: "I don't use it enough",
  cancelReasonOther: "Another reason",
  cancelComment: "Anything else you would like to tell us? (optional)",
  cancelConfirm: "Cancel subscription",
  cancelKeep: "Keep subscription",

  // Change plan and seats
  planTitle: "Change plan",
  planChoose: "Choose a plan",
  planCurrent: message<(product: string) => string>("product", "Your current plan is {product}."),
  planNone: "No other plan can replace this one.",
  planIneligible: "This plan cannot replace your current one.",
  /** Why a plan is offered but cannot be chosen (Polar's 422 rules, `planChangeEligibility`). */
  planIneligibleNotRecurring: "This plan is not a subscription.",
  planIneligibleLegacyPrices: "This plan's pricing cannot be switched to here.",
  planIneligibleNoPriceForCurrency: "This plan is not sold in your subscription's currency.",
  planIneligibleCustomPrice: "This plan's price is one you choose yourself, which a plan change cannot set.",
  planIneligibleSeatToNonSeat: "Your plan is charged by the seat and this one is not.",
  planIneligibleUnitToNonUnit: "Your plan is charged by the unit and this one is not.",
  planIneligibleSeatTransitionNextPeriod: "A move to a plan charged by the seat cannot wait for your next period, and plan changes here do.",
  planIneligibleUnitTransitionNextPeriod: "A move to a plan charged by the unit cannot wait for your next period, and plan changes here do.",
  changeLoading: "Working out the price…",
  changeNewPrice: "New price",
  changeDueNow: "Charged now",
  changeNextInvoice: "Added to your next invoice",
  changeScheduled: message<Dated>("date", "The change takes effect on {date}, when your next period starts. Nothing is charged now."),
  changePricesOnly: "What this period's change costs is worked out by the payment provider when you confirm.",
  changeBillsNow: "An invoice for this change is issued and charged now.",
  changeConsent: "I agree to be charged now for this change.",
  changeConsentNeeded: "Tick the box to agree to the charge first.",
  planConfirm: "Change plan",
  changeKeep: "Keep things as they are",
  seatsLabel: "Seats",
  seatsDecrease: "Remove a seat",
  seatsIncrease: "Add a seat",
  seatsLimits: message<(min: number, max: number, locale: string) => string>("min max locale", "From {min} to {max} seats"),
  seatsMinimum: message<Counted>("count locale", { one: "At least {count} seat", other: "At least {count} seats" }),
  seatsConfirm: "Update seats",
  pauseTitle: "Pause your subscription?",
  pauseDescription: message<Dated>("date", "It pauses on {date}, at the end of the period you paid for. You are not charged and lose access while it is paused, until you resume it."),
  pauseConfirm: "Pause subscription",
  resumeDescription: "A new billing period starts today and is charged now.",

  // Refusals: what Polar said no to, and the way forward
  refusalAlreadyCanceled: "This subscription is already canceled or ends with this period. The page now shows its latest state.",
  refusalNotAllowedUpdatePlan: "Plans cannot be changed here. Contact us and we will change it for you.",
  refusalNotAllowedUpdateSeats: "Seats cannot be changed here. Contact us and we will change them for you.",
  refusalNotAllowedPause: "Subscriptions cannot be paused here. Contact us if you need a pause.",
  refusalBillingForbidden: "Only your team's owners and billing managers can change this subscription. Ask one of them.",
  refusalPaymentMethodRequired: "Add a payment method to your account first, then try again.",
  refusalEnded: "This subscription has ended. Subscribe again to get access back.",
  refusalPaymentFailed: "The payment failed, so nothing changed. Check your payment method, then try again.",
  refusalPaymentActionRequired: "Your bank asks you to confirm this payment. Confirm it in your bank's app or email, then try again.",
  refusalBelowMinimumSeats: message<Counted>("count locale", { one: "This plan needs at least {count} seat.", other: "This plan needs at least {count} seats." }),
  refusalAboveMaximumSeats: message<Counted>("count locale", { one: "This plan allows at most {count} seat.", other: "This plan allows at most {count} seats." }),
  refusalSeatsAssigned: message<Counted>("count locale", {
    one: "{count} seat is assigned to someone. Free seats before removing them.",
    other: "{count} seats are assigned to people. Free seats before removing them.",
  }),
  refusalNotSeatBased: "This subscription is not priced by seat.",
  refusalInvalidProduct: "This plan cannot replace your current one. Choose another plan.",
  refusalNoPendingUpdate: "No change is scheduled any more. The page now shows the latest state.",
  refusalCannotPause: "This subscription cannot be paused right now.",
  refusalNoScheduledPause: "No pause is scheduled any more. The page now shows the latest state.",
  refusalNotPaused: "This subscription is not paused any more. The page now shows the latest state.",
  refusalInvalidResumeDate: "Choose a date after the end of the current period.",
  refusalCannotUncancel: "This subscription can no longer be resumed.",
  refusalDismiss: "Dismiss",
  /** Beside a refusal for want of a card: opens the billing feature's "Add a card"; the change is tried again once it is added. */
  refusalAddCard: "Add a card",
};
