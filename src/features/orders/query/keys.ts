import type { NormalizedListOrdersParams } from "../api/list.js";

/**
 * The orders' cache keys, under the portal's root key (`portalKeys.all` in the core).
 * The root is written out rather than spread from `portalKeys.all`: a spread at module level is
 * code a bundler must keep, so every page would ship every feature's keys.
 */
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
