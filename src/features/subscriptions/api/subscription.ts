// One subscription: `GET` and `PATCH /v1/customer-portal/subscriptions/{id}`, functions over the
// client's request core like every endpoint (the core's client knows no resource).
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { parseSubscription } from "../schema/parse.js";
import type { CustomerSubscription } from "../schema/subscription.js";
import { subscriptionUpdateBody, type SubscriptionUpdate } from "../schema/update.js";

/** Where the customer portal keeps the signed-in customer's subscriptions (the list is this path itself). */
export const SUBSCRIPTIONS_PATH = "/v1/customer-portal/subscriptions/";
/** One subscription's path; its previews are under it. */
export const subscriptionPath = (id: string) => `${SUBSCRIPTIONS_PATH}${encodeURIComponent(id)}`;

/** One of the signed-in customer's subscriptions (`not_found` for another customer's or an unknown id). */
export async function getSubscription(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<CustomerSubscription> {
  const { body, status } = await client.request({ method: "GET", path: subscriptionPath(id), signal });
  return parseSubscription(body, status);
}

/**
 * Applies one change to a subscription (`PATCH`, the body one of Polar's six shapes); Polar
 * answers the subscription as it stores it. A refusal rejects with a `PortalError` that
 * `subscriptionRefusal` reads (403 already canceled or not allowed, 409 payment method required,
 * 410 ended, 402 payment failed, 400 seats, 422 product).
 */
export async function updateSubscription(
  client: Pick<PortalClient, "request">,
  id: string,
  update: SubscriptionUpdate,
  { signal }: RequestOptions = {},
): Promise<CustomerSubscription> {
  const { body, status } = await client.request({ method: "PATCH", path: subscriptionPath(id), body: subscriptionUpdateBody(update), signal });
  return parseSubscription(body, status);
}
