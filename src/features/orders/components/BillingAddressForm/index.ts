export { BillingAddressForm, type BillingAddressFormProps } from "./BillingAddressForm.js";
// For the kit's own components (the order shell), not re-exported by src/index.ts.
export { BillingAddressFormView, type BillingAddressFormViewProps } from "./BillingAddressFormView.js";
