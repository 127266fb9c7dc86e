import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { portalOrganizationQueryOptions } from "../../../core/session/session-query.js";
import { portalProductsOf } from "../api/products.js";
import { planChangeEligibility, type PlanChangeRefusalReason } from "../schema/eligibility.js";
import type { CustomerSubscription, PortalProduct } from "../schema/subscription.js";

export interface PlanOption {
  product: PortalProduct;
  /** Whether Polar would accept the move (`planChangeEligibility`). */
  eligible: boolean;
  /** Why not, when not (the current product is listed with `current_product`). */
  reason?: PlanChangeRefusalReason;
}

export interface PlanOptions {
  /** The organization's products, in Polar's order, each with whether the subscription may move to it. */
  products: PlanOption[];
  /**
   * Whether a plan change may be asked at all: the merchant allows it
   * (`customer_portal_settings.subscription.update_plan`) and the subscription is neither
   * canceled, unpaid nor set to cancel (else Polar's 403 `AlreadyCanceledSubscription`).
   */
  allowed: boolean;
  isPending: boolean;
  error: PortalError | null;
}

/**
 * The products `subscription` could move to, from the organization's portal
 * (`GET /v1/customer-portal/organizations/{slug}`, shared with `usePortalOrganization`), each
 * marked by Polar's rules: same currency, recurring, public, not archived, no custom price, no
 * seat- or unit-based plan left for one without.
 */
export function usePlanOptions(subscription: CustomerSubscription | undefined): PlanOptions {
  const { client } = usePortalContext();
  const slug = subscription?.product.organization.slug;
  const query = useQuery({ ...portalOrganizationQueryOptions(client, slug ?? ""), select: portalProductsOf });
  const products = useMemo(
    () =>
      subscription && query.data
        ? query.data.map((product): PlanOption => {
            const verdict = planChangeEligibility(subscription, product);
            return verdict.eligible ? { product, eligible: true } : { product, eligible: false, reason: verdict.reason };
          })
        : [],
    [subscription, query.data],
  );
  const allowed =
    subscription !== undefined &&
    subscription.product.organization.customer_portal_settings.subscription.update_plan &&
    subscription.status !== "canceled" &&
    subscription.status !== "unpaid" &&
    !subscription.cancel_at_period_end;
  return { products, allowed, isPending: subscription === undefined || query.isPending, error: query.error };
}
