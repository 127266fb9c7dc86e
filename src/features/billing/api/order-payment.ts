// Paying a failed renewal now: `POST orders/{id}/confirm-payment` with a saved payment method,
// then `GET orders/{id}/payment-status` while the payment settles (`customer_portal/endpoints/
// order.py`, `order/service.py:process_retry_payment`).
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { parsePaymentConfirmation, parsePaymentStatus } from "../schema/parse.js";
import type { OrderPaymentStatus, PaymentConfirmation } from "../schema/payment.js";

const orderPath = (id: string) => `/v1/customer-portal/orders/${encodeURIComponent(id)}`;

/**
 * Charges `paymentMethodId` (a saved method of the customer) for order `orderId`. Polar answers
 * `succeeded`, `requires_action` (3-D Secure, with `client_secret`) or `failed` (with `error`); or
 * refuses: 422 `OrderNotEligibleForRetry`, 409 `PaymentAlreadyInProgress`, 429
 * `ManualRetryLimitExceeded` (five manual tries), 404.
 */
export async function confirmOrderPayment(
  client: Pick<PortalClient, "request">,
  orderId: string,
  paymentMethodId: string,
  { signal }: RequestOptions = {},
): Promise<PaymentConfirmation> {
  const body = { payment_method_id: paymentMethodId, payment_processor: "stripe" };
  const answer = await client.request({ method: "POST", path: `${orderPath(orderId)}/confirm-payment`, body, signal });
  return parsePaymentConfirmation(answer.body, answer.status);
}

/** The order's latest payment: `pending`, `succeeded`, `failed`, or `no_payment` yet. */
export async function getOrderPaymentStatus(client: Pick<PortalClient, "request">, orderId: string, { signal }: RequestOptions = {}): Promise<OrderPaymentStatus> {
  const answer = await client.request({ method: "GET", path: `${orderPath(orderId)}/payment-status`, signal });
  return parsePaymentStatus(answer.body, answer.status);
}
