import type { FormMessages } from "../../messages/form.js";
import type { BillingFormField } from "../../schema/billing-form.js";

/** A field's label as the form shows it for `country` (a US "ZIP code", a Canadian "Province or territory"). */
type FieldLabels = Pick<FormMessages, "formName" | "formCountry" | "formLine1" | "formLine2" | "formCity" | "formPostalCode" | "formState">;

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
