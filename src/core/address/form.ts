// A namespace import lets every bundler (esbuild included) drop the parts of zod left unused.
import * as z from "zod/mini";
import type { PortalError } from "../client/errors.js";
import type { errorMessages } from "../i18n/messages.js";
import { isInputCountry, stateCodesFor } from "./countries.js";
import { addressMessages, type AddressMessages } from "./messages.js";
import { cleanString, normalizeAddress, normalizeState } from "./normalize.js";
import type { BillingParty, BillingPartyUpdate } from "./schema.js";

// The billing name and address form's rules, as Polar applies them to an order's and to a
// customer's alike (the same fields, the same PATCH keys, the same 422 paths): the orders'
// billing form and the billing details form both check and send through these.

/** The fields in the order the form shows them: focus goes to the first invalid one. */
export const BILLING_FORM_FIELDS = ["name", "country", "line1", "line2", "city", "state", "postalCode"] as const;
export type BillingFormField = (typeof BILLING_FORM_FIELDS)[number];

/** What the form's inputs hold: plain strings, as typed. Trimming happens in the mapping. */
// Made from the field list, so the schema and the list cannot drift apart.
export const BillingFormValuesSchema = z.object(
  Object.fromEntries(BILLING_FORM_FIELDS.map((field) => [field, z.string()])) as Record<BillingFormField, z.ZodMiniString<string>>,
);
export type BillingFormValues = z.infer<typeof BillingFormValuesSchema>;

// Only formats that are stable and well known; a wrong pattern would lock real customers out,
// so every other country accepts any postal code and Polar decides. A pattern is tested against
// the code in upper case without spaces or hyphens, so the forms people type (`941071234`,
// `k1a-0b1`, `SW1A  1AA`, `1012-ab`, `D-10115`) pass; its groups are the parts the country
// writes apart, which is how the kit sends the code (`normalizePostalCode`).
export const POSTAL_CODE_FORMATS: Readonly<Record<string, { pattern: RegExp; example: string }>> = {
  US: { pattern: /^(\d{5})(\d{4})?$/, example: "94107" },
  CA: { pattern: /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$/, example: "K1A 0B1" },
  GB: { pattern: /^(GIR|[A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/, example: "SW1A 1AA" },
  // `D-10115` is the old international form: the country has its own field.
  DE: { pattern: /^(?:DE?)?(\d{5})$/, example: "10115" },
  FR: { pattern: /^(\d{5})$/, example: "75008" },
  NL: { pattern: /^([1-9]\d{3})([A-Z]{2})$/, example: "1012 AB" },
};

const matchPostalCode = (country: string, code: string) => POSTAL_CODE_FORMATS[country]?.pattern.exec(code.toUpperCase().replace(/[\s-]/g, ""));

/** Whether `postalCode` fits the country's format, in any of the forms people type; true where the kit knows no format. */
export function isValidPostalCode(country: string, postalCode: string): boolean {
  return !POSTAL_CODE_FORMATS[country] || !!matchPostalCode(country, postalCode);
}

/**
 * A postal code as its country writes it: `941071234` → `94107-1234`, `k1a-0b1` → `K1A 0B1`,
 * `sw1a1aa` → `SW1A 1AA`, `1012-ab` → `1012 AB`, `D-10115` → `10115`. Any other code is only
 * trimmed, with runs of spaces made one. Polar stores postal codes as sent (trimmed): this is
 * what the invoice prints.
 */
export function normalizePostalCode(country: string, postalCode: string): string {
  const parts = matchPostalCode(country, postalCode);
  return parts ? parts.slice(1).filter(Boolean).join(country === "US" ? "-" : " ") : postalCode.trim().replace(/\s+/g, " ");
}

export interface BillingFormSchemaOptions {
  /** Error messages; the English defaults when left out. Pass `useMessages()` in a component. */
  messages?: Pick<AddressMessages, Extract<keyof AddressMessages, `formError${string}`>>;
  /**
   * True when the order already has a billing address: Polar refuses any change of its country
   * or state, so those are sent back as stored and not checked here.
   */
  addressLocked?: boolean;
  /**
   * The stored values (`billingFormValuesFrom(order)`). What the customer left as stored is not
   * checked: a stored address that misses a part or has an odd postal code never blocks a change
   * of the name, and a kept postal code is sent back as stored for Polar to judge. Without it,
   * every field is checked.
   */
  initial?: BillingFormValues;
}

/**
 * The form's rules, as Polar's own portal applies them: name, line 1, city, postal code and
 * country are required (an invoice needs them), the state too for the US and Canada, and postal
 * codes follow the country's format where it is well known.
 *
 * Only what the save sends is checked (see `initial`): the name, and the address when any part
 * of it changed (it is sent whole, so then all of it is required). An order without a stored
 * address always gets a whole one, as its invoice cannot be made without it.
 */
export function createBillingFormSchema({ messages = addressMessages, addressLocked = false, initial }: BillingFormSchemaOptions = {}) {
  return BillingFormValuesSchema.check(
    z.superRefine((values, ctx) => {
      const fail = (path: BillingFormField, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: values[path] });
      // Still as stored (empty counts too): Polar holds it already, so it is Polar's to judge.
      const kept = (field: BillingFormField) => initial && cleanString(values[field]) === cleanString(initial[field]);
      for (const field of BILLING_FORM_FIELDS) {
        // Polar refuses NUL, so no stored value holds one; nothing typed on a keyboard contains
        // one, a paste might.
        if (values[field].includes("\u0000")) fail(field, messages.formErrorInvalidCharacter);
      }
      // Required even when stored empty: an invoice needs a name, and the form shows it required.
      if (cleanString(values.name) === null) fail("name", messages.formErrorNameRequired);
      // A stored address (it always has a country) left as it was is not sent, so not checked.
      // Every field after the name is part of the address.
      if (initial?.country && BILLING_FORM_FIELDS.slice(1).every(kept)) return;
      if (cleanString(values.line1) === null) fail("line1", messages.formErrorLine1Required);
      if (cleanString(values.city) === null) fail("city", messages.formErrorCityRequired);

      const country = values.country.trim().toUpperCase();
      const postalCode = cleanString(values.postalCode);
      if (postalCode === null) fail("postalCode", messages.formErrorPostalCodeRequired(country));
      else if (!kept("postalCode") && !isValidPostalCode(country, postalCode)) {
        fail("postalCode", messages.formErrorPostalCodeInvalid({ country, example: POSTAL_CODE_FORMATS[country]!.example }));
      }

      if (addressLocked) return;
      if (country === "") fail("country", messages.formErrorCountryRequired);
      else if (!isInputCountry(country)) fail("country", messages.formErrorCountryUnsupported);
      const codes = stateCodesFor(country);
      if (codes && !codes.includes(normalizeState(country, values.state) ?? "")) {
        fail("state", messages.formErrorStateRequired(country));
      }
    }),
  );
}

/** The form's starting values for an order (or a customer): stored values, US/CA states in `US-CA` form. */
export function billingFormValuesFrom(order: BillingParty): BillingFormValues {
  const address = order.billing_address;
  const country = address?.country.toUpperCase() ?? "";
  return {
    name: order.billing_name ?? "",
    country,
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    city: address?.city ?? "",
    state: (address && normalizeState(country, address.state)) ?? "",
    postalCode: address?.postal_code ?? "",
  };
}

/**
 * The PATCH body for the customer's values: only the keys that changed. The address goes whole
 * when any part of it changed, because Polar replaces it whole; once an order has an address
 * its stored country and state are sent back (state in `US-CA` form), as Polar refuses any
 * change to them. A postal code the customer changed goes in its country's form
 * (`normalizePostalCode`); one left as stored goes back as stored. Returns `{}` when nothing
 * changed.
 */
export function toBillingUpdate(values: BillingFormValues, order: BillingParty): BillingPartyUpdate {
  const update: BillingPartyUpdate = {};
  const name = cleanString(values.name);
  if (name !== cleanString(order.billing_name)) update.billing_name = name;

  const stored = order.billing_address ? normalizeAddress(order.billing_address) : null;
  const country = stored ? stored.country : values.country;
  const next = normalizeAddress({
    line1: values.line1,
    line2: values.line2,
    postal_code: values.postalCode,
    city: values.city,
    state: stored ? stored.state : values.state,
    country,
  });
  if (next.postal_code && next.postal_code !== stored?.postal_code) next.postal_code = normalizePostalCode(next.country, next.postal_code);
  // normalizeAddress gives every sub-field (null when empty): the whole address, as Polar wants.
  // Both addresses come from it, with the same keys in the same order, so their JSON compares
  // them; without a stored one, any part typed (the country is "" when none is chosen) is a change.
  if (stored ? JSON.stringify(stored) !== JSON.stringify(next) : Object.values(next).some(Boolean)) update.billing_address = next;
  return update;
}

/** True when the update would change nothing, so no request is needed. */
export function isEmptyUpdate(update: BillingPartyUpdate): boolean {
  return update.billing_name === undefined && update.billing_address === undefined;
}

/** Where the paths of Polar's 422 issues land in the form. */
const SERVER_FIELDS: Readonly<Record<string, BillingFormField>> = {
  billing_name: "name",
  // Polar's one check of the whole address is of a US or Canadian state ("Value error, Invalid
  // US state", "Value error, Invalid CA subdivision"): the customer picks another.
  billing_address: "state",
  "billing_address.line1": "line1",
  "billing_address.line2": "line2",
  "billing_address.city": "city",
  "billing_address.postal_code": "postalCode",
  "billing_address.state": "state",
  "billing_address.country": "country",
};

/** The messages the form words Polar's refusals with. */
export type ServerIssueMessages = Pick<typeof errorMessages, "errorHttp"> &
  Pick<AddressMessages, "formErrorStateRequired" | "formErrorCountryRefused" | "formErrorInvalidCharacter" | "formErrorInvalidValue"> & {
    /** Why a stored country or state stays (an order's, which Polar locks); a form without the lock words it as an invalid value. */
    formLockedHint?: string;
  };

/**
 * Polar's 422 issues as the form shows them, in the customer's language: by field, and the rest
 * (issues on no field of the form) for the summary. Polar words its issues in English, so each
 * one it is known to send is told by its path and type (and its text where the type is the
 * generic `value_error`) and given the kit's own message; any other gets a generic one (on a
 * field, `formErrorInvalidValue`; elsewhere `errorHttp`: the kit sent something Polar could
 * not take). Polar's own words stay in `PortalError.issues` and `fieldErrors`, for developers.
 * `country` is the address's, for the state's message. An error without issues is not Polar's
 * (a merchant's `onSubmit` threw it): its field errors show as given, the first of each path.
 */
export function mapServerIssues(
  { issues, fieldErrors, formErrors }: Pick<PortalError, "issues" | "fieldErrors" | "formErrors">,
  messages: ServerIssueMessages,
  country: string,
): {
  fields: Partial<Record<BillingFormField, string>>;
  unmatched: string[];
} {
  const fields: Partial<Record<BillingFormField, string>> = {};
  let unmatched = !!formErrors[0];
  // One message a field: the first of its path.
  for (const [path, [msg]] of Object.entries(fieldErrors)) {
    const field = SERVER_FIELDS[path];
    const type = issues.find((issue) => issue.path === path)?.type;
    if (!field) unmatched = true;
    else
      fields[field] =
        // A PortalError made without issues (thrown by a merchant's `onSubmit`) words its field
        // errors itself: they show as given.
        !issues[0]
          ? msg!
          : path === "billing_address"
            ? messages.formErrorStateRequired(country)
            : // Pydantic's refusal of a value outside an enum (the country is Polar's only one)
              // lists the 244 codes Polar accepts. The form offers no other, so this is an address
              // stored before Polar refused its country (RU, ...), which can no longer be saved.
              type === "enum"
              ? messages.formErrorCountryRefused
              : // "Country cannot be changed", "State cannot be changed"
                msg!.endsWith(" cannot be changed")
                ? (messages.formLockedHint ?? messages.formErrorInvalidValue)
                : // "Value error, This value contains invalid characters": a NUL
                  msg!.endsWith("invalid characters")
                  ? messages.formErrorInvalidCharacter
                  : // Anything else, "Field required" included (the kit always sends the
                    // country, and Polar requires no other part of an address).
                    messages.formErrorInvalidValue;
  }
  return { fields, unmatched: unmatched ? [messages.errorHttp] : [] };
}
