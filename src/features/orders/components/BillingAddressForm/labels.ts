import type { BillingFormField } from "../../../../core/address/form.js";
import { addressMessages, type AddressMessages } from "../../../../core/address/messages.js";
import { formMessages } from "../../messages/form.js";

/**
 * The order's billing form's words: the address form's (the core's, which the billing details
 * form shows too) and the orders' own. One object, so the form's memoised parts see the same
 * messages from render to render.
 */
export const billingFormWords = /* @__PURE__ */ Object.assign({}, addressMessages, formMessages);

/** A field's label as the form shows it for `country` (a US "ZIP code", a Canadian "Province or territory"). */
type FieldLabels = Pick<AddressMessages, "formName" | "formCountry" | "formLine1" | "formLine2" | "formCity" | "formPostalCode" | "formState">;

export function fieldLabel(messages: FieldLabels, field: BillingFormField, country: string): string {
  switch (field) {
    case "name":
      return messages.formName;
    case "country":
      return messages.formCountry;
    case "line1":
      return messages.formLine1;
    case "line2":
      return messages.formLine2;
    case "city":
      return messages.formCity;
    case "postalCode":
      return messages.formPostalCode(country);
    case "state":
      return messages.formState(country);
  }
}
