// Messages for <CustomerPortal>'s own frame (the navigation between its sections, what a plain
// member sees in place of a billing section) and for its sections, each section's table apart so
// that a page ships the words of the sections it imports.

export const portalMessages = {
  /** The navigation between the portal's sections, as a screen reader names it. */
  portalSections: "Your account",
  /** The orders section's tab or link. */
  portalSectionOrders: "Orders",
  /**
   * In place of a billing section (orders, later payment methods) for a member of a team who is
   * neither its owner nor a billing manager: Polar refuses them billing features.
   */
  portalBillingOnly: "Only your team's owners and billing managers can see this.",
};

/** The subscriptions section (sections/subscriptions.tsx). */
export const subscriptionsSectionMessages = {
  /** Its tab or link. */
  portalSectionSubscriptions: "Subscriptions",
  /** The heading above the list of subscriptions, and the way back to it from a subscription. */
  portalSubscriptionsTitle: "Your subscriptions",
  portalSubscriptionsBack: "Back to subscriptions",
};

/** The billing section (sections/billing.tsx): saved cards, failed payments, billing details. */
export const billingSectionMessages = {
  /** Its tab or link. */
  portalSectionBilling: "Billing",
  /** The heading above the section. */
  portalBillingTitle: "Billing",
  /** The heading above the saved cards. */
  portalBillingPaymentMethods: "Payment methods",
  /** The heading above the billing details for future orders. */
  portalBillingDetails: "Billing details",
};
