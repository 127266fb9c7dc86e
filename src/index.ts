// The public face of react-polar-portal: what the README promises and nothing else. The core
// (provider, client, errors, formatting, words) is listed here; each feature lists its own in its
// folder's index. Schemas and form helpers live in `react-polar-portal/schema`, fixtures and the
// mock Polar in `react-polar-portal/testing`.

// Provider
export { PortalProvider, type PortalProviderProps } from "./core/provider/PortalProvider.js";
export { usePortalClient } from "./core/provider/context.js";

// Talking to Polar
export {
  createPortalClient,
  POLAR_SERVERS,
  type PolarApiVersion,
  type PolarServer,
  type PortalClient,
  type PortalClientOptions,
  type PortalRequest,
  type PortalResponse,
  type RequestOptions,
} from "./core/client/client.js";
export { SESSION_EXPIRY_MARGIN_MS, type CustomerSessionLike, type TokenAnswer, type TokenSource } from "./core/client/token.js";
export {
  PortalError,
  isPortalError,
  resourceOf,
  type FieldErrors,
  type PortalErrorInit,
  type PortalErrorKind,
  type PortalResource,
  type ValidationIssue,
} from "./core/client/errors.js";

// The session: who is signed in, what the merchant's portal allows, and the cache's root key
export { organizationKeys, portalKeys, sessionKeys } from "./core/query/keys.js";
export { getCustomerSessionUser, getPortalOrganization } from "./core/session/session.js";
export { canManageBilling, customerSessionUserQueryOptions, portalOrganizationQueryOptions } from "./core/session/session-query.js";
export { useBillingAccess, useCustomerSessionUser, usePortalOrganization, type BillingAccess } from "./core/session/use-session.js";
export type { CustomerPortalSettings, KnownMemberRole, PortalOrganization, PortalOrganizationData, PortalUser } from "./core/session/schema.js";
export type { RootAttributes } from "./core/shell/root-props.js";

// Formatting and words
export { formatDate, formatMoney, type DateFormatOptions } from "./core/format/index.js";
export {
  defaultMessages,
  plural,
  type MessageKey,
  type MessageOverrides,
  type MessagePack,
  type Messages,
  type PluralForms,
  type PostalCodeErrorValues,
} from "./messages.js";
export { useMessages } from "./use-messages.js";

// The features
export * from "./features/orders/index.js";
export * from "./features/subscriptions/index.js";
export * from "./features/billing/index.js";
export * from "./portal/index.js";
