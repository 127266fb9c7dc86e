// The customer's subscriptions list, `GET /v1/customer-portal/subscriptions/`: a standalone
// function over the client's request core, like the orders list.
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { listOf, pageAndLimit, parsePage, setOf, type Page } from "../../../core/query/list.js";
import { parseSubscription } from "../schema/parse.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { SUBSCRIPTIONS_PATH } from "./subscription.js";

/** What Polar sorts subscriptions by; `-` before it for descending (`-started_at`, its default). */
export type SubscriptionSortProperty = "started_at" | "amount" | "status" | "organization" | "product";
export type SubscriptionSorting = SubscriptionSortProperty | `-${SubscriptionSortProperty}`;

/** The list's parameters, as Polar takes them; every one may be left out. */
export interface ListSubscriptionsParams {
  /** From 1 (default 1). */
  page?: number;
  /** Subscriptions per page (default 10); Polar cuts anything above 100 to 100. */
  limit?: number;
  /** Only subscriptions of this product (or of any of these). */
  productId?: string | readonly string[];
  /**
   * Polar's filter: `true` is trialing or active, `false` is canceled or unpaid; past_due and
   * paused match neither. For the kit's grouping (current, needs action, ended) leave it out and
   * use `subscriptionPhase`.
   */
  active?: boolean;
  /** A search in the product's name (case-insensitive); "" searches nothing. */
  query?: string;
  /** Applied in order; default `-started_at` (newest first). */
  sorting?: SubscriptionSorting | readonly SubscriptionSorting[];
}

/** One page of the list, as Polar answers it. */
export type SubscriptionsPage = Page<CustomerSubscription>;

/** The parameters in one canonical form (defaults written out, sets sorted): equal sets share a cache entry. */
export interface NormalizedListSubscriptionsParams {
  page: number;
  limit: number;
  productId?: string[];
  active?: boolean;
  query?: string;
  sorting: SubscriptionSorting[];
}

export function normalizeListSubscriptionsParams(params: ListSubscriptionsParams = {}): NormalizedListSubscriptionsParams {
  const sorting = listOf(params.sorting);
  const normalized: NormalizedListSubscriptionsParams = { ...pageAndLimit(params), sorting: sorting.length > 0 ? sorting : ["-started_at"] };
  const productId = setOf(params.productId);
  if (productId) normalized.productId = productId;
  if (typeof params.active === "boolean") normalized.active = params.active;
  if (params.query) normalized.query = params.query;
  return normalized;
}

/** The query string Polar reads: each filter value repeated under its snake_case name. */
export function listSubscriptionsSearch(params: ListSubscriptionsParams = {}): string {
  const { page, limit, productId, active, query, sorting } = normalizeListSubscriptionsParams(params);
  const search = new URLSearchParams({ page: String(page), limit: String(limit) });
  for (const id of productId ?? []) search.append("product_id", id);
  if (active !== undefined) search.append("active", String(active));
  if (query) search.append("query", query);
  for (const criterion of sorting) search.append("sorting", criterion);
  return search.toString();
}

/** Checks a list answer: every subscription as `parseSubscription` checks one, and the pagination's counts. */
export const parseSubscriptionsPage = (body: unknown, status = 200): SubscriptionsPage => parsePage(body, status, "subscription", parseSubscription);

/** One page of the signed-in customer's subscriptions (only those that started, as Polar lists them). */
export async function listSubscriptions(
  client: Pick<PortalClient, "request">,
  params: ListSubscriptionsParams = {},
  { signal }: RequestOptions = {},
): Promise<SubscriptionsPage> {
  const { status, body } = await client.request({ method: "GET", path: `${SUBSCRIPTIONS_PATH}?${listSubscriptionsSearch(params)}`, signal });
  return parseSubscriptionsPage(body, status);
}
