// The signed-in customer: `GET …/customers/me` (any session: Polar's `UnionRead`) and
// `PATCH …/customers/me` (owners and billing managers: `UnionBillingWrite`), with Polar's rules
// (`server/polar/customer_portal/service/customer.py`, `schemas/customer.py`) in Polar's order:
// pydantic's reading of the body, then the billing name, the address (never back to null), the
// default payment method (not null, one of the customer's), the tax ID (validated against the
// billing country, and an address change re-validates the stored one). Each rule raises alone,
// so a refusal answers one issue. The default payment method lives in the payment-method store.
import { HttpResponse } from "msw";
import { normalizeAddress } from "../../features/orders/schema/normalize.js";
import type { FixtureCustomer } from "../billing-types.js";
import type { FixtureAddress } from "../types.js";
import { clone, type MockCore, type MockResource } from "./core.js";
import { validateUpdateBody } from "./order-update.js";
import { CUSTOMER_PATH, type PaymentMethodStore } from "./payment-methods.js";
import { isRecord, parseUuid, requestValidationError, serviceValidationError, type ValidationIssue } from "./pydantic.js";
import { validateTaxId } from "./tax-id.js";

export interface CustomerControls {
  /** The customer as the next `GET …/customers/me` answers it (plus `stripe_customer_id`), a copy. */
  readonly customer: FixtureCustomer;
  /** Replaces fields of the stored customer (`default_payment_method_id` sets the default). */
  setCustomer(customer: Partial<FixtureCustomer>): void;
}

export interface CustomerState {
  current(): FixtureCustomer;
  setStripeCustomer(id: string | null): void;
}

const refuse = (type: string, loc: string, msg: string, input: unknown) =>
  serviceValidationError([{ type, loc: ["body", loc], msg, input }]);

/** Polar's `EmptyStrToNoneValidator`: trimmed, and blank is null. */
const emptyToNull = (value: string | null) => (value === null ? null : value.trim() === "" ? null : value.trim());

/** What pydantic makes of `tax_id` and `default_payment_method_id` (the name and address: the orders' reading). */
function readCustomerFields(body: Record<string, unknown>, issues: ValidationIssue[]) {
  const read: { tax_id?: string | null; default_payment_method_id?: string | null } = {};
  if ("tax_id" in body) {
    const value = body.tax_id;
    if (value !== null && typeof value !== "string") issues.push({ type: "string_type", loc: ["body", "tax_id"], msg: "Input should be a valid string", input: value });
    // Postgres cannot store NUL in text; Polar's base schema refuses it in every string field.
    else if (typeof value === "string" && value.includes("\u0000")) {
      issues.push({ type: "value_error", loc: ["body", "tax_id"], msg: "Value error, This value contains invalid characters", input: value, ctx: { error: {} } });
    } else read.tax_id = emptyToNull(value);
  }
  if ("default_payment_method_id" in body) {
    const value = body.default_payment_method_id;
    if (value === null) read.default_payment_method_id = null;
    else if (typeof value !== "string") {
      issues.push({ type: "uuid_type", loc: ["body", "default_payment_method_id"], msg: "UUID input should be a string, bytes or UUID object", input: value });
    } else {
      const parsed = parseUuid(value, ["body", "default_payment_method_id"]);
      if ("issue" in parsed) issues.push(parsed.issue);
      else read.default_payment_method_id = parsed.id;
    }
  }
  return read;
}

export function customerResource(
  core: MockCore,
  initial: FixtureCustomer,
  paymentMethods: PaymentMethodStore,
): MockResource<CustomerControls> & { state: CustomerState } {
  let customer = clone(initial);
  const current = (): FixtureCustomer => ({ ...clone(customer), default_payment_method_id: paymentMethods.defaultId() });
  const present = () => {
    const { stripe_customer_id: _stripe, ...shown } = current();
    return shown;
  };

  function update(body: unknown): Response {
    if (body === undefined) return requestValidationError([{ type: "missing", loc: ["body"], msg: "Field required", input: null }]);
    if (typeof body === "string") {
      return requestValidationError([{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }]);
    }
    const { issues, update: read } = validateUpdateBody(body);
    const fields = isRecord(body) ? readCustomerFields(body, issues) : {};
    if (issues.length > 0) return requestValidationError(issues);
    const next = clone(customer);

    const name = read.billing_name === undefined ? null : emptyToNull(read.billing_name);
    // Polar only writes a name that is given: null (or blank) leaves the stored one.
    if (name !== null) next.billing_name = name;
    if (read.billing_address !== undefined) {
      if (read.billing_address === null) {
        return refuse("missing", "billing_address", "Customer billing address cannot be reset to null once set.", null);
      }
      next.billing_address = normalizeAddress(read.billing_address) as FixtureAddress;
    }
    let nextDefault: string | undefined;
    if (fields.default_payment_method_id !== undefined) {
      if (fields.default_payment_method_id === null) return refuse("missing", "default_payment_method_id", "Default payment method cannot be reset to null.", null);
      const id = fields.default_payment_method_id;
      if (!paymentMethods.own().some((method) => method.id.toLowerCase() === id)) return refuse("invalid", "default_payment_method_id", "Payment method not found.", id);
      nextDefault = paymentMethods.own().find((method) => method.id.toLowerCase() === id)!.id;
    }
    if (fields.tax_id !== undefined) {
      if (fields.tax_id === null) next.tax_id = null;
      else {
        if (!next.billing_address) return refuse("missing", "billing_address", "Country is required to validate tax ID.", null);
        const valid = validateTaxId(fields.tax_id, next.billing_address.country);
        if (!valid) return refuse("invalid", "tax_id", "Invalid tax ID.", fields.tax_id);
        next.tax_id = valid;
      }
    } else if (read.billing_address !== undefined && next.tax_id !== null && next.billing_address) {
      const valid = validateTaxId(next.tax_id[0], next.billing_address.country);
      if (!valid) return refuse("invalid", "tax_id", "Invalid tax ID.", next.tax_id[0]);
      next.tax_id = valid;
    }

    next.modified_at = core.stamp(customer.modified_at);
    customer = next;
    // Polar then schedules a retry of the customer's past-due orders with the new default; the
    // mock runs none (a retry would settle on Polar's own schedule, not at once).
    if (nextDefault !== undefined) paymentMethods.setDefault(nextDefault);
    return HttpResponse.json(present());
  }

  return {
    state: {
      current,
      setStripeCustomer(id) {
        customer = { ...customer, stripe_customer_id: id };
      },
    },
    routes: [
      {
        method: "get",
        path: CUSTOMER_PATH,
        access: "session",
        answer: () => HttpResponse.json(present()),
        malformed: () => HttpResponse.json({ ...present(), email_verified: "yes" }),
      },
      {
        method: "patch",
        path: CUSTOMER_PATH,
        access: "billing",
        answer: ({ body }) => update(body),
        malformed: () => HttpResponse.json({ ...present(), email_verified: "yes" }),
      },
    ],
    reset() {
      customer = clone(initial);
    },
    controls: {
      get customer() {
        return current();
      },
      setCustomer(fields) {
        const { default_payment_method_id: id, ...rest } = clone(fields);
        customer = { ...customer, ...rest };
        if (typeof id === "string") paymentMethods.setDefault(id);
      },
    },
  };
}
