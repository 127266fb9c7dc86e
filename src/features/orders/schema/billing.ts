// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import { AddressInputSchema } from "../../../core/address/input-schema.js";
import type { AddressInput } from "../../../core/address/schema.js";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

// The address as sent is Polar's one shape for orders and customers alike: the core's.
export { AddressInputSchema } from "../../../core/address/input-schema.js";
export type { AddressInput } from "../../../core/address/schema.js";

// Other keys are ignored by Polar, so the schema strips them.
export const OrderBillingUpdateSchema = z.object({
  billing_name: z.optional(z.nullable(z.string())),
  billing_address: z.optional(z.nullable(AddressInputSchema)),
});

// Written out rather than inferred, like the order's types (see ./order.ts), and checked
// against the schema above.

/** The PATCH body. A key left out means "unchanged"; `null` clears it. */
export interface OrderBillingUpdate {
  /** Stored exactly as sent: Polar neither trims it nor refuses `""`. */
  billing_name?: string | null;
  /** Replaces the stored address whole; country and state cannot change once the order has one. */
  billing_address?: AddressInput | null;
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [Checked<SameShape<z.infer<typeof OrderBillingUpdateSchema>, OrderBillingUpdate>>];

// The pure rules (trimming, state codes, applying an update) live in ./normalize, which builds no
// schema: the hooks and the optimistic guess need them without pulling zod into every component.
// Not re-exported here: normalize.ts takes its types from this file, and the two would import
// each other.
