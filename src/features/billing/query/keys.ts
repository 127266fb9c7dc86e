/**
 * The billing cache keys, under the portal's root key (`portalKeys.all` in the core) and the
 * client's base URL, so a change of customer drops them with everything else. Never the token.
 * The root is written out rather than spread (see the orders' keys).
 */
export const billingKeys = {
  all: ["react-polar-portal", "billing"] as const,
  server: (baseUrl: string) => [...billingKeys.all, baseUrl] as const,
  /** The signed-in customer (`customers/me`). */
  customer: (baseUrl: string) => [...billingKeys.server(baseUrl), "customer"] as const,
  /** Every saved payment method, all pages read. */
  paymentMethods: (baseUrl: string) => [...billingKeys.server(baseUrl), "payment-methods"] as const,
  /** The payment of one order while it settles. */
  paymentStatus: (baseUrl: string, orderId: string) => [...billingKeys.server(baseUrl), "payment-status", orderId] as const,
  /** Mutation keys: what `useIsMutating` asks about. */
  customerUpdate: (baseUrl: string) => [...billingKeys.server(baseUrl), "customer-update"] as const,
  paymentMethodDelete: (baseUrl: string) => [...billingKeys.server(baseUrl), "payment-method-delete"] as const,
  payOrder: (baseUrl: string, orderId: string) => [...billingKeys.server(baseUrl), "pay-order", orderId] as const,
  /** The scope that makes the customer's PATCHes (details, default) reach Polar one at a time. */
  customerScope: (baseUrl: string) => JSON.stringify(billingKeys.customerUpdate(baseUrl)),
  /**
   * The scope of the deletions: one at a time for all of the customer's methods, not per method,
   * since Polar's refusal of one depends on the others (two removed at once could each see the
   * other as the card left for the subscriptions).
   */
  paymentMethodScope: (baseUrl: string) => JSON.stringify(billingKeys.paymentMethodDelete(baseUrl)),
};
