import * as z from "zod/mini";
import type { Checked, SameShape } from "../../../core/schema/same-shape.js";

// Polar's answers about paying a failed order (`customer_portal/schemas/order.py`): the
// confirmation of a retry, and the payment's status while it settles. Statuses stay plain strings:
// Polar answers Stripe's word for a payment intent it does not know (`processing`), read as pending.

export const PaymentConfirmationSchema = z.looseObject({
  /** `succeeded`, `requires_action` (3-D Secure: `client_secret` set) or `failed` (`error` set). */
  status: z.string(),
  client_secret: z.optional(z.nullable(z.string())),
  error: z.optional(z.nullable(z.string())),
});

export const PaymentStatusSchema = z.looseObject({
  /** `pending`, `succeeded`, `failed`, or `no_payment` before Polar records the attempt. */
  status: z.string(),
  error: z.optional(z.nullable(z.string())),
});

export interface PaymentConfirmation {
  status: "succeeded" | "requires_action" | "failed" | (string & {});
  client_secret?: string | null;
  error?: string | null;
}

export interface OrderPaymentStatus {
  status: "pending" | "succeeded" | "failed" | "no_payment" | (string & {});
  /** The card's decline message when it failed (Polar's words, English). */
  error?: string | null;
}

// Never used: a mismatch fails to compile here.
type SchemasMatchTheirTypes = [
  Checked<SameShape<z.infer<typeof PaymentConfirmationSchema>, PaymentConfirmation>>,
  Checked<SameShape<z.infer<typeof PaymentStatusSchema>, OrderPaymentStatus>>,
];
