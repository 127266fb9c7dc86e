import { message } from "../../../core/i18n/format.js";

// Messages for <BillingAddressForm>. A message that takes values is made from data (`message`),
// so a translation words (and orders) them freely. `country` is the ISO code the customer picked
// ("" for none); a select by it names US and CA where they read apart, `other` for the rest.

export interface PostalCodeErrorValues {
  country: string;
  /** A valid code of that country, such as "94107" or "SW1A 1AA". */
  example: string;
}

export interface ServerFieldErrorValues {
  /** The field's label, as the form shows it ("City"). */
  field: string;
  /** What is wrong with it, in the kit's words ("Invalid value."). */
  error: string;
}

export const formMessages = {
  formLabel: "Billing details",
  formName: "Billing name",
  formCountry: "Country",
  formCountryPlaceholder: "Select a country",
  formLine1: "Address line 1",
  formLine2: "Address line 2 (optional)",
  formCity: "City",
  formPostalCode: message<(country: string) => string>("country", { US: "ZIP code", other: "Postal code" }),
  formState: message<(country: string) => string>("country", { US: "State", CA: "Province or territory", other: "State or region (optional)" }),
  formStatePlaceholder: message<(country: string) => string>("country", { CA: "Select a province or territory", other: "Select a state" }),
  formLockedHint: "The country and state of a billing address cannot be changed once set.",
  formSubmit: "Save billing details",
  formSubmitting: "Saving…",
  formCancel: "Cancel",
  formSaved: "Billing details saved.",
  formUnchanged: "Nothing to save: no details were changed.",
  /** The error summary's heading over its list of fields to correct. */
  formErrorCount: message<(count: number, locale: string) => string>("count locale", { one: "{count} field needs a correction:", other: "{count} fields need a correction:" }),
  formErrorNameRequired: "Enter the billing name.",
  formErrorLine1Required: "Enter the street address.",
  formErrorCityRequired: "Enter the city.",
  formErrorPostalCodeRequired: message<(country: string) => string>("country", { US: "Enter the ZIP code.", other: "Enter the postal code." }),
  formErrorPostalCodeInvalid: message<(values: PostalCodeErrorValues) => string>("country example", {
    US: "Enter a 5-digit ZIP code, such as {example}.",
    other: "Enter a postal code in this country's format, such as {example}.",
  }),
  formErrorCountryRequired: "Select a country.",
  formErrorCountryUnsupported: "Select a country from the list.",
  /** Polar refused an address's stored country (it no longer accepts RU, for one); the locked-field hint says it cannot change. */
  formErrorCountryRefused: "We no longer accept this country.",
  formErrorStateRequired: message<(country: string) => string>("country", { CA: "Select a province or territory.", other: "Select a state." }),
  formErrorInvalidCharacter: "Remove the invalid character.",
  /** Polar refused a field without saying why (its answer had no message). */
  formErrorInvalidValue: "Invalid value.",
  /** Polar's refusal of a field, named by the field's label (under the field and in the summary): "City: Invalid value." */
  formErrorServerField: message<(values: ServerFieldErrorValues) => string>("field error", "{field}: {error}"),
} satisfies Record<`form${string}`, string | ((values: never) => string) | ((count: number, locale: string) => string)>;

export type FormMessages = typeof formMessages;
