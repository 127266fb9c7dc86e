import type { CustomerOrder } from "../../orders/index.js";

/**
 * Whether Polar would take a payment for this order now (`order/service.py:process_retry_payment`):
 * it is pending, Polar has a retry scheduled (`next_payment_attempt_at`), and it bills a
 * subscription. Polar also needs a Stripe customer (any customer with a saved card has one) and
 * counts at most five manual retries: those it says in its answer.
 */
export function isRetryableOrder(order: Pick<CustomerOrder, "status" | "next_payment_attempt_at" | "subscription_id">): boolean {
  return order.status === "pending" && Boolean(order.next_payment_attempt_at) && Boolean(order.subscription_id);
}
