// One order: `GET` and `PATCH /v1/customer-portal/orders/{id}`, functions over the client's
// request core like every endpoint (the core's client knows no resource).
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import type { OrderBillingUpdate } from "../schema/billing.js";
import type { CustomerOrder } from "../schema/order.js";
import { parseOrder } from "../schema/parse-order.js";

/** Where the customer portal keeps the signed-in customer's orders (the list is this path itself). */
export const ORDERS_PATH = "/v1/customer-portal/orders/";
/** One order's path; its invoice and receipt are under it. */
export const orderPath = (id: string) => `${ORDERS_PATH}${encodeURIComponent(id)}`;

/** One of the signed-in customer's orders, checked as `parseOrder` checks it. */
export async function getOrder(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<CustomerOrder> {
  const { body, status } = await client.request({ method: "GET", path: orderPath(id), signal });
  return parseOrder(body, status);
}

/** Saves an order's billing name and address; Polar answers the order as it stores it. */
export async function updateOrder(
  client: Pick<PortalClient, "request">,
  id: string,
  { billing_name, billing_address }: OrderBillingUpdate,
  { signal }: RequestOptions = {},
): Promise<CustomerOrder> {
  // Only these keys mean anything to Polar. A key left out means "unchanged": one that is
  // undefined stays out of the JSON (rather than becoming null, which would clear it).
  const { body, status } = await client.request({ method: "PATCH", path: orderPath(id), body: { billing_name, billing_address }, signal });
  return parseOrder(body, status);
}
