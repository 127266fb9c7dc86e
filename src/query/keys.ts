import type { NormalizedListOrdersParams } from "../client/orders-list.js";

/**
 * The only place that knows the kit's cache keys. Every key of every feature starts with the one
 * root, `portalKeys.all`, which the provider drops as a whole when the customer changes. The base
 * URL scopes them (sandbox and production never mix); the session token never appears in a key.
 */
export const portalKeys = {
  all: ["react-polar-portal"] as const,
};

// Each resource's root is written out rather than spread from `portalKeys.all`: a spread at module
// level is code a bundler must keep, so every page would ship every feature's keys.
export const orderKeys = {
  all: ["react-polar-portal", "orders"] as const,
  server: (baseUrl: string) => [...orderKeys.all, baseUrl] as const,
  detail: (baseUrl: string, id: string) => [...orderKeys.server(baseUrl), "detail", id] as const,
  update: (baseUrl: string, id: string) => [...orderKeys.server(baseUrl), "update", id] as const,
  /**
   * A page of the list, one entry per parameter set, in their canonical form
   * (`normalizeListOrdersParams`: defaults written out), so equal sets share it.
   */
  list: (baseUrl: string, params: NormalizedListOrdersParams) => [...orderKeys.server(baseUrl), "list", params] as const,
  /** The mutation scope that makes the updates of one order reach Polar one at a time. */
  updateScope: (baseUrl: string, id: string) => JSON.stringify(orderKeys.update(baseUrl, id)),
};

/** Who the session is: the signed-in customer or member and its role. */
export const sessionKeys = {
  all: ["react-polar-portal", "session"] as const,
  user: (baseUrl: string) => [...sessionKeys.all, baseUrl, "user"] as const,
};

/** The merchant's organization and its customer-portal settings, by slug. */
export const organizationKeys = {
  all: ["react-polar-portal", "organizations"] as const,
  detail: (baseUrl: string, slug: string) => [...organizationKeys.all, baseUrl, slug] as const,
};
