// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";

/** An address as sent in a PATCH: Polar replaces the stored address whole. */
export const AddressInputSchema = z.object({
  line1: z.optional(z.nullable(z.string())),
  line2: z.optional(z.nullable(z.string())),
  postal_code: z.optional(z.nullable(z.string())),
  city: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
  country: z.string(),
});
export type AddressInput = z.infer<typeof AddressInputSchema>;

/**
 * The PATCH body. A key left out means "unchanged"; `null` clears it.
 * Other keys are ignored by Polar, so the schema strips them.
 */
export const OrderBillingUpdateSchema = z.object({
  billing_name: z.optional(z.nullable(z.string())),
  billing_address: z.optional(z.nullable(AddressInputSchema)),
});
export type OrderBillingUpdate = z.infer<typeof OrderBillingUpdateSchema>;

// The pure rules (trimming, state codes, applying an update) live in ./normalize, which builds no
// schema: the hooks and the optimistic guess need them without pulling zod into every component.
// Not re-exported here: normalize.ts takes its types from this file, and the two would import
// each other.
