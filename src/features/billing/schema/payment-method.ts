// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

// Polar's saved payment methods as its customer portal lists them (`CustomerPaymentMethod` in
// `customer_portal/schemas/customer.py`: `PaymentMethodCard | PaymentMethodKrCard |
// PaymentMethodGeneric`, from `payment_method/schemas.py`). The published OpenAPI document lists
// only the card and the generic arm; Polar's source also answers `kr_card` (brand and last4, both
// nullable). Read tolerantly: a `type` Polar adds later (`sepa_debit`, `us_bank_account`, …) is a
// generic method shown by its raw name, and a card whose metadata is broken is read as generic
// rather than blanking the list. Only the fields common to every arm are checked strictly.

const dateTime = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), { message: "Expected an ISO 8601 date-time" }));

const base = {
  id: z.string(),
  created_at: dateTime,
  modified_at: z.optional(z.nullable(dateTime)),
  processor: z.string(),
  customer_id: z.string(),
};

export const CardMetadataSchema = z.looseObject({
  brand: z.string(),
  last4: z.string(),
  exp_month: z.int(),
  exp_year: z.int(),
  /** `apple_pay`, `google_pay`, `link`, … (Polar reads Stripe's `wallet.type`). */
  wallet: z.optional(z.nullable(z.string())),
});

export const KrCardMetadataSchema = z.looseObject({
  brand: z.optional(z.nullable(z.string())),
  last4: z.optional(z.nullable(z.string())),
});

export const PaymentMethodCardSchema = z.looseObject({ ...base, type: z.literal("card"), method_metadata: CardMetadataSchema });
export const PaymentMethodKrCardSchema = z.looseObject({ ...base, type: z.literal("kr_card"), method_metadata: KrCardMetadataSchema });
export const PaymentMethodGenericSchema = z.looseObject({ ...base, type: z.string() });

export interface CardMetadata {
  brand: string;
  last4: string;
  /** 1–12. */
  exp_month: number;
  /** Four digits. */
  exp_year: number;
  wallet?: string | null;
}

export interface KrCardMetadata {
  brand?: string | null;
  last4?: string | null;
}

interface PaymentMethodBase {
  id: string;
  created_at: string;
  modified_at?: string | null;
  /** `stripe`. */
  processor: string;
  customer_id: string;
}

export interface PaymentMethodCard extends PaymentMethodBase {
  type: "card";
  method_metadata: CardMetadata;
}

/** A Korean card (Stripe's `kr_card`): no expiry. */
export interface PaymentMethodKrCard extends PaymentMethodBase {
  type: "kr_card";
  method_metadata: KrCardMetadata;
}

/** Any other method (`sepa_debit`, `us_bank_account`, a type Polar adds later): its type alone. */
export interface PaymentMethodGeneric extends PaymentMethodBase {
  type: string;
}

/** One saved payment method, as Polar lists it. Tell the arms apart with `isCard` / `isKrCard`. */
export type PaymentMethod = PaymentMethodCard | PaymentMethodKrCard | PaymentMethodGeneric;

export const isCard = (method: PaymentMethod): method is PaymentMethodCard => method.type === "card" && "method_metadata" in method;
export const isKrCard = (method: PaymentMethod): method is PaymentMethodKrCard => method.type === "kr_card" && "method_metadata" in method;

/**
 * Reads one method: a card or a kr_card by its arm; anything else, or a card whose metadata does
 * not read, as a generic method (its `method_metadata` dropped, so `isCard` is false for it): one
 * odd method does not blank the list. Throws only when the common fields are broken.
 */
export function readPaymentMethod(value: unknown): { success: true; data: PaymentMethod } | { success: false; error: z.core.$ZodError } {
  const type = (value as { type?: unknown } | null)?.type;
  const arm = type === "card" ? PaymentMethodCardSchema : type === "kr_card" ? PaymentMethodKrCardSchema : undefined;
  const specific = arm?.safeParse(value);
  if (specific?.success) return specific;
  const generic = PaymentMethodGenericSchema.safeParse(value);
  if (!generic.success) return generic;
  const { method_metadata: _dropped, ...rest } = generic.data;
  return { success: true, data: rest as PaymentMethodGeneric };
}

/**
 * Whether a card can still be charged, from its expiry and `now`:
 * - `expired`: the last day of its expiry month has passed (a card marked 12/2026 works through
 *   31 December 2026), in the customer's local calendar;
 * - `expiring`: it expires this month or next (so a customer has at least the rest of this
 *   month to replace it, and a renewal on the 1st does not fail unannounced). Stripe's hosted
 *   portal says "Expires soon" in the same window;
 * - `valid`: otherwise, and for methods without an expiry (kr_card, generic).
 */
export type CardExpiry = "expired" | "expiring" | "valid";

export function cardExpiry(method: PaymentMethod, now: Date = new Date()): CardExpiry {
  if (!isCard(method)) return "valid";
  const { exp_month: month, exp_year: year } = method.method_metadata;
  // Months counted from year 0, so "this month" and "next month" compare as whole numbers.
  const expires = year * 12 + (month - 1);
  const current = now.getFullYear() * 12 + now.getMonth();
  if (expires < current) return "expired";
  return expires - current <= 1 ? "expiring" : "valid";
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof CardMetadataSchema>, CardMetadata>>,
  Checked<SameShape<z.infer<typeof KrCardMetadataSchema>, KrCardMetadata>>,
  Checked<SameShape<z.infer<typeof PaymentMethodCardSchema>, PaymentMethodCard>>,
  Checked<SameShape<z.infer<typeof PaymentMethodKrCardSchema>, PaymentMethodKrCard>>,
  Checked<SameShape<z.infer<typeof PaymentMethodGenericSchema>, PaymentMethodGeneric>>,
];
