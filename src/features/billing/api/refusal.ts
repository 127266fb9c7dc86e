// Polar's refusals of a billing change, as states the UI can act on. Read from the status,
// Polar's error name (`code`) and its words (`customer_portal/service/customer.py`,
// `payment_method/service.py`, `customer_portal/service/order.py`, `customer_portal/auth.py`).
import { isPortalError, type FieldErrors, type PortalError } from "../../../core/client/errors.js";

export type BillingRefusal =
  /** 400 `PaymentMethodInUseByActiveSubscription`: the only method an active subscription can bill. */
  | { kind: "payment_method_in_use" }
  /** 404 for a payment method, or 422 "Payment method not found." for a default: removed elsewhere. */
  | { kind: "payment_method_not_found" }
  /** 422 `OrderNotEligibleForRetry`: paid meanwhile, or no retry scheduled. */
  | { kind: "not_eligible_for_retry" }
  /** 409 `PaymentAlreadyInProgress`: a payment of this order is under way. */
  | { kind: "payment_in_progress" }
  /** 429 `ManualRetryLimitExceeded`: five tries; Polar still retries on its schedule. */
  | { kind: "retry_limit_exceeded" }
  /** 422 "Invalid tax ID." for the billing address's country. */
  | { kind: "tax_id_invalid" }
  /** 422 "Country is required to validate tax ID.": a tax ID needs a billing address. */
  | { kind: "tax_id_country_required" }
  /** 422: the billing address cannot be removed once set. */
  | { kind: "address_required" }
  /** 403: a member who is neither owner nor billing manager. */
  | { kind: "forbidden" }
  /** 422 that none of the above reads: Polar's field errors (by field, English, for developers). */
  | { kind: "validation"; fieldErrors: FieldErrors; formErrors: string[] }
  /** Any other failure (network, 5xx, a broken answer): the kit's error views word it. */
  | { kind: "unknown"; error: PortalError | undefined };

export type BillingRefusalKind = BillingRefusal["kind"];

/**
 * What Polar refused, for an error of any billing hook (`unknown` for a failure that is not a
 * refusal). Polar's field-level 422s are read before its general ones, in the order Polar checks.
 */
export function billingRefusal(error: unknown): BillingRefusal {
  if (!isPortalError(error)) return { kind: "unknown", error: undefined };
  const { status, code } = error;
  if (status === 403) return { kind: "forbidden" };
  if (status === 400 && code === "PaymentMethodInUseByActiveSubscription") return { kind: "payment_method_in_use" };
  if (status === 404 && error.resource === "payment_method") return { kind: "payment_method_not_found" };
  if (status === 409 && code === "PaymentAlreadyInProgress") return { kind: "payment_in_progress" };
  if (status === 429 && code === "ManualRetryLimitExceeded") return { kind: "retry_limit_exceeded" };
  if (status === 422) {
    if (code === "OrderNotEligibleForRetry") return { kind: "not_eligible_for_retry" };
    for (const issue of error.issues) {
      if (issue.msg === "Invalid tax ID.") return { kind: "tax_id_invalid" };
      if (issue.msg === "Country is required to validate tax ID.") return { kind: "tax_id_country_required" };
      if (issue.msg === "Payment method not found.") return { kind: "payment_method_not_found" };
      if (issue.path === "billing_address" && issue.type === "missing") return { kind: "address_required" };
    }
    return { kind: "validation", fieldErrors: error.fieldErrors, formErrors: error.formErrors };
  }
  return { kind: "unknown", error };
}

/**
 * The form field a refusal belongs under (`billing_name`, `billing_address`, `tax_id`, or a
 * nested `billing_address.country`), for the billing details form; undefined when it belongs to
 * no field.
 */
export function refusalField(refusal: BillingRefusal): string | undefined {
  if (refusal.kind === "tax_id_invalid") return "tax_id";
  // Polar puts it under billing_address; the customer fixes it by choosing a country.
  if (refusal.kind === "tax_id_country_required") return "billing_address.country";
  if (refusal.kind === "address_required") return "billing_address";
  return undefined;
}
