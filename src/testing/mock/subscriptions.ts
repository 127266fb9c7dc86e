// The subscriptions of the mock Polar (`server/polar/customer_portal/endpoints/subscription.py`):
// the store, the list and `GET /{id}` (any session: Polar's `UnionRead`), the writes (`PATCH`,
// `DELETE`, `POST /{id}/revoke`: owners and billing managers only) and the private previews,
// with the controls `subscriptions`, `setSubscription` and `assignSeats` (what the card does is
// the mock's one payment outcome, set with `setPaymentOutcome`: see `order-payment.ts`).
import { HttpResponse } from "msw";
import type { PaymentOutcome } from "../billing-types.js";
import type { FixtureCustomerSubscription } from "../types.js";
import { clone, notFound, type MockCore, type MockResource, type MockRoute } from "./core.js";
import type { OrganizationState } from "./organization.js";
import type { PaymentMethodStore } from "./payment-methods.js";
import { presentProduct, type ProductCatalog } from "./products.js";
import { listQueryReader, paginate, parseUuid, requestValidationError, type ValidationIssue } from "./pydantic.js";
import { cancelPreview, changePreview, chargePreview } from "./subscription-previews.js";
import type { MockProration } from "./subscription-billing.js";
import { applyUpdate, type SubscriptionWorld } from "./subscription-update.js";
import { readChangePreviewBody, readRevokeBody, readUpdateBody } from "./subscription-body.js";
import type { OrderStore } from "./orders.js";

export const SUBSCRIPTIONS_PATH = "/v1/customer-portal/subscriptions";

/**
 * What the card answers when a change bills now (`PaymentMode.sync`): `"failed"` is Polar's 402
 * `PaymentFailed` ("…reason: card_error."), `"requires_action"` its 402 `PaymentActionRequired`
 * (3-D Secure); either way nothing changes, as Polar rolls the update back. `"in_progress"`
 * applies the change and leaves its order pending. The same outcome answers a retry of a failed order.
 */
export type MockPaymentOutcome = PaymentOutcome;

export interface SubscriptionControls {
  /** Every stored subscription as the mock keeps it (`payment_method_id` included), a copy. */
  readonly subscriptions: FixtureCustomerSubscription[];
  /** A copy of the stored subscription, as the next GET would answer it (whoever owns it). */
  getSubscription(id: string): FixtureCustomerSubscription | undefined;
  /** Adds or replaces a subscription in the store. */
  setSubscription(subscription: FixtureCustomerSubscription): void;
  /** How many of the subscription's seats are assigned (default 0): fewer seats than that is a 400. */
  assignSeats(subscriptionId: string, assigned: number): void;
}

export interface SubscriptionResourceOptions {
  /** Whether the private routes (charge-preview, change-preview, cancel-preview, revoke) exist. */
  previews: boolean;
  /** What a charge answers now (the mock's one payment outcome). */
  paymentOutcome: () => PaymentOutcome;
  catalog: ProductCatalog;
  organization: OrganizationState;
  paymentMethods: PaymentMethodStore;
  orders: OrderStore;
}

const SORT_KEYS = ["started_at", "amount", "status", "organization", "product"] as const;
/** Pydantic's lax booleans from a query string. */
const TRUE = ["1", "on", "t", "true", "y", "yes"];
const FALSE = ["0", "off", "f", "false", "n", "no"];

/** A 200 whose subscription breaks the schema (`amount` a string), for `failNext("malformed")`. */
const broken = (subscription: unknown) => ({ ...(subscription as object), amount: "19.00" });

/** FastAPI's answer for a route the server does not have (a Polar without the private previews). */
const noRoute = () => HttpResponse.json({ detail: "Not Found" }, { status: 404 });

/** The subscription as the orders that embed it show it (Polar's `CustomerOrderSubscription`). */
export function embeddedSubscription(subscription: FixtureCustomerSubscription): Record<string, unknown> {
  const { product: _product, prices: _prices, meters: _meters, pending_update: _pending, payment_method_id: _card, ...rest } = clone(subscription);
  return rest;
}

export function subscriptionsResource(
  core: MockCore,
  initial: readonly FixtureCustomerSubscription[],
  options: SubscriptionResourceOptions,
): MockResource<SubscriptionControls> & { store: Map<string, FixtureCustomerSubscription> } {
  const fill = () => new Map(clone([...initial]).map((subscription) => [subscription.id.toLowerCase(), subscription]));
  const store = fill();
  let assigned = new Map<string, number>();
  let prorations = new Map<string, MockProration[]>();
  let serial = 0;

  /** The subscription as Polar answers it: its product as the portal shows it, inside the organization as it is now. */
  const present = (subscription: FixtureCustomerSubscription) => {
    const { payment_method_id: _card, ...shown } = clone(subscription);
    const organization = options.organization.current();
    const product = presentProduct(shown.product);
    return {
      ...shown,
      product: product.organization_id === organization.id ? { ...product, organization: options.organization.presented() } : product,
    };
  };

  /** The customer's subscription `rawId` names, or Polar's answer when there is none (422, 404). */
  const own = (rawId: string, issues: ValidationIssue[] = []): { id: string; subscription: FixtureCustomerSubscription } | Response => {
    const parsed = parseUuid(rawId);
    if ("issue" in parsed) return requestValidationError([parsed.issue, ...issues]);
    if (issues.length > 0) return requestValidationError(issues);
    const subscription = store.get(parsed.id);
    // Another customer's subscription is indistinguishable from a missing one: never 403.
    if (!subscription || subscription.customer_id !== core.customerId) return notFound();
    return { id: parsed.id, subscription };
  };

  const world = (): SubscriptionWorld => ({
    now: core.now(),
    stamp: core.stamp,
    organization: options.organization.current(),
    catalog: options.catalog,
    paymentMethods: options.paymentMethods,
    orders: options.orders,
    outcome: options.paymentOutcome(),
    assignedSeats: (id) => assigned.get(id) ?? 0,
    prorations,
    serial: () => (serial += 1),
    embed: embeddedSubscription,
  });

  const write = (id: string, next: FixtureCustomerSubscription) => {
    store.set(id, next);
    return HttpResponse.json(present(next));
  };

  const privateRoute = (route: MockRoute): MockRoute =>
    options.previews ? route : { method: route.method, path: route.path, access: "public", answer: noRoute };

  const routes: MockRoute[] = [
    ...[SUBSCRIPTIONS_PATH, `${SUBSCRIPTIONS_PATH}/`].map(
      (path): MockRoute => ({
        method: "get",
        path,
        access: "session",
        answer: ({ url }) => listPage([...store.values()], url.searchParams, core.customerId, present),
        malformed: () => {
          const first = [...store.values()][0];
          return HttpResponse.json({ items: first ? [broken(present(first))] : [{ amount: "19.00" }], pagination: { total_count: 1, max_page: 1 } });
        },
      }),
    ),
    {
      method: "get",
      path: `${SUBSCRIPTIONS_PATH}/:id`,
      access: "session",
      answer({ params }) {
        const found = own(params.id!);
        return found instanceof Response ? found : HttpResponse.json(present(found.subscription));
      },
      malformed({ id }) {
        const parsed = parseUuid(id!);
        const stored = "id" in parsed ? store.get(parsed.id) : undefined;
        return HttpResponse.json(broken(stored ? present(stored) : {}));
      },
    },
    {
      method: "patch",
      path: `${SUBSCRIPTIONS_PATH}/:id`,
      access: "billing",
      answer({ params, body }) {
        const read = readUpdateBody(body, core.nowMs());
        const found = own(params.id!, "issues" in read ? read.issues : []);
        if (found instanceof Response) return found;
        if ("issues" in read) return requestValidationError(read.issues);
        const result = applyUpdate(world(), found.subscription, read.update);
        return result instanceof Response ? result : write(found.id, result);
      },
    },
    {
      method: "delete",
      path: `${SUBSCRIPTIONS_PATH}/:id`,
      access: "billing",
      answer({ params }) {
        const found = own(params.id!);
        if (found instanceof Response) return found;
        // The same cancellation as a PATCH with `cancel_at_period_end: true`, without a reason.
        const result = applyUpdate(world(), found.subscription, { kind: "cancel" });
        return result instanceof Response ? result : write(found.id, result);
      },
    },
    privateRoute({
      method: "get",
      path: `${SUBSCRIPTIONS_PATH}/:id/charge-preview`,
      access: "session",
      answer({ params }) {
        const found = own(params.id!);
        return found instanceof Response ? found : chargePreview(world(), found.subscription);
      },
    }),
    privateRoute({
      method: "get",
      path: `${SUBSCRIPTIONS_PATH}/:id/cancel-preview`,
      access: "session",
      answer({ params }) {
        const found = own(params.id!);
        return found instanceof Response ? found : cancelPreview(world(), found.subscription);
      },
    }),
    privateRoute({
      method: "post",
      path: `${SUBSCRIPTIONS_PATH}/:id/change-preview`,
      access: "billing",
      answer({ params, body }) {
        const read = readChangePreviewBody(body);
        const found = own(params.id!, "issues" in read ? read.issues : []);
        if (found instanceof Response) return found;
        if ("issues" in read) return requestValidationError(read.issues);
        return changePreview(world(), found.subscription, read.change);
      },
    }),
    privateRoute({
      method: "post",
      path: `${SUBSCRIPTIONS_PATH}/:id/revoke`,
      access: "billing",
      answer({ params, body }) {
        const read = readRevokeBody(body);
        const found = own(params.id!, "issues" in read ? read.issues : []);
        if (found instanceof Response) return found;
        if ("issues" in read) return requestValidationError(read.issues);
        const result = applyUpdate(world(), found.subscription, read.revoke);
        return result instanceof Response ? result : write(found.id, result);
      },
    }),
  ];

  return {
    store,
    routes,
    reset() {
      store.clear();
      for (const [id, subscription] of fill()) store.set(id, subscription);
      assigned = new Map();
      prorations = new Map();
      serial = 0;
    },
    controls: {
      get subscriptions() {
        return clone([...store.values()]);
      },
      getSubscription(id) {
        const subscription = store.get(id.toLowerCase());
        return subscription && clone(subscription);
      },
      setSubscription(subscription) {
        store.set(subscription.id.toLowerCase(), clone(subscription));
      },
      assignSeats(subscriptionId, count) {
        assigned.set(subscriptionId.toLowerCase(), count);
      },
    },
  };
}

/** The list's paging, sorting and filters, in the order FastAPI reports their issues. */
function listPage(
  subscriptions: FixtureCustomerSubscription[],
  params: URLSearchParams,
  customerId: string,
  present: (subscription: FixtureCustomerSubscription) => unknown,
): Response {
  const read = listQueryReader(params);
  const { page, limit } = read.pagination();
  const sorting = read.sorting(SORT_KEYS, "-started_at");
  const productIds = read.uuids("product_id");
  const active = readBoolean(params, "active", read.issues);
  const needle = read.text("query")?.toLowerCase();
  if (read.issues.length > 0) return requestValidationError(read.issues);

  const matching = subscriptions.filter((subscription) => {
    // Polar lists only subscriptions that started (an incomplete first payment never did).
    if (subscription.customer_id !== customerId || subscription.started_at === null) return false;
    if (productIds && !productIds.includes(subscription.product_id)) return false;
    // `active=true`: trialing or active; `active=false`: canceled or unpaid (Polar's `revoked`).
    // Past due, paused and incomplete match neither.
    if (active === true && !["trialing", "active"].includes(subscription.status)) return false;
    if (active === false && !["canceled", "unpaid"].includes(subscription.status)) return false;
    if (needle !== undefined && !subscription.product.name.toLowerCase().includes(needle)) return false;
    return true;
  });
  const found = paginate(matching, { page, limit, sorting }, {
    started_at: (subscription) => Date.parse(subscription.started_at ?? ""),
    amount: (subscription) => subscription.amount,
    status: (subscription) => subscription.status,
    organization: (subscription) => subscription.product.organization.slug,
    product: (subscription) => subscription.product.name,
  });
  return HttpResponse.json({ ...found, items: found.items.map(present) });
}

function readBoolean(params: URLSearchParams, name: string, issues: ValidationIssue[]): boolean | undefined {
  const raw = params.getAll(name).at(-1);
  if (raw === undefined) return undefined;
  const value = raw.trim().toLowerCase();
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  issues.push({ type: "bool_parsing", loc: ["query", name], msg: "Input should be a valid boolean, unable to interpret input", input: raw });
  return undefined;
}
