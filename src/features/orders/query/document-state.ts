// What the customer sees of an invoice or receipt action, and what the order or a failure says
// about it.
import { isPortalError, type PortalError } from "../../../core/client/errors.js";
import type { CustomerOrder } from "../schema/order.js";
import { TimeoutError } from "./poll.js";

/**
 * What the customer sees of an invoice or receipt action:
 * - `idle`: nothing asked yet (or cancelled);
 * - `preparing`: Polar is rendering the file or the link is on its way;
 * - `ready`: the download started (asking again fetches a fresh link);
 * - `refused`: Polar makes no invoice for an order in this status (`draft`, `void`: 409);
 * - `missing_billing_details`: the invoice needs a billing name and address (422);
 * - `unavailable`: the order has no receipt (no receipt number yet);
 * - `unauthorized`: the session is over (`onUnauthorized` was called by the client);
 * - `error`: anything else; `error` is null when Polar took longer than the kit waits.
 */
export type DocumentState =
  | { status: "idle" | "preparing" | "ready" | "missing_billing_details" | "unavailable" }
  | { status: "refused"; orderStatus: string }
  | { status: "unauthorized"; error: PortalError }
  | { status: "error"; error: PortalError | null };

/** What a failure means for the customer. */
export function stateOfError(error: unknown, order: CustomerOrder): DocumentState {
  if (error instanceof TimeoutError) return { status: "error", error: error.last };
  if (!isPortalError(error)) return { status: "error", error: null };
  if (error.kind === "unauthorized") return { status: "unauthorized", error };
  if (error.status === 409) return { status: "refused", orderStatus: order.status };
  if (error.code === "MissingInvoiceBillingDetails") return { status: "missing_billing_details" };
  if (error.code === "ReceiptNotAllocated") return { status: "unavailable" };
  return { status: "error", error };
}

/**
 * What the order alone says about making its invoice: Polar refuses a draft or void order (409)
 * and one without a billing name and address (422). Known without a request.
 */
export function invoiceRefusal(order: CustomerOrder): DocumentState | undefined {
  if (order.status === "draft" || order.status === "void") return { status: "refused", orderStatus: order.status };
  if (order.billing_name == null || order.billing_address == null) return { status: "missing_billing_details" };
  return undefined;
}

/** An order without a receipt number has no receipt yet (Polar: 404 `ReceiptNotAllocated`). */
export const noReceipt = (order: CustomerOrder): DocumentState | undefined => (order.receipt_number == null ? { status: "unavailable" } : undefined);
