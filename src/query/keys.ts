/**
 * The only place that knows the kit's cache keys. The base URL scopes them (sandbox and
 * production orders never mix); the session token never appears in a key.
 */
export const orderKeys = {
  all: ["react-polar-portal", "orders"] as const,
  server: (baseUrl: string) => [...orderKeys.all, baseUrl] as const,
  detail: (baseUrl: string, id: string) => [...orderKeys.server(baseUrl), "detail", id] as const,
  update: (baseUrl: string, id: string) => [...orderKeys.server(baseUrl), "update", id] as const,
};
