import { createOrderComponent } from "../order-component.js";
import { BillingAddressFormView } from "./BillingAddressFormView.js";
import type { BillingAddressFormProps } from "./props.js";

export type { BillingAddressFormProps } from "./props.js";

/**
 * Edits an order's billing name and address the way Polar's own portal does: country-aware
 * checks, country and state fixed once an address exists, only changed keys sent, server errors
 * shown under their fields.
 */
export const BillingAddressForm = createOrderComponent<BillingAddressFormProps>({
  displayName: "BillingAddressForm",
  className: "pp-billing-form",
  skeletonLines: 7,
  ownProps: { order: true, orderId: true, className: true, onSuccess: true, onError: true, onCancel: true, onSubmit: true, countries: true },
  View: ({ props, data: order, root, onSaved }) => (
    // A different order is a different form: no typed value may carry over.
    <BillingAddressFormView key={order.id} {...props} order={order} onSaved={onSaved} root={root} />
  ),
});
