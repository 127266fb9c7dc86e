// Paying a failed order now: `POST …/orders/{id}/confirm-payment` and `GET …/orders/{id}/payment-status`
// (`customer_portal/endpoints/order.py`, `order/service.py: process_retry_payment`), with Polar's
// checks in Polar's order: the body (exactly one of a saved method or a confirmation token), the
// order (404), its eligibility (pending, `next_payment_attempt_at` set, a subscription's: else 422
// `OrderNotEligibleForRetry`), the payment lock (409 `PaymentAlreadyInProgress`), the customer's
// retries (429 `ManualRetryLimitExceeded` once 5 were made), a Stripe customer (else 422), the
// saved method being the customer's (422 `PaymentRetryValidationError`). What the card then does
// is the chosen `PaymentOutcome`. The latest payment of each order is what `payment-status` reads.
import { HttpResponse } from "msw";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import type { PaymentOutcome } from "../billing-types.js";
import type { FixtureCustomerSubscription } from "../types.js";
import { polarError, type MockCore, type MockResource, type MockRoute } from "./core.js";
import type { CustomerState } from "./customer.js";
import type { OrderStore } from "./orders.js";
import type { PaymentMethodStore } from "./payment-methods.js";
import { readConfirmBody } from "./order-payment-body.js";
import { parseUuid, requestValidationError } from "./pydantic.js";

const ORDERS_PATH = "/v1/customer-portal/orders";
/** Polar's `CUSTOMER_RETRY_MAX_ATTEMPTS`. */
export const CUSTOMER_RETRY_MAX_ATTEMPTS = 5;
/** Stripe's words for a declined card, which Polar passes on. */
export const CARD_DECLINED = "Your card was declined.";
/** Stripe's words when 3-D Secure failed. */
export const AUTHENTICATION_FAILED = "We are unable to authenticate your payment method. Please choose a different payment method and try again.";

export interface OrderPaymentOptions {
  paymentOutcome: PaymentOutcome;
  /** `payment-status` reads that stay `pending` before a completed payment shows its outcome. */
  paymentSettlesAfter: number;
  /** Reads after which a 3-D Secure challenge completes by itself (undefined: only `completePaymentAction`). */
  actionSettlesAfter?: number;
  /** Customer retries already made, for every order or per order id. */
  retryAttempts: number | Readonly<Record<string, number>>;
}

export interface OrderPaymentControls {
  /** What the card does from now on: for a retry here, and for a subscription change that bills now. */
  setPaymentOutcome(outcome: PaymentOutcome): void;
  /** Completes the 3-D Secure challenge of the order's payment (default: every one waiting). */
  completePaymentAction(status: "succeeded" | "failed", orderId?: string): void;
  /** The customer's retries of the order so far (the sixth is refused with 429). */
  retryAttempts(orderId: string): number;
}

interface Payment {
  status: "pending" | "succeeded" | "failed";
  error: string | null;
  /** Pending: waiting for the customer's 3-D Secure action. */
  action?: { readsLeft: number };
  /** Pending: what it settles to, after `readsLeft` more reads. */
  settles?: { to: "succeeded" | "failed"; readsLeft: number };
}

export interface OrderPaymentLinks {
  orders: OrderStore;
  subscriptions: { get(id: string): FixtureCustomerSubscription | undefined; set(id: string, subscription: FixtureCustomerSubscription): void };
  paymentMethods: PaymentMethodStore;
  customer: CustomerState;
}

export function orderPaymentResource(core: MockCore, options: OrderPaymentOptions, links: OrderPaymentLinks): MockResource<OrderPaymentControls> & {
  outcome(): PaymentOutcome;
} {
  let outcome = options.paymentOutcome;
  let payments = new Map<string, Payment>();
  let attempts = new Map<string, number>();
  let serial = 0;
  const initialAttempts = (id: string) =>
    typeof options.retryAttempts === "number" ? options.retryAttempts : (options.retryAttempts[id] ?? options.retryAttempts[id.toUpperCase()] ?? 0);
  const attemptsOf = (id: string) => attempts.get(id) ?? initialAttempts(id);

  /** The order's latest payment: recorded here, else what the fixture's state implies. */
  const latest = (id: string, order: CustomerOrder): Payment | undefined => {
    const recorded = payments.get(id);
    if (recorded) return recorded;
    if (["paid", "refunded", "partially_refunded"].includes(order.status)) return { status: "succeeded", error: null };
    if (order.status === "pending" && order.next_payment_attempt_at) return { status: "failed", error: CARD_DECLINED };
    return undefined;
  };

  /** Polar's webhooks after a successful charge: the order paid, its subscription active again. */
  function markPaid(id: string) {
    const order = links.orders.get(id);
    if (!order) return;
    const revive = <T extends { status: string; past_due_at?: string | null; modified_at: string | null }>(subscription: T): T =>
      subscription.status === "past_due" ? { ...subscription, status: "active", past_due_at: null, modified_at: core.stamp(subscription.modified_at) } : subscription;
    const stored = order.subscription_id ? links.subscriptions.get(order.subscription_id.toLowerCase()) : undefined;
    if (stored) links.subscriptions.set(stored.id.toLowerCase(), revive(stored));
    links.orders.set(id, {
      ...order,
      status: "paid",
      paid: true,
      next_payment_attempt_at: null,
      modified_at: core.stamp(order.modified_at),
      subscription: order.subscription ? (revive(order.subscription as never) as CustomerOrder["subscription"]) : order.subscription,
    });
  }

  function settle(id: string, payment: Payment) {
    if (!payment.settles || payment.settles.readsLeft > 0) return;
    const to = payment.settles.to;
    payments.set(id, { status: to, error: to === "failed" ? AUTHENTICATION_FAILED : null });
    if (to === "succeeded") markPaid(id);
  }

  const notEligible = (id: string) => polarError(422, "OrderNotEligibleForRetry", `Order ${id} is not eligible for payment retry.`);

  function confirm(rawId: string, body: unknown): Response {
    const path = parseUuid(rawId);
    const read = readConfirmBody(body);
    const issues = [...("issue" in path ? [path.issue] : []), ...read.issues];
    if (issues.length > 0) return requestValidationError(issues);
    const found = links.orders.own(rawId);
    if (found instanceof Response) return found;
    const { id, order } = found;
    if (order.status !== "pending" || !order.next_payment_attempt_at || !order.subscription_id) return notEligible(id);
    const inProgress = () => polarError(409, "PaymentAlreadyInProgress", `Payment for order ${id} is already in progress`);
    if (payments.get(id)?.status === "pending") return inProgress();
    if (outcome === "in_progress") {
      // Polar's own scheduled retry holds the lock: it settles while the customer waits.
      payments.set(id, { status: "pending", error: null, settles: { to: "succeeded", readsLeft: options.paymentSettlesAfter } });
      return inProgress();
    }
    if (attemptsOf(id) >= CUSTOMER_RETRY_MAX_ATTEMPTS) {
      return polarError(429, "ManualRetryLimitExceeded", `Maximum number of manual payment retry attempts has been reached for order ${id}.`);
    }
    if (!links.customer.current().stripe_customer_id) return notEligible(id);
    const methodId = read.paymentMethodId;
    if (methodId !== undefined && !links.paymentMethods.own().some((method) => method.id.toLowerCase() === methodId)) {
      return polarError(422, "PaymentRetryValidationError", "Payment method does not belong to customer");
    }

    attempts.set(id, attemptsOf(id) + 1);
    if (outcome === "succeeded") {
      payments.set(id, { status: "succeeded", error: null });
      markPaid(id);
      return HttpResponse.json({ status: "succeeded", client_secret: null, error: null });
    }
    if (outcome === "failed") {
      payments.set(id, { status: "failed", error: CARD_DECLINED });
      return HttpResponse.json({ status: "failed", client_secret: null, error: CARD_DECLINED });
    }
    serial += 1;
    payments.set(id, { status: "pending", error: null, action: { readsLeft: options.actionSettlesAfter ?? Number.POSITIVE_INFINITY } });
    const intent = `pi_mock${serial.toString().padStart(6, "0")}`;
    return HttpResponse.json({ status: "requires_action", client_secret: `${intent}_secret_mock`, error: null });
  }

  function status(rawId: string): Response {
    const found = links.orders.own(rawId);
    if (found instanceof Response) return found;
    const { id, order } = found;
    const payment = latest(id, order);
    if (!payment) return HttpResponse.json({ status: "no_payment", error: null });
    if (payment.status !== "pending") return HttpResponse.json({ status: payment.status, error: payment.error });
    if (payment.action) {
      payment.action.readsLeft -= 1;
      // The challenge completed by itself (`actionSettlesAfter`): the next read sees the charge succeed.
      if (payment.action.readsLeft <= 0) {
        delete payment.action;
        payment.settles = { to: "succeeded", readsLeft: 0 };
      }
    } else if (payment.settles && payment.settles.readsLeft > 0) {
      payment.settles.readsLeft -= 1;
    } else {
      settle(id, payment);
      const settled = payments.get(id)!;
      return HttpResponse.json({ status: settled.status, error: settled.error });
    }
    return HttpResponse.json({ status: "pending", error: null });
  }

  function complete(id: string, payment: Payment, to: "succeeded" | "failed") {
    delete payment.action;
    payment.settles = { to, readsLeft: options.paymentSettlesAfter };
    settle(id, payment);
  }

  const routes: MockRoute[] = [
    { method: "post", path: `${ORDERS_PATH}/:id/confirm-payment`, access: "billing", answer: ({ params, body }) => confirm(params.id!, body) },
    {
      method: "get",
      path: `${ORDERS_PATH}/:id/payment-status`,
      access: "billing",
      answer: ({ params }) => status(params.id!),
      malformed: () => HttpResponse.json({ status: 42 }),
    },
  ];

  return {
    routes,
    outcome: () => outcome,
    reset() {
      outcome = options.paymentOutcome;
      payments = new Map();
      attempts = new Map();
      serial = 0;
    },
    controls: {
      setPaymentOutcome(next) {
        outcome = next;
      },
      completePaymentAction(to, orderId) {
        for (const [id, payment] of payments) {
          if (payment.action && (orderId === undefined || orderId.toLowerCase() === id)) complete(id, payment, to);
        }
      },
      retryAttempts: (orderId) => attemptsOf(orderId.toLowerCase()),
    },
  };
}
