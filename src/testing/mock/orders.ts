// The orders of the mock Polar: the store, `GET /v1/customer-portal/orders` (the list),
// `GET` and `PATCH /{id}` with Polar's update rules, and the controls `getOrder` / `setOrder`.
import { HttpResponse } from "msw";
import { applyBillingUpdate } from "../../features/orders/schema/normalize.js";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import { fixtures } from "../fixtures.js";
import type { FixtureProduct } from "../types.js";
import { clone, notFound, type MockCore, type MockResource, type MockRoute } from "./core.js";
import { lockedFieldIssues, validateUpdateBody } from "./order-update.js";
import { isRecord, listQueryReader, paginate, parseUuid, requestValidationError, serviceValidationError } from "./pydantic.js";

export const ORDERS_PATH = "/v1/customer-portal/orders";

export interface OrderControls<TOrder extends CustomerOrder = CustomerOrder> {
  /** A copy of the stored order, as the next GET would answer it (whoever owns it). */
  getOrder(id: string): TOrder | undefined;
  /**
   * Adds or replaces an order in the store. Its invoice exists (and is current) when
   * `is_invoice_generated` is true; its receipt renders afresh.
   */
  setOrder(order: TOrder): void;
}

/** The orders as another resource of the same mock (an order's documents) reads and writes them. */
export interface OrderStore {
  /** By lower-case id. */
  get(id: string): CustomerOrder | undefined;
  set(id: string, order: CustomerOrder): void;
  /** Every stored order, whoever owns it. */
  values(): CustomerOrder[];
  /** The customer's order `rawId` names, or Polar's answer when there is none (422, 404). */
  own(rawId: string): { id: string; order: CustomerOrder } | Response;
  /**
   * `replaced`: a test put the order in the store (`setOrder`); `updating`: a PATCH is about to
   * change it (what Polar keeps beside an order is read before the write).
   */
  on(event: "replaced" | "updating", listener: (id: string) => void): void;
}

const SORT_KEYS = ["created_at", "amount", "net_amount", "product", "subscription"] as const;

const sortValue: Record<(typeof SORT_KEYS)[number], (order: CustomerOrder) => number | string | null> = {
  created_at: (order) => Date.parse(order.created_at),
  // Polar sorts both by the net amount.
  amount: (order) => order.net_amount,
  net_amount: (order) => order.net_amount,
  product: (order) => order.product?.name ?? null,
  subscription: (order) => order.subscription_id ?? null,
};

/**
 * The order as Polar's customer portal answers it: a product benefit whose visibility is not
 * public is left out (Polar's `BenefitPublicList`), and the visibility itself is not shown.
 */
function present(order: CustomerOrder, subscriptionOf: SubscriptionLookup = () => undefined): CustomerOrder {
  // An order embeds its subscription as it is now, when the mock serves that subscription.
  const current = order.subscription_id ? subscriptionOf(order.subscription_id.toLowerCase()) : undefined;
  if (current) order = { ...order, subscription: current as unknown as CustomerOrder["subscription"] };
  const product = order.product as (Record<string, unknown> & { benefits?: unknown }) | null;
  const benefits = product?.benefits;
  if (!Array.isArray(benefits) || !benefits.some((benefit) => isRecord(benefit) && "visibility" in benefit)) return order;
  const shown = benefits
    .filter((benefit) => !isRecord(benefit) || benefit.visibility === undefined || benefit.visibility === "public")
    .map((benefit) => {
      if (!isRecord(benefit)) return benefit;
      const { visibility: _visibility, ...rest } = benefit;
      return rest;
    });
  return { ...order, product: { ...product, benefits: shown } as unknown as CustomerOrder["product"] };
}

/** The subscription an order embeds, by lower-case id, as the subscriptions resource serves it. */
type SubscriptionLookup = (id: string) => Record<string, unknown> | undefined;

/** The list's filters, sorting and page, in the order FastAPI reports their issues. */
function listPage(orders: CustomerOrder[], params: URLSearchParams, show: (order: CustomerOrder) => CustomerOrder): Response {
  const read = listQueryReader(params);
  const { page, limit } = read.pagination();
  const productIds = read.uuids("product_id");
  const billingTypes = read.enums("product_billing_type", ["one_time", "recurring"]);
  const subscriptionIds = read.uuids("subscription_id");
  const sorting = read.sorting(SORT_KEYS, "-created_at");
  const needle = read.text("query")?.toLowerCase();
  if (read.issues.length > 0) return requestValidationError(read.issues);

  const matching = orders.filter((order) => {
    // Polar joins the product outer and filters on its columns: an order without a product
    // never matches a billing-type filter or a search.
    const product = order.product as (CustomerOrder["product"] & { is_recurring?: boolean }) | null | undefined;
    if (productIds && !productIds.includes(order.product_id ?? "")) return false;
    if (billingTypes && (!product || !billingTypes.includes(product.is_recurring ? "recurring" : "one_time"))) return false;
    if (subscriptionIds && !subscriptionIds.includes(order.subscription_id ?? "")) return false;
    if (needle !== undefined && !product?.name.toLowerCase().includes(needle)) return false;
    return true;
  });
  const found = paginate(matching, { page, limit, sorting }, sortValue);
  return HttpResponse.json({ ...found, items: found.items.map(show) });
}

/** The PATCH: Polar's checks, then the billing name and address applied and `modified_at` moved. */
function update(core: MockCore, order: CustomerOrder, body: unknown): { next: CustomerOrder } | Response {
  if (body === undefined) {
    return requestValidationError([{ type: "missing", loc: ["body"], msg: "Field required", input: null }]);
  }
  if (typeof body === "string") {
    return requestValidationError([{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }]);
  }
  const { issues, update } = validateUpdateBody(body);
  if (issues.length > 0) return requestValidationError(issues);
  const locked = lockedFieldIssues(order, update);
  if (locked.length > 0) return serviceValidationError(locked);
  const next: CustomerOrder = {
    ...applyBillingUpdate(order, update),
    // Address strings are trimmed, but Polar stores the name exactly as sent ("" stays "").
    ...(update.billing_name !== undefined && { billing_name: update.billing_name }),
    modified_at: core.stamp(order.modified_at),
  };
  return { next };
}

/** A 200 whose order breaks the schema (`total_amount` a string): the stored one, or `paid`. */
const broken = (order: CustomerOrder | undefined) => ({ ...(order ?? fixtures.paid), total_amount: "107.20" });

export function ordersResource(core: MockCore, initial: readonly CustomerOrder[]): MockResource<OrderControls> & {
  store: OrderStore;
  /** Orders embed these subscriptions as they are now (the subscriptions the mock serves). */
  reflectSubscriptions(lookup: SubscriptionLookup): void;
  /** The organization's public, unarchived products, as the orders' products stand for them. */
  products: FixtureProduct[];
} {
  const orders = createOrderStore(core, initial);
  const { store } = orders;
  let subscriptionOf: SubscriptionLookup = () => undefined;
  const show = (order: CustomerOrder) => present(order, subscriptionOf);
  const one = (method: "get" | "patch"): MockRoute => ({
    method,
    path: `${ORDERS_PATH}/:id`,
    access: "billing",
    answer({ params, body }) {
      const found = store.own(params.id!);
      if (found instanceof Response) return found;
      if (method === "get") return HttpResponse.json(show(found.order));
      const result = update(core, found.order, body);
      if (result instanceof Response) return result;
      orders.emit("updating", found.id);
      store.set(found.id, result.next);
      return HttpResponse.json(show(result.next));
    },
    malformed({ id }) {
      const parsed = parseUuid(id!);
      return HttpResponse.json(broken("id" in parsed ? store.get(parsed.id) : undefined), { status: 200 });
    },
  });
  const list = (path: string): MockRoute => ({
    method: "get",
    path,
    access: "billing",
    answer: ({ url }) => listPage(orders.values().filter((order) => order.customer_id === core.customerId), url.searchParams, show),
    malformed: () => HttpResponse.json({ items: [broken(undefined)], pagination: { total_count: 1, max_page: 1 } }, { status: 200 }),
  });

  return {
    store,
    reflectSubscriptions(lookup) {
      subscriptionOf = lookup;
    },
    products: [
      ...new Map(initial.flatMap((order) => (order.product ? [[order.product.id, order.product as FixtureProduct] as const] : []))).values(),
    ].filter((product) => product.visibility !== "draft" && product.visibility !== "private" && !product.is_archived),
    routes: [list(ORDERS_PATH), list(`${ORDERS_PATH}/`), one("get"), one("patch")],
    reset: orders.fill,
    controls: {
      getOrder(id) {
        const order = store.get(id.toLowerCase());
        return order && clone(show(order));
      },
      setOrder(order) {
        store.set(order.id.toLowerCase(), clone(order));
        orders.emit("replaced", order.id.toLowerCase());
      },
    },
  };
}

function createOrderStore(core: MockCore, initial: readonly CustomerOrder[]) {
  let orders = new Map<string, CustomerOrder>();
  const listeners = { replaced: [] as ((id: string) => void)[], updating: [] as ((id: string) => void)[] };
  const fill = () => void (orders = new Map(clone(initial).map((order) => [order.id.toLowerCase(), order])));
  fill();
  const store: OrderStore = {
    get: (id) => orders.get(id),
    set: (id, order) => void orders.set(id, order),
    values: () => [...orders.values()],
    own(rawId) {
      const parsed = parseUuid(rawId);
      if ("issue" in parsed) return requestValidationError([parsed.issue]);
      const order = orders.get(parsed.id);
      // Another customer's order is indistinguishable from a missing one: never 403.
      if (!order || order.customer_id !== core.customerId) return notFound();
      return { id: parsed.id, order };
    },
    on: (event, listener) => void listeners[event].push(listener),
  };
  return {
    store,
    fill,
    values: () => [...orders.values()],
    emit(event: keyof typeof listeners, id: string) {
      for (const listener of listeners[event]) listener(id);
    },
  };
}
