import type { NormalizedListSubscriptionsParams } from "../api/list.js";

/**
 * The subscriptions' cache keys, under the portal's root key (`portalKeys.all` in the core), so a
 * change of customer drops them with everything else. The root is written out rather than spread
 * from `portalKeys.all`: a spread at module level is code a bundler must keep on every page.
 */
export const subscriptionKeys = {
  all: ["react-polar-portal", "subscriptions"] as const,
  server: (baseUrl: string) => [...subscriptionKeys.all, baseUrl] as const,
  detail: (baseUrl: string, id: string) => [...subscriptionKeys.server(baseUrl), "detail", id] as const,
  update: (baseUrl: string, id: string) => [...subscriptionKeys.server(baseUrl), "update", id] as const,
  /** Every page of the list, whatever its parameters (what a change invalidates). */
  lists: (baseUrl: string) => [...subscriptionKeys.server(baseUrl), "list"] as const,
  /** A page of the list, one entry per parameter set in canonical form (`normalizeListSubscriptionsParams`). */
  list: (baseUrl: string, params: NormalizedListSubscriptionsParams) => [...subscriptionKeys.lists(baseUrl), params] as const,
  /** Polar's preview of the next charge. */
  chargePreview: (baseUrl: string, id: string) => [...subscriptionKeys.server(baseUrl), "charge-preview", id] as const,
  /** Polar's preview of one change (`{ productId }` or `{ seats }`). */
  changePreview: (baseUrl: string, id: string, change: { productId: string } | { seats: number }) =>
    [...subscriptionKeys.server(baseUrl), "change-preview", id, change] as const,
  /** The mutation scope that makes the changes of one subscription reach Polar one at a time. */
  updateScope: (baseUrl: string, id: string) => JSON.stringify(subscriptionKeys.update(baseUrl, id)),
};
