// The merchant's catalog as the mock Polar keeps it: what a plan change looks a product up in
// (archived, private and one-time products included, as Polar's repository finds them) and what
// `GET /v1/customer-portal/organizations/{slug}` lists (public and not archived only).
import type { FixtureProduct } from "../types.js";
import { clone } from "./core.js";
import { isRecord } from "./pydantic.js";

export interface ProductCatalog {
  /** By lower-case id, whatever its visibility; undefined when the organization has no such product. */
  get(id: string): FixtureProduct | undefined;
  /** The organization's public, unarchived products, as Polar's `CustomerProduct` (no `organization`). */
  listed(organizationId: string): Record<string, unknown>[];
}

/**
 * A product as Polar's customer portal shows it: a benefit whose visibility is not public is
 * left out (Polar's `BenefitPublicList`) and the visibility itself is not shown.
 */
export function presentProduct(product: FixtureProduct): FixtureProduct {
  const benefits = product.benefits
    .filter((benefit) => benefit.visibility === undefined || benefit.visibility === "public")
    .map((benefit) => {
      const { visibility: _visibility, ...rest } = benefit;
      return rest;
    });
  return { ...product, benefits };
}

export function createCatalog(products: readonly FixtureProduct[]): ProductCatalog {
  const byId = new Map(clone(products).map((product) => [product.id.toLowerCase(), product]));
  return {
    get: (id) => byId.get(id.toLowerCase()),
    listed(organizationId) {
      return [...byId.values()]
        .filter((product) => product.organization_id === organizationId && product.visibility === "public" && !product.is_archived)
        .map((product) => {
          const { organization: _organization, ...rest } = clone(presentProduct(product)) as FixtureProduct & Record<string, unknown>;
          return isRecord(rest) ? rest : {};
        });
    },
  };
}
