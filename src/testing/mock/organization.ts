// The merchant's organization on the mock Polar: `GET /v1/customer-portal/organizations/{slug}`
// (no session needed), with its customer-portal settings, proration behaviour and public
// products, and `setOrganization`. Other resources read the current settings from it.
import { HttpResponse } from "msw";
import type { FixtureMockOrganization, FixtureOrganization } from "../types.js";
import { clone, notFound, type MockResource } from "./core.js";
import type { ProductCatalog } from "./products.js";

const ORGANIZATIONS_PATH = "/v1/customer-portal/organizations";

export interface OrganizationControls {
  /** Replaces the organization's customer-portal settings or proration behaviour (a merchant's change mid-session). */
  setOrganization(organization: FixtureMockOrganization): void;
}

export interface OrganizationState {
  /** The organization as the mock keeps it (settings Polar does not answer included). */
  current(): FixtureMockOrganization;
  /** The organization as Polar answers it (`CustomerOrganization`). */
  presented(): FixtureOrganization;
}

export function organizationResource(initial: FixtureMockOrganization, catalog: ProductCatalog): MockResource<OrganizationControls> & { state: OrganizationState } {
  let organization = clone(initial);
  const presented = (): FixtureOrganization => {
    const { benefit_revocation_grace_period: _grace, ...shown } = clone(organization);
    return shown;
  };
  return {
    state: { current: () => organization, presented },
    routes: [
      {
        method: "get",
        path: `${ORGANIZATIONS_PATH}/:slug`,
        // Any token, or none, is ignored.
        access: "public",
        answer({ params }) {
          if (params.slug !== organization.slug) return notFound();
          return HttpResponse.json({ organization: presented(), products: catalog.listed(organization.id) });
        },
      },
    ],
    reset() {
      organization = clone(initial);
    },
    controls: {
      setOrganization(next) {
        organization = clone(next);
      },
    },
  };
}
