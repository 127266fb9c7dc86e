import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PortalError } from "../../../core/client/errors.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { portalOrganizationQueryOptions } from "../../../core/session/session-query.js";
import { portalProductsOf } from "../api/products.js";
import {
  changeBillsNow,
  changePreview,
  chargePreviewFromPolar,
  chargePreviewFromPrices,
  hasUpcomingCharge,
  type ChangePreview,
  type ChargePreview,
  type PreviewSource,
  type SubscriptionChange,
} from "../schema/preview.js";
import { chargePreviewQueryOptions, changePreviewQueryOptions } from "./preview-query.js";
import { useSubscription } from "./use-subscriptions.js";

export interface PreviewResult<T> {
  /** The figures; null while loading, when no charge is coming, or on an error. */
  preview: T | null;
  /** `polar`: Polar's own preview; `prices`: Polar has no preview route, the figures are what the prices tell (unknown ones null); `none`: nothing to preview. */
  source: PreviewSource;
  isPending: boolean;
  /** Why the preview (or the subscription) could not be read; `subscriptionRefusal(error)` reads a refusal of a change. */
  error: PortalError | null;
}

export interface ChangePreviewResult extends PreviewResult<ChangePreview> {
  /** Whether Polar bills the change at once (ask the customer's consent first); null when it cannot be told. */
  billsNow: boolean | null;
}

/** The organization's products, read only when `slug` is given (shared with `usePortalOrganization`). */
function useProducts(slug: string | undefined) {
  const { client } = usePortalContext();
  return useQuery({ ...portalOrganizationQueryOptions(client, slug ?? ""), select: portalProductsOf });
}

/**
 * What the subscription's next invoice will be: Polar's charge preview (base, usage, prorations,
 * discount, tax, balance, due); where Polar has no such route (404 of the route itself), what the
 * prices tell for certain (the next period's base and the usage so far; the rest null); `none`
 * when no charge is coming (not active or trialing, or paused with no date to resume), without
 * asking Polar.
 */
export function useSubscriptionChargePreview(id: string | undefined, options: { enabled?: boolean } = {}): PreviewResult<ChargePreview> {
  const { client } = usePortalContext();
  const subscription = useSubscription(id, options);
  const sub = subscription.data;
  const upcoming = sub !== undefined && hasUpcomingCharge(sub);
  const answer = useQuery({ ...chargePreviewQueryOptions(client, id ?? ""), enabled: Boolean(id) && upcoming && options.enabled !== false });
  const pendingProduct = answer.data?.source === "prices" ? (sub?.pending_update?.product_id ?? undefined) : undefined;
  const products = useProducts(pendingProduct ? sub?.product.organization.slug : undefined);
  const data = answer.data;
  const preview = useMemo(() => {
    if (!sub || !upcoming || !data) return null;
    if (data.source === "polar") return chargePreviewFromPolar(sub, data.preview);
    if (data.source === "prices") return chargePreviewFromPrices(sub, products.data ?? []);
    return null;
  }, [sub, upcoming, data, products.data]);
  return {
    preview,
    source: sub && !upcoming ? "none" : (data?.source ?? "none"),
    isPending: subscription.isPending || (upcoming && (answer.isPending || (pendingProduct !== undefined && products.isPending))),
    error: subscription.error ?? answer.error ?? null,
  };
}

/**
 * What a plan change (`{ productId }`) or seat change (`{ seats }`) would cost, before the
 * customer confirms: the amount per period after it, Polar's figures for the change from its
 * change preview, and `billsNow` (from the organization's `proration_behavior`). Where Polar has no
 * change-preview route, the figures are what the prices tell (`source: "prices"`): the new
 * amount per period, and what is due now only when nothing is billed now. `null` previews nothing.
 */
export function useSubscriptionChangePreview(id: string | undefined, change: SubscriptionChange | null): ChangePreviewResult {
  const { client } = usePortalContext();
  const subscription = useSubscription(id);
  const sub = subscription.data;
  const productId = change && "productId" in change ? change.productId : undefined;
  const seats = change && "seats" in change ? change.seats : undefined;
  const stable = useMemo<SubscriptionChange | null>(
    () => (productId !== undefined ? { productId } : seats !== undefined ? { seats } : null),
    [productId, seats],
  );
  const answer = useQuery({
    ...changePreviewQueryOptions(client, id ?? "", stable ?? { seats: 0 }),
    enabled: Boolean(id) && sub !== undefined && stable !== null,
  });
  const products = useProducts(productId !== undefined ? sub?.product.organization.slug : undefined);
  const product = productId !== undefined ? products.data?.find((candidate) => candidate.id === productId) : undefined;
  const data = stable ? answer.data : undefined;
  const preview = useMemo(() => {
    if (!sub || !stable || !data || data.source === "none") return null;
    return changePreview(sub, stable, { product, polar: data.source === "polar" ? data.preview : undefined });
  }, [sub, stable, data, product]);
  return {
    preview,
    source: data?.source ?? "none",
    billsNow: sub && stable ? changeBillsNow(sub, stable, product) : null,
    isPending: stable !== null && (subscription.isPending || answer.isPending || (productId !== undefined && products.isPending)),
    error: stable ? (subscription.error ?? answer.error ?? products.error ?? null) : null,
  };
}
