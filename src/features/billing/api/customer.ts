// The signed-in customer's billing profile and saved payment methods: `customers/me` and
// `customers/me/payment-methods` (UnionBillingRead/Write: a plain member gets 403), functions over
// the client's request core like every endpoint.
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { MAX_LIMIT, type Page } from "../../../core/query/list.js";
import { customerPatchBody, type CustomerPatch, type PortalCustomer } from "../schema/customer.js";
import { parseCustomer, parsePaymentMethodsPage } from "../schema/parse.js";
import type { PaymentMethod } from "../schema/payment-method.js";

export const CUSTOMER_PATH = "/v1/customer-portal/customers/me";
export const PAYMENT_METHODS_PATH = `${CUSTOMER_PATH}/payment-methods`;

type Client = Pick<PortalClient, "request">;

/** The signed-in customer: billing name, address, tax ID and which payment method is the default. */
export async function getCustomer(client: Client, { signal }: RequestOptions = {}): Promise<PortalCustomer> {
  const { body, status } = await client.request({ method: "GET", path: CUSTOMER_PATH, signal });
  return parseCustomer(body, status);
}

/**
 * Changes the customer's billing details or default payment method; Polar answers the customer
 * as stored. A refusal rejects with a `PortalError` that `billingRefusal` reads (422 tax ID,
 * address, default; 403 for a plain member).
 */
export async function updateCustomer(client: Client, patch: CustomerPatch, { signal }: RequestOptions = {}): Promise<PortalCustomer> {
  const { body, status } = await client.request({ method: "PATCH", path: CUSTOMER_PATH, body: customerPatchBody(patch), signal });
  return parseCustomer(body, status);
}

/** One page of saved payment methods (Polar's order; at most 100 a page). */
export async function listPaymentMethods(
  client: Client,
  { page = 1, limit = MAX_LIMIT }: { page?: number; limit?: number } = {},
  { signal }: RequestOptions = {},
): Promise<Page<PaymentMethod>> {
  const search = new URLSearchParams({ page: String(page), limit: String(Math.min(limit, MAX_LIMIT)) });
  const answer = await client.request({ method: "GET", path: `${PAYMENT_METHODS_PATH}?${search}`, resource: "payment_method", signal });
  return parsePaymentMethodsPage(answer.body, answer.status);
}

/** Every saved payment method, page after page (Polar caps a page at 100). */
export async function listAllPaymentMethods(client: Client, options: RequestOptions = {}): Promise<PaymentMethod[]> {
  const methods: PaymentMethod[] = [];
  for (let page = 1; ; page++) {
    const answer = await listPaymentMethods(client, { page }, options);
    methods.push(...answer.items);
    // max_page also stops a Polar that keeps answering full pages past the count.
    if (page >= answer.pagination.max_page || answer.items.length === 0) return methods;
  }
}

/**
 * Deletes a saved payment method (204). Polar moves the active subscriptions billed by it to
 * another saved method; with none left it refuses: 400 `PaymentMethodInUseByActiveSubscription`.
 * An unknown id: 404 `ResourceNotFound`.
 */
export async function deletePaymentMethod(client: Client, id: string, { signal }: RequestOptions = {}): Promise<void> {
  await client.request({ method: "DELETE", path: `${PAYMENT_METHODS_PATH}/${encodeURIComponent(id)}`, resource: "payment_method", signal });
}
