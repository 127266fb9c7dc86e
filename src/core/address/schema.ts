// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { Checked, SameShape } from "../schema/same-shape.js";

// Polar's one address shape (`Address` / `AddressInput` in its OpenAPI document), which an order
// and a customer both carry with a billing name: the orders' billing form and the billing
// details form edit the same pair, so both read it from here.

const nullableString = z.optional(z.nullable(z.string()));

export const AddressSchema = z.looseObject({
  line1: nullableString,
  line2: nullableString,
  postal_code: nullableString,
  city: nullableString,
  state: nullableString,
  country: z.string(),
});

/** A billing address as Polar answers it. */
export interface Address {
  line1?: string | null;
  line2?: string | null;
  postal_code?: string | null;
  city?: string | null;
  /** US and Canada: ISO 3166-2 (`US-CA`); elsewhere free text. Older orders may hold a bare `CA`. */
  state?: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
}

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

/** A billing name and address as stored (an order's, a customer's). */
export interface BillingParty {
  billing_name?: string | null;
  billing_address?: Address | null;
}

/** The part of a PATCH (an order's, a customer's) that changes them: a key left out stays, `null` clears. */
export interface BillingPartyUpdate {
  billing_name?: string | null;
  billing_address?: AddressInput | null;
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [Checked<SameShape<z.infer<typeof AddressSchema>, Address>>];

// The input's schema is in ./input-schema: every order page reads addresses, only a save sends one.
