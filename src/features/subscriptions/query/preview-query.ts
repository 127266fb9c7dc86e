// The queries of Polar's private preview routes, free of React's client side. Each answers what
// the kit can say: Polar's figures, "prices" when the route itself is missing (a Polar without it:
// the kit then computes only what the prices tell), or "none" when Polar says no charge is coming.
import { queryOptions } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import { isPortalError, type PortalError } from "../../../core/client/errors.js";
import { retryDelay, shouldRetry } from "../../../core/query/retry.js";
import { portalStore } from "../../../core/query/store.js";
import { getChargePreview, isMissingRoute, previewSubscriptionChange } from "../api/previews.js";
import type { SubscriptionChange } from "../schema/preview.js";
import type { SubscriptionChargePreview } from "../schema/subscription.js";
import { subscriptionKeys } from "./keys.js";

export type PreviewAnswer = { source: "polar"; preview: SubscriptionChargePreview } | { source: "prices" } | { source: "none" };

const PREVIEW_STALE_TIME = 30_000;

/** Where the kit notes, per Polar, that a preview route is missing, so it is not asked again. */
const missingKey = (baseUrl: string, route: "charge-preview" | "change-preview") => JSON.stringify([...subscriptionKeys.server(baseUrl), "missing", route]);

async function ask(
  queryClient: Parameters<typeof portalStore>[0],
  baseUrl: string,
  route: "charge-preview" | "change-preview",
  call: () => Promise<SubscriptionChargePreview>,
): Promise<PreviewAnswer> {
  const store = portalStore(queryClient);
  if (store.has(missingKey(baseUrl, route))) return { source: "prices" };
  try {
    return { source: "polar", preview: await call() };
  } catch (error) {
    if (isMissingRoute(error)) {
      store.set(missingKey(baseUrl, route), true);
      return { source: "prices" };
    }
    // Polar's own 404 (`ResourceNotFound`) of the charge preview: no charge is coming.
    if (route === "charge-preview" && isPortalError(error) && error.status === 404) return { source: "none" };
    throw error;
  }
}

/** The next charge of subscription `id`: Polar's preview, or what the kit may compute instead. */
export function chargePreviewQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, id: string) {
  const queryKey = subscriptionKeys.chargePreview(client.baseUrl, id);
  return queryOptions<PreviewAnswer, PortalError, PreviewAnswer, typeof queryKey>({
    queryKey,
    queryFn: ({ signal, client: queryClient }) => ask(queryClient, client.baseUrl, "charge-preview", () => getChargePreview(client, id, { signal })),
    enabled: Boolean(id),
    staleTime: PREVIEW_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}

/** One change in one canonical form, so `{ seats: 3 }` however written is one cache entry. */
const canonical = (change: SubscriptionChange): SubscriptionChange => ("productId" in change ? { productId: change.productId } : { seats: change.seats });

/** What a plan or seat change of subscription `id` costs: Polar's preview, or what the kit may compute instead. */
export function changePreviewQueryOptions(client: Pick<PortalClient, "baseUrl" | "request">, id: string, change: SubscriptionChange) {
  const queryKey = subscriptionKeys.changePreview(client.baseUrl, id, canonical(change));
  return queryOptions<PreviewAnswer, PortalError, PreviewAnswer, typeof queryKey>({
    queryKey,
    queryFn: ({ signal, client: queryClient }) =>
      ask(queryClient, client.baseUrl, "change-preview", () => previewSubscriptionChange(client, id, canonical(change), { signal })),
    enabled: Boolean(id),
    staleTime: PREVIEW_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
