// The customer's orders list, `GET /v1/customer-portal/orders/`: a standalone function over the
// client's request core, so only the merchants who list orders ship it (PortalProvider builds the
// client; a method on it would ship with every order page).
import type { CustomerOrder } from "../schema/order.js";
import { parseOrder } from "../schema/parse-order.js";
import { ORDERS_PATH, type PortalClient, type RequestOptions } from "../../../core/client/client.js";
import { PortalError } from "../../../core/client/errors.js";

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
export interface OrdersPage {
  items: CustomerOrder[];
  pagination: {
    /** Orders matching the filters, on every page. */
    total_count: number;
    /** The last page (0 when nothing matches). */
    max_page: number;
  };
}

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

const MAX_LIMIT = 100;
const list = <T extends string>(value: T | readonly T[] | undefined): T[] => (value === undefined ? [] : typeof value === "string" ? [value] : [...value]);
const set = <T extends string>(value: T | readonly T[] | undefined): T[] | undefined => {
  const values = [...new Set(list(value))].sort();
  return values.length > 0 ? values : undefined;
};
const positive = (value: number | undefined, fallback: number) => (value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback);

export function normalizeListOrdersParams(params: ListOrdersParams = {}): NormalizedListOrdersParams {
  const normalized: NormalizedListOrdersParams = {
    page: positive(params.page, 1),
    limit: Math.min(MAX_LIMIT, positive(params.limit, 10)),
    sorting: list(params.sorting).length > 0 ? list(params.sorting) : ["-created_at"],
  };
  // Keys left out rather than undefined, so the cache key is the same however the set was written.
  const productId = set(params.productId);
  const productBillingType = set(params.productBillingType);
  const subscriptionId = set(params.subscriptionId);
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

function invalid(message: string, path: (string | number)[], status: number): PortalError {
  return new PortalError({ kind: "invalid_response", status, message: `The orders list did not match Polar's contract: ${message}.`, path });
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** Checks a list answer: every order as `parseOrder` checks one, and the pagination's counts. */
export function parseOrdersPage(body: unknown, status = 200): OrdersPage {
  const value = body as { items?: unknown; pagination?: { total_count?: unknown; max_page?: unknown } } | null;
  if (typeof value !== "object" || value === null || !Array.isArray(value.items)) throw invalid("no items", ["items"], status);
  const pagination = value.pagination;
  if (typeof pagination !== "object" || pagination === null) throw invalid("no pagination", ["pagination"], status);
  if (!isCount(pagination.total_count)) throw invalid("total_count is not a count", ["pagination", "total_count"], status);
  if (!isCount(pagination.max_page)) throw invalid("max_page is not a count", ["pagination", "max_page"], status);
  const items = value.items.map((item, index) => {
    try {
      return parseOrder(item, status);
    } catch (error) {
      // Named from the page down, so a developer finds the order.
      if (error instanceof PortalError) throw new PortalError({ kind: "invalid_response", status, message: error.message, path: ["items", index, ...(error.path ?? [])] });
      throw error;
    }
  });
  return { items, pagination: { total_count: pagination.total_count, max_page: pagination.max_page } };
}

/**
 * One page of the signed-in customer's orders. Rejects with a `PortalError` like every call
 * (`validation` for a parameter Polar refuses, `invalid_response` for an answer it cannot read).
 */
export async function listOrders(client: Pick<PortalClient, "request">, params: ListOrdersParams = {}, { signal }: RequestOptions = {}): Promise<OrdersPage> {
  const { status, body } = await client.request({ method: "GET", path: `${ORDERS_PATH}?${listOrdersSearch(params)}`, signal });
  return parseOrdersPage(body, status);
}
