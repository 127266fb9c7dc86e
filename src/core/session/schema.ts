// Who the session is and what the merchant's portal allows, as Polar answers them. Loose objects
// and plain strings, as for orders: a field or role Polar adds later does not break the portal.
import * as z from "zod/mini";

/** Polar's member roles (`MemberRole`); a role Polar adds later is kept as its raw string. */
export type KnownMemberRole = "owner" | "billing_manager" | "member";

/** `GET /v1/customer-portal/customer-session/user`: the signed-in customer, or a member of a team customer. */
export const PortalUserSchema = z.looseObject({
  /** `"customer"` or `"member"`. */
  type: z.string(),
  name: z.nullable(z.string()),
  email: z.string(),
  customer_id: z.string(),
  member_id: z.optional(z.nullable(z.string())),
  /** The member's role (`owner`, `billing_manager`, `member`); null for a customer session. */
  role: z.optional(z.nullable(z.string())),
});
export type PortalUser = z.infer<typeof PortalUserSchema>;

const CustomerPortalSettingsSchema = z.looseObject({
  usage: z.looseObject({ show: z.boolean() }),
  subscription: z.looseObject({
    update_seats: z.boolean(),
    update_plan: z.boolean(),
    /** Left out by organizations that never set it: off, as Polar's default. */
    pause: z.optional(z.boolean()),
  }),
  customer: z.optional(z.looseObject({ allow_email_change: z.optional(z.boolean()) })),
});

export const PortalOrganizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  avatar_url: z.nullable(z.string()),
  /** How a plan or seat change is billed: `invoice`, `prorate`, `next_period`, `reset` (or a newer value). */
  proration_behavior: z.string(),
  allow_customer_updates: z.boolean(),
  customer_portal_settings: CustomerPortalSettingsSchema,
  organization_features: z.optional(
    z.looseObject({ member_model_enabled: z.optional(z.boolean()), checkout_localization_enabled: z.optional(z.boolean()) }),
  ),
});
export type PortalOrganization = z.infer<typeof PortalOrganizationSchema>;
export type CustomerPortalSettings = z.infer<typeof CustomerPortalSettingsSchema>;

/** `GET /v1/customer-portal/organizations/{slug}`: the organization and its public products (kept as sent). */
export const PortalOrganizationDataSchema = z.looseObject({
  organization: PortalOrganizationSchema,
  products: z.array(z.unknown()),
});
export type PortalOrganizationData = z.infer<typeof PortalOrganizationDataSchema>;
