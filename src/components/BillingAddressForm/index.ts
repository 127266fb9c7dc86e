export { BillingAddressForm, type BillingAddressFormProps } from "./BillingAddressForm";
// For the kit's own components (the order shell), not re-exported by src/index.ts.
export { BillingAddressFormView, type BillingAddressFormViewProps } from "./BillingAddressFormView";
