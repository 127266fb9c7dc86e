// Every English message of the kit, assembled where the features are known (the core knows none):
// the core's words (its address form's among them) and each feature's tables. A page never ships
// this object unless it uses it (`defaultMessages` is pure): each component lays its own
// feature's table under the provider's messages. A new feature adds its tables here, to the
// object and to the types.
import { addressMessages } from "./core/address/messages.js";
import { errorMessages } from "./core/i18n/messages.js";
import { billingMessages } from "./features/billing/messages/billing.js";
import { documentMessages } from "./features/orders/messages/documents.js";
import { formMessages } from "./features/orders/messages/form.js";
import { listMessages } from "./features/orders/messages/list.js";
import { orderMessages } from "./features/orders/messages/order.js";
import { subscriptionMessages } from "./features/subscriptions/messages/subscription.js";
import { billingSectionMessages, portalMessages, subscriptionsSectionMessages } from "./portal/messages/portal.js";

type FeatureMessages = typeof addressMessages &
  typeof orderMessages & typeof formMessages & typeof listMessages & typeof documentMessages &
  typeof subscriptionMessages &
  typeof billingMessages &
  typeof portalMessages &
  typeof subscriptionsSectionMessages &
  typeof billingSectionMessages;

// The features' keys join the core's `PortalMessages`, so that `Messages`, `MessageKey`,
// `MessagePack` and `MessageOverrides` (and the provider's `messages` prop) cover every key.
declare module "./core/i18n/messages.js" {
  interface PortalMessages extends FeatureMessages {}
}

/** Every English message, the core's and each feature's. */
export const defaultMessages: typeof errorMessages & FeatureMessages = /* @__PURE__ */ Object.assign(
  {},
  errorMessages,
  orderMessages,
  addressMessages,
  formMessages,
  listMessages,
  documentMessages,
  subscriptionMessages,
  billingMessages,
  portalMessages,
  subscriptionsSectionMessages,
  billingSectionMessages,
);

export { type MessageKey, type MessageOverrides, type MessagePack, type Messages } from "./core/i18n/messages.js";
export { plural, type PluralForms } from "./core/i18n/plural.js";
export type { PostalCodeErrorValues } from "./core/address/messages.js";
