// Messages for <CustomerPortal>'s own frame: the navigation between its sections and what a
// plain member sees in place of a billing section. Each section's words are its feature's.

export const portalMessages = {
  /** The navigation between the portal's sections, as a screen reader names it. */
  portalSections: "Your account",
  /** The orders section's tab or link. */
  portalSectionOrders: "Orders",
  /** The subscriptions section's tab or link. */
  portalSectionSubscriptions: "Subscriptions",
  /**
   * In place of a billing section (orders, later payment methods) for a member of a team who is
   * neither its owner nor a billing manager: Polar refuses them billing features.
   */
  portalBillingOnly: "Only your team's owners and billing managers can see this.",
};
