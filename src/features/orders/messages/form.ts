import { message } from "../../../core/i18n/format.js";

// Messages of <BillingAddressForm> of its own: the order's form is labelled, can be cancelled, and
// says why a stored country and state stay. The fields' words and the address rules' are the
// core's (`addressMessages` in src/core/address/messages.ts), which the billing details form shows too.

export interface ServerFieldErrorValues {
  /** The field's label, as the form shows it ("City"). */
  field: string;
  /** What is wrong with it, in the kit's words ("Invalid value."). */
  error: string;
}

export const formMessages = {
  formLabel: "Billing details",
  formLockedHint: "The country and state of a billing address cannot be changed once set.",
  formCancel: "Cancel",
  /** Polar's refusal of a field, named by the field's label (under the field and in the summary): "City: Invalid value." */
  formErrorServerField: message<(values: ServerFieldErrorValues) => string>("field error", "{field}: {error}"),
} satisfies Record<`form${string}`, string | ((values: never) => string)>;

export type FormMessages = typeof formMessages;
