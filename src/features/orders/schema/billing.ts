// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

export const AddressInputSchema = z.object({
  line1: z.optional(z.nullable(z.string())),
  line2: z.optional(z.nullable(z.string())),
  postal_code: z.optional(z.nullable(z.string())),
  city: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
  country: z.string(),
});

// Other keys are ignored by Polar, so the schema strips them.
export const OrderBillingUpdateSchema = z.object({
  billing_name: z.optional(z.nullable(z.string())),
  billing_address: z.optional(z.nullable(AddressInputSchema)),
});

// Written out rather than inferred, like the order's types (see ./order.ts), and checked
// against the schemas below.

/** An address as sent in a PATCH: Polar replaces the stored address whole. */
export interface AddressInput {
  line1?: string | null;
  line2?: string | null;
  postal_code?: string | null;
  city?: string | null;
  /** US and Canada: ISO 3166-2 (`US-CA`, a bare `CA` is accepted); elsewhere free text. */
  state?: string | null;
  /** ISO 3166-1 alpha-2. Polar upper-cases it but does not trim it, and refuses CU, IR, KP, RU, SY. */
  country: string;
}

/** The PATCH body. A key left out means "unchanged"; `null` clears it. */
export interface OrderBillingUpdate {
  /** Stored exactly as sent: Polar neither trims it nor refuses `""`. */
  billing_name?: string | null;
  /** Replaces the stored address whole; country and state cannot change once the order has one. */
  billing_address?: AddressInput | null;
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof AddressInputSchema>, AddressInput>>,
  Checked<SameShape<z.infer<typeof OrderBillingUpdateSchema>, OrderBillingUpdate>>,
];

// The pure rules (trimming, state codes, applying an update) live in ./normalize, which builds no
// schema: the hooks and the optimistic guess need them without pulling zod into every component.
// Not re-exported here: normalize.ts takes its types from this file, and the two would import
// each other.
