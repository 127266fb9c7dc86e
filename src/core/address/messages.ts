import { message } from "../i18n/format.js";

// The words of an address form, which the orders' billing form and the billing details form both
// show: its fields' labels and placeholders, its save, and the address rules' messages. A core
// table the features lay under the provider's (`useFeatureMessages`), so a page without a form
// ships none of it. `country` is the ISO code the customer picked ("" for none); a select by it
// names US and CA where they read apart, `other` for the rest.

export interface PostalCodeErrorValues {
  country: string;
  /** A valid code of that country, such as "94107" or "SW1A 1AA". */
  example: string;
}

export const addressMessages = {
  formName: "Billing name",
  formCountry: "Country",
  formCountryPlaceholder: "Select a country",
  formLine1: "Address line 1",
  formLine2: "Address line 2 (optional)",
  formCity: "City",
  formPostalCode: message<(country: string) => string>("country", { US: "ZIP code", other: "Postal code" }),
  formState: message<(country: string) => string>("country", { US: "State", CA: "Province or territory", other: "State or region (optional)" }),
  formStatePlaceholder: message<(country: string) => string>("country", { CA: "Select a province or territory", other: "Select a state" }),
  formSubmit: "Save billing details",
  formSubmitting: "Saving…",
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
} satisfies Record<`form${string}`, string | ((values: never) => string) | ((count: number, locale: string) => string)>;

export type AddressMessages = typeof addressMessages;
