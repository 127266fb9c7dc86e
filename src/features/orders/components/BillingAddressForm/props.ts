import type { PortalError } from "../../../../core/client/errors.js";
import type { OrderBillingUpdate } from "../../schema/billing.js";
import type { CustomerOrder } from "../../schema/order.js";
import type { OrderComponentProps } from "../order-component.js";
import type { RootProps } from "../../../../core/shell/root-props.js";

export interface BillingAddressFormProps extends OrderComponentProps {
  /** Called with Polar's answer (or your `onSubmit`'s) after a save. */
  onSuccess?(order: CustomerOrder): void;
  /** Called when a save fails; the form keeps what the customer typed and shows the errors. */
  onError?(error: PortalError): void;
  /** Shows a Cancel button that calls this. */
  onCancel?(): void;
  /**
   * Saves through your own handler instead of Polar's PATCH, with the same optimistic update and
   * rollback of the cached order. It gets only the changed keys; resolve with the updated order
   * (or nothing), reject with a `PortalError` to show its field errors the same way as Polar's.
   */
  onSubmit?(update: OrderBillingUpdate, order: CustomerOrder): Promise<CustomerOrder | void>;
  /** ISO codes the country list offers (for merchants who sell to fewer countries). Codes Polar refuses are dropped. */
  countries?: readonly string[];
}

export interface BillingAddressFormViewProps extends BillingAddressFormProps {
  /** The order to edit, already showing what this form last saved. */
  order: CustomerOrder;
  /** Called with the saved order after a successful save, before `onSuccess`. */
  onSaved?(next: CustomerOrder): void;
  /** The root `<form>`'s attributes from the order shell (class names, ref, the merchant's own). */
  root?: RootProps;
}
