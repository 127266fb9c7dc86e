import { createOrderComponent } from "../shared/order-shell";
import { BillingAddressFormView } from "./BillingAddressFormView";
import type { BillingAddressFormProps } from "./props";

export type { BillingAddressFormProps } from "./props";

/**
 * Edits an order's billing name and address the way Polar's own portal does: country-aware
 * checks, country and state fixed once an address exists, only changed keys sent, server errors
 * shown under their fields.
 */
export const BillingAddressForm = createOrderComponent<BillingAddressFormProps>({
  displayName: "BillingAddressForm",
  className: "pp-billing-form",
  skeletonLines: 7,
  ownProps: ["order", "orderId", "className", "onSuccess", "onError", "onCancel", "onSubmit", "countries"],
  View: ({ props, order, root, onSaved }) => (
    // A different order is a different form: no typed value may carry over.
    <BillingAddressFormView key={order.id} {...props} order={order} onSaved={onSaved} root={root} />
  ),
});
