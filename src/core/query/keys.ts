/**
 * The root of every cache key of the kit: every feature's keys start with it, and the provider
 * drops it as a whole when the customer changes. The base URL scopes what is under it (sandbox
 * and production never mix); the session token never appears in a key.
 */
export const portalKeys = {
  all: ["react-polar-portal"] as const,
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
