import type { NormalizedListOrdersParams } from "../api/list.js";

/**
 * The only place that knows the kit's cache keys. The base URL scopes them (sandbox and
 * production orders never mix); the session token never appears in a key.
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
