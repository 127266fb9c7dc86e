// Polar's rules for `PATCH /v1/customer-portal/orders/{id}` (Polar's `server/polar/customer_portal` order service): what
// pydantic refuses in the body, and the fields an order's address fixes once it has one.
import type { OrderBillingUpdate } from "../../features/orders/schema/billing.js";
import { INPUT_COUNTRIES, isInputCountry, stateCodesFor } from "../../features/orders/schema/countries.js";
import { normalizeAddress, normalizeState } from "../../features/orders/schema/normalize.js";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import { enumChoices, enumIssue, isRecord, type ValidationIssue } from "./pydantic.js";

const COUNTRY_CHOICES = enumChoices(INPUT_COUNTRIES);
const ADDRESS_TEXT_FIELDS = ["line1", "line2", "postal_code", "city", "state"] as const;

/** Pydantic's view of the body: field errors first, then the address's own (state) check. */
export function validateUpdateBody(body: unknown): { issues: ValidationIssue[]; update: OrderBillingUpdate } {
  const issues: ValidationIssue[] = [];
  const update: OrderBillingUpdate = {};
  if (!isRecord(body)) {
    issues.push({ type: "model_attributes_type", loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", input: body });
    return { issues, update };
  }

  if ("billing_name" in body) {
    const name = body.billing_name;
    if (name !== null && typeof name !== "string") {
      issues.push({ type: "string_type", loc: ["body", "billing_name"], msg: "Input should be a valid string", input: name });
    } else if (typeof name === "string" && name.includes("\u0000")) {
      // Postgres cannot store NUL in text; Polar's base schema refuses it in every string field.
      issues.push({ type: "value_error", loc: ["body", "billing_name"], msg: "Value error, This value contains invalid characters", input: name, ctx: { error: {} } });
    } else {
      update.billing_name = name;
    }
  }

  if ("billing_address" in body) {
    const address = body.billing_address;
    if (address === null) {
      update.billing_address = null;
    } else if (!isRecord(address)) {
      issues.push({ type: "model_type", loc: ["body", "billing_address"], msg: "Input should be a valid dictionary or instance of AddressInput", input: address, ctx: { class_name: "AddressInput" } });
    } else {
      const fieldIssues = addressFieldIssues(address);
      issues.push(...fieldIssues);
      if (fieldIssues.length === 0) {
        const input = address as OrderBillingUpdate["billing_address"] & object;
        const stateIssue = addressStateIssue(input, address);
        if (stateIssue) issues.push(stateIssue);
        else update.billing_address = input;
      }
    }
  }
  return { issues, update };
}

function addressFieldIssues(address: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of ADDRESS_TEXT_FIELDS) {
    const value = address[field];
    if (value != null && typeof value !== "string") {
      issues.push({ type: "string_type", loc: ["body", "billing_address", field], msg: "Input should be a valid string", input: value });
    }
  }
  const country = address.country;
  if (country === undefined) {
    issues.push({ type: "missing", loc: ["body", "billing_address", "country"], msg: "Field required", input: address });
  } else if (typeof country !== "string" || !isInputCountry(country.toUpperCase())) {
    // Pydantic's enum error, about 1,500 characters. Polar upper-cases a string before the
    // enum sees it, so `input` is the upper-cased value.
    const input = typeof country === "string" ? country.toUpperCase() : country;
    issues.push(enumIssue(["body", "billing_address", "country"], input, COUNTRY_CHOICES));
  }
  return issues;
}

function addressStateIssue(input: NonNullable<OrderBillingUpdate["billing_address"]>, raw: unknown): ValidationIssue | undefined {
  const code = input.country.toUpperCase();
  const state = normalizeState(code, input.state);
  const codes = stateCodesFor(code);
  if (!codes || state === null || codes.includes(state)) return undefined;
  const what = code === "CA" ? "CA subdivision" : `${code} state`;
  return { type: "value_error", loc: ["body", "billing_address"], msg: `Value error, Invalid ${what}`, input: raw, ctx: { error: {} } };
}

/** Country and state are fixed once the order has an address (Polar's `server/polar/customer_portal` order service). */
export function lockedFieldIssues(order: CustomerOrder, update: OrderBillingUpdate): ValidationIssue[] {
  const stored = order.billing_address;
  if (!stored || !update.billing_address) return [];
  const next = normalizeAddress(update.billing_address);
  // Polar checks both, so a change of country and state answers two entries.
  const issues: ValidationIssue[] = [];
  if (next.country !== stored.country) {
    issues.push({ type: "value_error", loc: ["body", "billing_address", "country"], msg: "Country cannot be changed", input: next.country });
  }
  // A legacy order may hold a bare "CA"; the server compares codes in their normalised form.
  if ((next.state ?? null) !== normalizeState(stored.country, stored.state)) {
    issues.push({ type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: next.state });
  }
  return issues;
}
