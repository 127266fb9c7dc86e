// The products a subscription could move to: the organization's public products, from
// `GET /v1/customer-portal/organizations/{slug}` (the core's `getPortalOrganization`, whose answer
// keeps them unchecked), checked here as the feature reads them.
import { PortalError } from "../../../core/client/errors.js";
import type { PortalOrganizationData } from "../../../core/session/schema.js";
import { parsePortalProduct } from "../schema/parse.js";
import type { PortalProduct } from "../schema/subscription.js";

/** The organization's products, each checked; an invalid one names its index. */
export function portalProductsOf(data: Pick<PortalOrganizationData, "products">): PortalProduct[] {
  return data.products.map((product, index) => {
    try {
      return parsePortalProduct(product);
    } catch (error) {
      if (error instanceof PortalError) {
        throw new PortalError({ kind: "invalid_response", resource: "organization", message: error.message, path: ["products", index, ...(error.path ?? [])] });
      }
      throw error;
    }
  });
}
