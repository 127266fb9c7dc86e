// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { Checked, SameShape } from "../schema/same-shape.js";
import type { AddressInput } from "./schema.js";

// Apart from ./schema (the address as answered): a module's schemas are built when it loads, and
// a page that only reads an order (the list, the order page) sends no address.

const nullableString = z.optional(z.nullable(z.string()));

export const AddressInputSchema = z.object({
  line1: nullableString,
  line2: nullableString,
  postal_code: nullableString,
  city: nullableString,
  state: nullableString,
  country: z.string(),
});

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [Checked<SameShape<z.infer<typeof AddressInputSchema>, AddressInput>>];
