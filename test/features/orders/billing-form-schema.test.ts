import { describe, expect, it } from "vitest";
import {
  billingFormValuesFrom,
  createBillingFormSchema,
  isEmptyUpdate,
  mapServerIssues,
  normalizePostalCode,
  toBillingUpdate,
  type BillingFormValues,
} from "../../../src/core/address/form";
import { parseValidationDetail, PortalError } from "../../../src/core/client/errors";
import frPack from "../../../src/locales/fr";
import { compiled } from "../../i18n/packs";
import { addressMessages } from "../../../src/core/address/messages";
import { defaultMessages } from "../../../src/messages";
import { INPUT_COUNTRIES } from "../../../src/core/address/countries";
import { applyBillingUpdate } from "../../../src/core/address/normalize";
import { makeOrder } from "../../../src/testing/fixtures";

const valid: BillingFormValues = {
  name: "Ada Lovelace",
  country: "US",
  line1: "1 Analytical Way",
  line2: "",
  city: "San Francisco",
  state: "US-CA",
  postalCode: "94107",
};

/** The form's errors by field, as the customer would see them. */
function errorsFor(values: Partial<BillingFormValues>, options?: Parameters<typeof createBillingFormSchema>[0]) {
  const result = createBillingFormSchema(options).safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("billing form schema: required fields", () => {
  it("requires name, line 1, city, postal code and country, as Polar's own form does", () => {
    const errors = errorsFor({ name: "  ", country: "", line1: "", line2: "", city: "", state: "", postalCode: "" });
    expect(errors).toEqual({
      name: "Enter the billing name.",
      line1: "Enter the street address.",
      city: "Enter the city.",
      postalCode: "Enter the postal code.",
      country: "Select a country.",
    });
  });

  it("accepts a complete address and leaves line 2 optional", () => {
    expect(errorsFor({})).toEqual({});
  });

  it("refuses countries Polar refuses on input", () => {
    expect(errorsFor({ country: "RU", state: "", postalCode: "101000" })).toEqual({ country: "Select a country from the list." });
  });

  it("refuses a NUL character, which Polar rejects", () => {
    expect(errorsFor({ name: "Ada\u0000" })).toEqual({ name: "Remove the invalid character." });
  });
});

describe("billing form schema: per country", () => {
  it("US: needs a state and a 5-digit ZIP (ZIP+4 accepted)", () => {
    expect(errorsFor({ state: "" })).toEqual({ state: "Select a state." });
    expect(errorsFor({ state: "US-XX" })).toEqual({ state: "Select a state." });
    expect(errorsFor({ state: "CA" })).toEqual({}); // a bare code is what Polar normalises
    expect(errorsFor({ postalCode: "94107-1234" })).toEqual({});
    for (const zip of ["9410", "941071", "ABCDE", "94107-12"]) {
      expect(errorsFor({ postalCode: zip })).toEqual({ postalCode: "Enter a 5-digit ZIP code, such as 94107." });
    }
    expect(errorsFor({ postalCode: "" })).toEqual({ postalCode: "Enter the ZIP code." });
  });

  it("CA: needs a province and an A1A 1A1 postal code", () => {
    const canada = { country: "CA", state: "CA-ON", postalCode: "K1A 0B1" };
    expect(errorsFor(canada)).toEqual({});
    expect(errorsFor({ ...canada, postalCode: "k1a0b1" })).toEqual({});
    expect(errorsFor({ ...canada, state: "" })).toEqual({ state: "Select a province or territory." });
    expect(errorsFor({ ...canada, state: "US-CA" })).toEqual({ state: "Select a province or territory." });
    for (const code of ["12345", "K1A 0B", "D1A 1A1", "K1A 0B1 1"]) {
      expect(errorsFor({ ...canada, postalCode: code })).toHaveProperty("postalCode", expect.stringContaining("K1A 0B1"));
    }
  });

  it.each([
    ["GB", ["SW1A 1AA", "M1 1AE", "ec1a1bb", "B33 8TH"], ["12345", "SW1A", "1AA SW1"]],
    ["DE", ["10115", "01067"], ["1011", "101155", "AB123"]],
    ["FR", ["75008", "20000"], ["7500", "750080", "2A000"]],
    ["NL", ["1012 AB", "1012AB", "9999zz"], ["0123 AB", "1012", "1012 A1"]],
  ])("%s: checks the postal code format", (country, good, bad) => {
    for (const postalCode of good) expect(errorsFor({ country, state: "", postalCode })).toEqual({});
    for (const postalCode of bad) {
      expect(errorsFor({ country, state: "", postalCode })).toEqual({ postalCode: expect.stringMatching(/^Enter a postal code in this country's format/) });
    }
  });

  it.each([
    ["US", ["941071234", "94107 1234", " 94107-1234 "]],
    ["CA", ["K1A-0B1", "K1A  0B1", "k1a0b1", "K1A0B1"]],
    ["GB", ["sw1a1aa", "SW1A  1AA", "sw1a-1aa", "gir0aa"]],
    ["NL", ["1012-AB", "1012ab", "1012  ab"]],
    ["DE", ["D-10115", "d-10115", "DE-10115"]],
  ])("%s: accepts the forms people type", (country, typed) => {
    const state = country === "US" ? "US-CA" : country === "CA" ? "CA-ON" : "";
    for (const postalCode of typed) expect(errorsFor({ country, state, postalCode }), postalCode).toEqual({});
  });

  it("elsewhere: any postal code, the state free text and optional", () => {
    expect(errorsFor({ country: "BR", state: "", postalCode: "01310-100" })).toEqual({});
    expect(errorsFor({ country: "IE", state: "Co. Dublin", postalCode: "D02 X285" })).toEqual({});
    expect(errorsFor({ country: "NG", state: "", postalCode: "anything 123" })).toEqual({});
  });

  it("does not check the country and state of an order that already has an address (Polar keeps them)", () => {
    expect(errorsFor({ state: "", country: "US" }, { addressLocked: true })).toEqual({});
    expect(errorsFor({ state: "", country: "RU", postalCode: "" }, { addressLocked: true })).toEqual({ postalCode: "Enter the postal code." });
  });

  it("uses the merchant's messages", () => {
    const errors = errorsFor(
      { name: "", postalCode: "1" },
      {
        messages: {
          ...addressMessages,
          formErrorNameRequired: "Nom requis",
          formErrorPostalCodeInvalid: ({ country, example }) => `${country} : code postal invalide (ex. ${example})`,
        },
      },
    );
    expect(errors).toEqual({ name: "Nom requis", postalCode: "US : code postal invalide (ex. 94107)" });
  });
});

describe("billing form schema: what is stored never blocks what is edited", () => {
  // Polar stores any postal code (it only trims): one from another client, that no form fixes.
  const odd = { ...valid, country: "DE", state: "", postalCode: "10115 Berlin" };

  it("lets a name change through whatever the stored address holds", () => {
    expect(errorsFor({ ...odd, name: "Grace Hopper" }, { addressLocked: true, initial: odd })).toEqual({});
    const partial = { ...odd, line1: "", city: "", postalCode: "" }; // a checkout that kept only the country
    expect(errorsFor({ ...partial, name: "Grace Hopper" }, { addressLocked: true, initial: partial })).toEqual({});
    // Without the stored values, the same values are refused: the options are what lets them through.
    expect(errorsFor({ ...odd, name: "Grace Hopper" }, { addressLocked: true })).toHaveProperty("postalCode");
  });

  it("leaves a kept postal code to Polar when another part of the address changes, but checks a changed one", () => {
    const options = { addressLocked: true, initial: odd };
    expect(errorsFor({ ...odd, line1: "2 Other Street" }, options)).toEqual({});
    expect(errorsFor({ ...odd, postalCode: " 10115 Berlin " }, options)).toEqual({}); // trimmed, as Polar does
    expect(errorsFor({ ...odd, postalCode: "10115 Mitte" }, options)).toEqual({ postalCode: expect.stringMatching(/^Enter a postal code/) });
  });

  it("requires every part of an address it sends, and a whole first address", () => {
    const partial = { ...odd, line1: "", city: "", postalCode: "" };
    expect(errorsFor({ ...partial, city: "Berlin" }, { addressLocked: true, initial: partial })).toEqual({
      line1: "Enter the street address.",
      postalCode: "Enter the postal code.",
    });
    // No address stored: a name alone would leave the order without what its invoice needs.
    const none = billingFormValuesFrom(makeOrder({ billing_name: null, billing_address: null }));
    expect(Object.keys(errorsFor({ ...none, name: "Ada" }, { initial: none }))).toEqual(["line1", "city", "postalCode", "country"]);
    // A stored name that is missing is asked for, even when only the address changes.
    expect(errorsFor({ ...odd, name: "", line1: "2 Other Street" }, { addressLocked: true, initial: { ...odd, name: "" } })).toEqual({
      name: "Enter the billing name.",
    });
  });
});

describe("normalizePostalCode: the form the kit sends", () => {
  it.each([
    ["US", "94107", "94107"],
    ["US", "941071234", "94107-1234"],
    ["US", "94107 1234", "94107-1234"],
    ["US", " 94107-1234 ", "94107-1234"],
    ["CA", "k1a0b1", "K1A 0B1"],
    ["CA", "K1A-0B1", "K1A 0B1"],
    ["CA", "K1A  0B1", "K1A 0B1"],
    ["GB", "sw1a1aa", "SW1A 1AA"],
    ["GB", "SW1A  1AA", "SW1A 1AA"],
    ["GB", "m1 1ae", "M1 1AE"],
    ["NL", "1012-AB", "1012 AB"],
    ["NL", "1012ab", "1012 AB"],
    ["DE", "D-10115", "10115"],
    ["DE", "10115", "10115"],
    ["FR", "75008", "75008"],
    ["IE", " d02  x285 ", "d02 x285"], // no known form: spaces only, the case as typed
    ["BR", "01310-100", "01310-100"],
  ])("%s %j → %j", (country, typed, sent) => {
    expect(normalizePostalCode(country, typed)).toBe(sent);
  });
});

describe("toBillingUpdate: the PATCH body", () => {
  const order = makeOrder();

  it("sends nothing when nothing changed, counting trimmed whitespace as unchanged", () => {
    const values = billingFormValuesFrom(order);
    expect(isEmptyUpdate(toBillingUpdate(values, order))).toBe(true);
    expect(toBillingUpdate({ ...values, name: "  Ada Lovelace ", city: "San Francisco  " }, order)).toEqual({});
  });

  it("sends only billing_name for a name change", () => {
    expect(toBillingUpdate({ ...billingFormValuesFrom(order), name: " Grace Hopper " }, order)).toEqual({ billing_name: "Grace Hopper" });
  });

  it("sends the whole address with the stored country and state when one part changed", () => {
    const update = toBillingUpdate({ ...billingFormValuesFrom(order), line2: "Suite 5 ", country: "DE", state: "" }, order);
    expect(update).toEqual({
      billing_address: { line1: "1 Analytical Way", line2: "Suite 5", postal_code: "94107", city: "San Francisco", state: "US-CA", country: "US" },
    });
  });

  it("sends a stored bare state back normalised, and counts the normalisation alone as no change", () => {
    const bare = makeOrder({ billing_address: { ...order.billing_address!, state: "CA" } });
    const values = billingFormValuesFrom(bare);
    expect(values.state).toBe("US-CA");
    expect(toBillingUpdate(values, bare)).toEqual({});
    expect(toBillingUpdate({ ...values, city: "Oakland" }, bare).billing_address).toMatchObject({ state: "US-CA", country: "US", city: "Oakland" });
  });

  it("sends a changed postal code in its country's form, and the optimistic guess shows the same", () => {
    const update = toBillingUpdate({ ...billingFormValuesFrom(order), postalCode: "941071234" }, order);
    expect(update.billing_address).toMatchObject({ postal_code: "94107-1234" });
    expect(applyBillingUpdate(order, update).billing_address?.postal_code).toBe("94107-1234");
    const stored = makeOrder({ billing_address: { ...order.billing_address!, postal_code: "94107-1234" } });
    // Typed differently but the same code: nothing to send.
    expect(toBillingUpdate({ ...billingFormValuesFrom(stored), postalCode: "94107 1234" }, stored)).toEqual({});
  });

  it("sends a stored postal code back as stored when another part of the address changed", () => {
    const odd = makeOrder({
      billing_address: { line1: "Unter den Linden 1", line2: null, postal_code: "D-10115", city: "Berlin", state: null, country: "DE" },
    });
    expect(toBillingUpdate({ ...billingFormValuesFrom(odd), city: "Berlin-Mitte" }, odd).billing_address).toMatchObject({ postal_code: "D-10115" });
    expect(toBillingUpdate({ ...billingFormValuesFrom(odd), name: "Grace Hopper" }, odd)).toEqual({ billing_name: "Grace Hopper" });
  });

  it("clears an emptied optional part with null rather than leaving it out", () => {
    const withLine2 = makeOrder({ billing_address: { ...order.billing_address!, line2: "Floor 3" } });
    expect(toBillingUpdate({ ...billingFormValuesFrom(withLine2), line2: "   " }, withLine2).billing_address).toMatchObject({ line2: null });
  });

  it("sends the chosen country and state for an order without an address", () => {
    const bare = makeOrder({ billing_name: null, billing_address: null });
    const update = toBillingUpdate(
      { name: "Ada", country: "CA", line1: "1 Rideau St", line2: "", city: "Ottawa", state: "CA-ON", postalCode: "K1N 5Y3" },
      bare,
    );
    expect(update).toEqual({
      billing_name: "Ada",
      billing_address: { line1: "1 Rideau St", line2: null, postal_code: "K1N 5Y3", city: "Ottawa", state: "CA-ON", country: "CA" },
    });
  });
});

describe("mapServerIssues", () => {
  const fr = compiled(frPack);
  /** The form's words for a 422 body from Polar, as the client parses it. */
  const mapped = (detail: unknown[], messages: Parameters<typeof mapServerIssues>[1] = defaultMessages, country = "US") =>
    mapServerIssues(new PortalError({ kind: "validation", message: "", ...parseValidationDetail(detail) }), messages, country);
  const issue = (loc: (string | number)[], type: string, msg: string) => ({ type, loc, msg, input: "x" });

  it("words each message Polar is known to send in the customer's language, by its location and type", () => {
    const everyCountry = INPUT_COUNTRIES.map((code) => `'${code}'`).join(", ");
    const detail = [
      issue(["body", "billing_address", "country"], "value_error", "Country cannot be changed"),
      issue(["body", "billing_address"], "value_error", "Value error, Invalid CA subdivision"),
      issue(["body", "billing_name"], "value_error", "Value error, This value contains invalid characters"),
      issue(["body", "billing_address", "city"], "string_type", "Input should be a valid string"),
    ];
    expect(mapped(detail, fr, "CA")).toEqual({
      fields: {
        country: "Le pays et l’État d’une adresse de facturation ne peuvent plus être modifiés une fois enregistrés.",
        state: "Sélectionnez une province ou un territoire.",
        name: "Supprimez le caractère non valide.",
        city: "Valeur non valide.",
      },
      unmatched: [],
    });
    expect(mapped([issue(["body", "billing_address"], "value_error", "Value error, Invalid US state")]).fields).toEqual({ state: "Select a state." });
    expect(mapped([issue(["body", "billing_address", "state"], "value_error", "State cannot be changed")], fr).fields).toEqual({
      state: frPack.formLockedHint,
    });
    // A refused country in one short sentence, not Polar's list of every accepted one.
    expect(mapped([issue(["body", "billing_address", "country"], "enum", `Input should be ${everyCountry}`)], fr).fields).toEqual({ country: "Nous n’acceptons plus ce pays." });
  });

  it("gives a message it does not know a generic one in the customer's language, on a field or in the summary, and keeps Polar's words for developers", () => {
    const detail = [
      issue(["body", "billing_address", "postal_code"], "value_error", "Value error, Postal code does not match the city"),
      issue(["body", "billing_address", "country"], "missing", "Field required"),
      { loc: ["body", "billing_name"], type: "value_error" },
      issue(["body", "billing_address", "unknown_part"], "extra_forbidden", "Extra inputs are not permitted"),
      issue(["path", "id"], "uuid_parsing", "Input should be a valid UUID"),
      issue(["body"], "json_invalid", "JSON decode error"),
    ];
    const result = mapped(detail, fr);
    expect(result).toEqual({
      fields: { postalCode: "Valeur non valide.", country: "Valeur non valide.", name: "Valeur non valide." },
      // Once, however many: nothing the customer can act on.
      unmatched: ["La demande n’a pas pu aboutir."],
    });
    expect(JSON.stringify(result)).not.toMatch(/Value error|Field required|Extra inputs|UUID|JSON|Invalid value/);
    // Polar's own words, with their types, stay on the error.
    const parsed = parseValidationDetail(detail);
    expect(parsed.issues).toEqual([
      { path: "billing_address.postal_code", type: "value_error", msg: "Value error, Postal code does not match the city" },
      { path: "billing_address.country", type: "missing", msg: "Field required" },
      { path: "billing_name", type: "value_error", msg: "Invalid value" },
      { path: "billing_address.unknown_part", type: "extra_forbidden", msg: "Extra inputs are not permitted" },
      { path: "", type: "uuid_parsing", msg: "Input should be a valid UUID" },
      { path: "", type: "json_invalid", msg: "JSON decode error" },
    ]);
    expect(parsed.fieldErrors["billing_address.postal_code"]).toEqual(["Value error, Postal code does not match the city"]);
    expect(parsed.formErrors).toEqual(["Input should be a valid UUID", "JSON decode error"]);
  });

  it("shows as given the field errors of a PortalError made without issues (a merchant's own)", () => {
    const own = new PortalError({ kind: "validation", message: "", fieldErrors: { "billing_address.city": ["Nous ne livrons pas là-bas"] } });
    expect(mapServerIssues(own, fr, "FR")).toEqual({ fields: { city: "Nous ne livrons pas là-bas" }, unmatched: [] });
  });
});
