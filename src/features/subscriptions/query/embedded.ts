// Other resources carry a copy of a subscription: each order of a subscription embeds it
// (`CustomerOrder.subscription`). When Polar answers a change, those copies are brought up to date
// in the cache; a change that may have billed (a new order) makes the orders be read again. The
// subscriptions feature does not import the orders feature (features meet only through the core),
// so copies are found by shape, under the portal's root key.
import type { Query, QueryClient } from "@tanstack/react-query";
import { hasPendingUpdates } from "../../../core/query/optimistic.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { subscriptionKeys } from "./keys.js";

/** `orderKeys.all` of the orders feature, written out: what a billing change makes stale. */
const ORDERS_ROOT = ["react-polar-portal", "orders"] as const;

type Embedding = { subscription?: unknown; subscription_id?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const embeds = (value: unknown, id: string): boolean => isRecord(value) && isRecord(value.subscription) && value.subscription.id === id;

/** A copy updated with Polar's answer: the fields it carries, nothing added. */
function refreshed<T extends Embedding>(holder: T, subscription: CustomerSubscription): T {
  const copy = holder.subscription as Record<string, unknown>;
  const next: Record<string, unknown> = { ...copy };
  for (const key of Object.keys(copy)) {
    if (key in subscription) next[key] = (subscription as unknown as Record<string, unknown>)[key];
  }
  return { ...holder, subscription: next };
}

function updated(data: unknown, subscription: CustomerSubscription): unknown {
  if (embeds(data, subscription.id)) return refreshed(data as Embedding, subscription);
  if (isRecord(data) && Array.isArray(data.items) && data.items.some((item) => embeds(item, subscription.id))) {
    return { ...data, items: data.items.map((item: unknown) => (embeds(item, subscription.id) ? refreshed(item as Embedding, subscription) : item)) };
  }
  return undefined;
}

const isOwn = (query: Query, baseUrl: string) => query.queryKey[1] === subscriptionKeys.all[1] || query.queryKey[2] !== baseUrl;

/**
 * Brings the cached copies of `subscription` (orders and order pages of the same Polar) up to
 * date. With `billed`, the orders are read again instead: the change may have made an order.
 */
export function syncEmbeddedCopies(queryClient: QueryClient, baseUrl: string, subscription: CustomerSubscription, billed: boolean): void {
  if (billed) {
    void queryClient.invalidateQueries({ queryKey: [...ORDERS_ROOT, baseUrl] });
    return;
  }
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [subscriptionKeys.all[0]] })) {
    if (isOwn(query, baseUrl)) continue;
    const next = updated(query.state.data, subscription);
    if (next === undefined) continue;
    // An entry with its own updates unanswered is left to their answer (and read again).
    if (hasPendingUpdates(queryClient, query.queryKey)) void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    else queryClient.setQueryData(query.queryKey, next, { updatedAt: query.state.dataUpdatedAt });
  }
}
