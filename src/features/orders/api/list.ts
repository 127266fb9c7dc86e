// The customer's orders list, `GET /v1/customer-portal/orders/`: a standalone function over the
// client's request core, so only the merchants who list orders ship it (PortalProvider builds the
// client; a method on it would ship with every order page).
import type { CustomerOrder } from "../schema/order.js";
import { parseOrder } from "../schema/parse-order.js";
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { ORDERS_PATH } from "./order.js";
import { listOf, pageAndLimit, parsePage, setOf, type Page } from "../../../core/query/list.js";

/** What Polar sorts orders by; `-` before it for descending (`-created_at`, its default). */
export type OrderSortProperty = "created_at" | "amount" | "net_amount" | "product" | "subscription";
export type OrderSorting = OrderSortProperty | `-${OrderSortProperty}`;
/** `one_time` purchases, or `recurring`: subscription creations and renewals. */
export type ProductBillingType = "one_time" | "recurring";

/** The list's parameters, as Polar takes them; every one may be left out. */
export interface ListOrdersParams {
  /** From 1 (default 1). */
  page?: number;
  /** Orders per page (default 10); Polar cuts anything above 100 to 100. */
  limit?: number;
  /** Only orders of this product (or of any of these). */
  productId?: string | readonly string[];
  /** Only one-time purchases, or only subscription orders (or either, given both). */
  productBillingType?: ProductBillingType | readonly ProductBillingType[];
  /** Only orders of this subscription (or of any of these). */
  subscriptionId?: string | readonly string[];
  /** A search in the product's name (case-insensitive); "" searches nothing. */
  query?: string;
  /** Applied in order; default `-created_at` (newest first). */
  sorting?: OrderSorting | readonly OrderSorting[];
}

/** One page of the list, as Polar answers it. */
export type OrdersPage = Page<CustomerOrder>;

/**
 * The parameters in one canonical form: defaults written out, a limit above Polar's 100 cut to
 * it, filters sorted and without repeats (Polar treats them as sets), an empty search left out.
 * Two sets Polar answers alike come out equal, so they share one cache entry.
 */
export interface NormalizedListOrdersParams {
  page: number;
  limit: number;
  productId?: string[];
  productBillingType?: ProductBillingType[];
  subscriptionId?: string[];
  query?: string;
  sorting: OrderSorting[];
}

export function normalizeListOrdersParams(params: ListOrdersParams = {}): NormalizedListOrdersParams {
  const sorting = listOf(params.sorting);
  const normalized: NormalizedListOrdersParams = { ...pageAndLimit(params), sorting: sorting.length > 0 ? sorting : ["-created_at"] };
  // Keys left out rather than undefined, so the cache key is the same however the set was written.
  const productId = setOf(params.productId);
  const productBillingType = setOf(params.productBillingType);
  const subscriptionId = setOf(params.subscriptionId);
  if (productId) normalized.productId = productId;
  if (productBillingType) normalized.productBillingType = productBillingType;
  if (subscriptionId) normalized.subscriptionId = subscriptionId;
  if (params.query) normalized.query = params.query;
  return normalized;
}

/** The query string Polar reads: each filter value repeated under its snake_case name. */
export function listOrdersSearch(params: ListOrdersParams = {}): string {
  const { page, limit, productId, productBillingType, subscriptionId, query, sorting } = normalizeListOrdersParams(params);
  const search = new URLSearchParams({ page: String(page), limit: String(limit) });
  for (const id of productId ?? []) search.append("product_id", id);
  for (const type of productBillingType ?? []) search.append("product_billing_type", type);
  for (const id of subscriptionId ?? []) search.append("subscription_id", id);
  if (query) search.append("query", query);
  for (const criterion of sorting) search.append("sorting", criterion);
  return search.toString();
}

/** Checks a list answer: every order as `parseOrder` checks one, and the pagination's counts. */
export const parseOrdersPage = (body: unknown, status = 200): OrdersPage => parsePage(body, status, "order", parseOrder);

/**
 * One page of the signed-in customer's orders. Rejects with a `PortalError` like every call
 * (`validation` for a parameter Polar refuses, `invalid_response` for an answer it cannot read).
 */
export async function listOrders(client: Pick<PortalClient, "request">, params: ListOrdersParams = {}, { signal }: RequestOptions = {}): Promise<OrdersPage> {
  const { status, body } = await client.request({ method: "GET", path: `${ORDERS_PATH}?${listOrdersSearch(params)}`, signal });
  return parseOrdersPage(body, status);
}
