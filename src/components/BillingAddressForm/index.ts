export { BillingAddressForm, type BillingAddressFormProps } from "./BillingAddressForm";
