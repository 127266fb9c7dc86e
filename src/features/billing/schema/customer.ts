// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import { AddressInputSchema } from "../../../core/address/input-schema.js";
import { AddressSchema, type Address, type AddressInput } from "../../../core/address/schema.js";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

// The signed-in customer as the portal answers it (`CustomerPortalCustomer`,
// `customer_portal/schemas/customer.py`), loose like the order: unknown keys kept, enums as plain
// strings. The tax ID is Polar's tuple `[value, format]` (`eu_vat`, `us_ein`, …).

const dateTime = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: "Expected an ISO 8601 date-time" }));
const nullableString = z.optional(z.nullable(z.string()));

export const PortalCustomerSchema = z.looseObject({
  id: z.string(),
  email: nullableString,
  email_verified: z.optional(z.boolean()),
  name: nullableString,
  billing_name: nullableString,
  billing_address: z.optional(z.nullable(AddressSchema)),
  tax_id: z.optional(z.nullable(z.tuple([z.string(), z.string()]))),
  default_payment_method_id: nullableString,
  /** `individual` or `team`. */
  type: nullableString,
  locale: nullableString,
  oauth_accounts: z.optional(z.record(z.string(), z.unknown())),
  created_at: dateTime,
  modified_at: z.optional(z.nullable(dateTime)),
});

export interface PortalCustomer {
  id: string;
  email?: string | null;
  email_verified?: boolean;
  name?: string | null;
  /** The name on future invoices (the customer's `name` when null). */
  billing_name?: string | null;
  billing_address?: Address | null;
  /** `[value, format]`, such as `["FR61954506077", "eu_vat"]`. */
  tax_id?: [string, string] | null;
  /** Which saved method Polar charges; the payment methods list does not say. */
  default_payment_method_id?: string | null;
  type?: string | null;
  locale?: string | null;
  oauth_accounts?: Record<string, unknown>;
  created_at: string;
  modified_at?: string | null;
}

/**
 * What the billing details form changes (`PATCH customers/me`). A key left out stays as it is.
 * Polar turns empty strings into null; a billing address cannot be cleared once set, and a tax
 * ID is checked against the (new) address's country.
 */
export interface CustomerUpdate {
  /** Polar ignores null here (a blank name cannot clear it): its answer shows the name kept. */
  billing_name?: string | null;
  billing_address?: AddressInput | null;
  /** The tax ID as typed (`FR61954506077`); Polar finds its format from the country. */
  tax_id?: string | null;
}

export const CustomerUpdateSchema = z.object({
  billing_name: nullableString,
  billing_address: z.optional(z.nullable(AddressInputSchema)),
  tax_id: nullableString,
});

/** Every change the kit sends to `customers/me`: the form's, or the default payment method. */
export interface CustomerPatch extends CustomerUpdate {
  default_payment_method_id?: string;
}

const blankToNull = (value: string | null | undefined) => (typeof value === "string" && value.trim() === "" ? null : value);

/**
 * The body sent: keys left out stay out, empty strings (and blanks) become null as Polar would
 * store them, so the cache's copy and Polar's agree.
 */
export function customerPatchBody(patch: CustomerPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.billing_name !== undefined) body.billing_name = blankToNull(patch.billing_name);
  if (patch.billing_address !== undefined) body.billing_address = patch.billing_address;
  if (patch.tax_id !== undefined) body.tax_id = blankToNull(patch.tax_id === null ? null : patch.tax_id.trim());
  if (patch.default_payment_method_id !== undefined) body.default_payment_method_id = patch.default_payment_method_id;
  return body;
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof PortalCustomerSchema>, PortalCustomer>>,
  Checked<SameShape<z.infer<typeof CustomerUpdateSchema>, CustomerUpdate>>,
];
