// Polar's private preview routes (not in its published API; `customer_portal/endpoints/
// subscription.py`): what the next invoice will be, and what a plan or seat change costs. A Polar
// without them answers 404 for the route itself, which `isMissingRoute` tells apart from Polar's
// own 404 for a subscription (`ResourceNotFound`).
import type { PortalClient, RequestOptions } from "../../../core/client/client.js";
import { isPortalError } from "../../../core/client/errors.js";
import { parseChargePreview } from "../schema/parse.js";
import type { SubscriptionChargePreview } from "../schema/subscription.js";
import { subscriptionPath } from "./subscription.js";

import type { SubscriptionChange } from "../schema/preview.js";

export type { SubscriptionChange };

/**
 * The next charge (`GET …/{id}/charge-preview`): base, metered usage, pending prorations,
 * discount, tax, balance and what is due. Polar answers 404 `ResourceNotFound` when no charge is
 * coming (a status other than active or trialing, or paused without a resume date).
 */
export async function getChargePreview(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<SubscriptionChargePreview> {
  const { body, status } = await client.request({ method: "GET", path: `${subscriptionPath(id)}/charge-preview`, signal });
  return parseChargePreview(body, status);
}

/**
 * What a change would cost (`POST …/{id}/change-preview`, body `{product_id}` or `{seats}`),
 * without applying it: the prorations and what would be invoiced for them. Polar refuses it as it
 * would refuse the change (403, 400 seats, 422 product).
 */
export async function previewSubscriptionChange(
  client: Pick<PortalClient, "request">,
  id: string,
  change: SubscriptionChange,
  { signal }: RequestOptions = {},
): Promise<SubscriptionChargePreview> {
  const body = "productId" in change ? { product_id: change.productId } : { seats: change.seats };
  const answer = await client.request({ method: "POST", path: `${subscriptionPath(id)}/change-preview`, body, signal });
  return parseChargePreview(answer.body, answer.status);
}

/**
 * Whether an error is a 404 of the route itself (a Polar without the private route: the router's
 * bare `{"detail": "Not Found"}`), rather than Polar's `ResourceNotFound` for the subscription.
 */
export function isMissingRoute(error: unknown): boolean {
  return isPortalError(error) && error.status === 404 && error.code === undefined;
}
