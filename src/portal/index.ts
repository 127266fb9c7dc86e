// The portal page's public face: <CustomerPortal> and its sections. Each section lives in a
// module of its own, so a page imports the sections it shows and ships those alone.
export { CustomerPortal, type CustomerPortalProps } from "./CustomerPortal/CustomerPortal.js";
export { billingSection, type BillingSectionOptions } from "./sections/billing.js";
export { ordersSection, type OrdersSectionOptions } from "./sections/orders.js";
export type { PortalLocation, PortalPlace, PortalSection, PortalSectionProps } from "./sections/types.js";
export { subscriptionsSection, type SubscriptionsSectionOptions } from "./sections/subscriptions.js";
