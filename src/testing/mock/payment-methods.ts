// The customer's saved payment methods as the mock Polar keeps them, and the routes of
// `…/customers/me/payment-methods` (`server/polar/customer_portal/endpoints/customer.py`): the
// list (newest first, paged), `DELETE /{id}` (Polar's `payment_method.service.delete`: a method
// that active subscriptions need moves them to another one, or is refused with 400 when there is
// none), `POST` and `POST /confirm` (what Polar's embed calls; the kit itself does not).
// Which method is the default is the customer's `default_payment_method_id`, kept here.
import { HttpResponse } from "msw";
import type { FixturePaymentMethod } from "../billing-types.js";
import type { FixtureCustomerSubscription } from "../types.js";
import { clone, notFound, polarError, type MockCore, type MockResource } from "./core.js";
import { addPaymentMethodRoutes, type StripeCustomerLink } from "./payment-method-setup.js";
import { listQueryReader, parseUuid, requestValidationError } from "./pydantic.js";

export const CUSTOMER_PATH = "/v1/customer-portal/customers/me";

export interface PaymentMethodControls {
  /** The stored methods of every customer (a copy; `default` says which is the customer's default now). */
  readonly paymentMethods: FixturePaymentMethod[];
  /**
   * Replaces the stored methods (an empty list: the customer has none). The one marked `default`
   * becomes the customer's default; none marked: the default is kept if it is still listed.
   */
  setPaymentMethods(methods: readonly FixturePaymentMethod[]): void;
}

export interface PaymentMethodStore {
  /**
   * The card a charge now goes to, as Polar's order service picks it: the subscription's own
   * card, else the customer's default (a customer with cards but none default has none).
   */
  chargeable(customerId: string, paymentMethodId?: string | null): FixturePaymentMethod | undefined;
  /** Whether the customer has any card (Polar's `get_customer_payment_method`: the default, else the first). */
  hasCard(customerId: string): boolean;
  /** The signed-in customer's methods, as stored. */
  own(): FixturePaymentMethod[];
  /** The signed-in customer's `default_payment_method_id`. */
  defaultId(): string | null;
  setDefault(id: string): void;
  /** Adds (or replaces) a method of the signed-in customer. */
  add(method: FixturePaymentMethod): void;
}

/** Who else the store talks to: the subscriptions a deletion moves, and what a new default does. */
export interface PaymentMethodLinks {
  subscriptions(): FixtureCustomerSubscription[];
  moveSubscription(id: string, paymentMethodId: string | null): void;
  stripe: StripeCustomerLink;
}

// Polar's `requires_payment_method`: billable (trialing, active, past due) and not ending at the
// period's end unless metered usage is still to bill; paused only when a resume is scheduled.
function requiresPaymentMethod(subscription: FixtureCustomerSubscription): boolean {
  if (subscription.ended_at) return false;
  if (subscription.status === "paused") return subscription.resumes_at != null;
  if (!["trialing", "active", "past_due"].includes(subscription.status)) return false;
  if (subscription.status !== "past_due" && subscription.cancel_at_period_end) {
    return subscription.prices.some((price) => price.amount_type === "metered_unit");
  }
  return true;
}

export function paymentMethodsResource(
  core: MockCore,
  initial: readonly FixturePaymentMethod[],
  initialDefault: string | null | undefined,
  links: PaymentMethodLinks,
): MockResource<PaymentMethodControls> & { store: PaymentMethodStore } {
  let methods: FixturePaymentMethod[] = [];
  // Default per customer: the mock serves one signed-in customer, but other customers' cards
  // (tests of "not yours") keep their own flag.
  let defaults = new Map<string, string | null>();
  const fromFlags = (list: readonly FixturePaymentMethod[]) => {
    const next = new Map<string, string | null>();
    for (const method of list) if (method.default && !next.get(method.customer_id)) next.set(method.customer_id, method.id);
    return next;
  };
  const fill = () => {
    methods = clone([...initial]);
    defaults = fromFlags(methods);
    if (initialDefault !== undefined) defaults.set(core.customerId, initialDefault);
  };
  fill();

  const ownOf = (customerId: string) => methods.filter((method) => method.customer_id === customerId);
  const defaultOf = (customerId: string) => {
    const id = defaults.get(customerId) ?? null;
    return id !== null && ownOf(customerId).some((method) => method.id === id) ? id : null;
  };
  // Polar's answer drops what it keeps to itself.
  const present = ({ default: _default, ...method }: FixturePaymentMethod) => method;

  const store: PaymentMethodStore = {
    chargeable(customerId, paymentMethodId) {
      const named = paymentMethodId ? ownOf(customerId).find((method) => method.id === paymentMethodId) : undefined;
      const fallback = defaultOf(customerId);
      return named ?? ownOf(customerId).find((method) => method.id === fallback);
    },
    hasCard: (customerId) => ownOf(customerId).length > 0,
    own: () => ownOf(core.customerId),
    defaultId: () => defaultOf(core.customerId),
    setDefault(id) {
      defaults.set(core.customerId, id);
    },
    add(method) {
      methods = [...methods.filter((each) => each.id !== method.id), method];
    },
  };

  const setup = addPaymentMethodRoutes(core, store, links.stripe);

  /** Polar's `payment_method.service.delete`, after the method was found among the customer's. */
  function remove(method: FixturePaymentMethod): Response {
    const isDefault = defaultOf(core.customerId) === method.id;
    // The mock's convention: a subscription without its own card is billed by the default.
    const billedBy = (subscription: FixtureCustomerSubscription) =>
      subscription.payment_method_id ? subscription.payment_method_id === method.id : isDefault;
    const needing = links
      .subscriptions()
      .filter((subscription) => subscription.customer_id === core.customerId && billedBy(subscription) && requiresPaymentMethod(subscription));
    const others = ownOf(core.customerId).filter((each) => each.id !== method.id);
    if (needing.length > 0) {
      if (others.length === 0) {
        return polarError(
          400,
          "PaymentMethodInUseByActiveSubscription",
          "This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.",
        );
      }
      // The customer's default when it is another method, else the first other one.
      const alternative = others.find((each) => each.id === defaultOf(core.customerId)) ?? others[0]!;
      for (const subscription of needing) links.moveSubscription(subscription.id, alternative.id);
    }
    // Polar's soft delete unlinks the method from the customer and from the subscriptions naming it.
    for (const subscription of links.subscriptions()) {
      if (subscription.payment_method_id === method.id) links.moveSubscription(subscription.id, null);
    }
    if (isDefault) defaults.set(core.customerId, null);
    methods = methods.filter((each) => each.id !== method.id);
    return new HttpResponse(null, { status: 204 });
  }

  return {
    store,
    routes: [
      {
        method: "get",
        path: `${CUSTOMER_PATH}/payment-methods`,
        access: "billing",
        answer({ url }) {
          const read = listQueryReader(url.searchParams);
          const { page, limit } = read.pagination();
          if (read.issues.length > 0) return requestValidationError(read.issues);
          // Newest first (Polar orders by `created_at` descending).
          const mine = [...store.own()].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
          const start = (page - 1) * limit;
          return HttpResponse.json({
            items: mine.slice(start, start + limit).map(present),
            pagination: { total_count: mine.length, max_page: Math.ceil(mine.length / limit) },
          });
        },
        malformed: () => HttpResponse.json({ items: [{ id: 42 }], pagination: { total_count: 1, max_page: 1 } }),
      },
      {
        method: "delete",
        path: `${CUSTOMER_PATH}/payment-methods/:id`,
        access: "billing",
        answer({ params }) {
          const parsed = parseUuid(params.id!);
          if ("issue" in parsed) return requestValidationError([parsed.issue]);
          const method = store.own().find((each) => each.id.toLowerCase() === parsed.id);
          return method ? remove(method) : notFound();
        },
      },
      ...setup.routes,
    ],
    reset() {
      fill();
      setup.reset();
    },
    controls: {
      get paymentMethods() {
        return clone(methods).map((method) => ({ ...method, default: defaultOf(method.customer_id) === method.id }));
      },
      setPaymentMethods(next) {
        methods = clone([...next]);
        const flagged = fromFlags(methods);
        for (const [customerId, id] of flagged) defaults.set(customerId, id);
      },
    },
  };
}
