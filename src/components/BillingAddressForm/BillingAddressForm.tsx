import { useState } from "react";
import type { PortalError } from "../../client/errors";
import type { OrderBillingUpdate } from "../../schema/billing";
import type { CustomerOrder } from "../../schema/order";
import { cx, ErrorView, LoadingSkeleton, PortalErrorBoundary, useOrderSource, type OrderSourceProps } from "../shared";
import { BillingAddressFormView } from "./BillingAddressFormView";

export interface BillingAddressFormProps extends OrderSourceProps {
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
  className?: string;
  /** ISO codes the country list offers (for merchants who sell to fewer countries). Codes Polar refuses are dropped. */
  countries?: readonly string[];
}

/**
 * Edits an order's billing name and address the way Polar's own portal does: country-aware
 * checks, country and state fixed once an address exists, only changed keys sent, server errors
 * shown under their fields.
 */
export function BillingAddressForm(props: BillingAddressFormProps) {
  return (
    <PortalErrorBoundary className={cx("pp-billing-form", props.className)} resetKeys={[props.order, props.orderId]}>
      <BillingAddressFormLoader {...props} />
    </PortalErrorBoundary>
  );
}

function BillingAddressFormLoader(props: BillingAddressFormProps) {
  const source = useOrderSource(props);
  // An order given as a prop does not change when we save it: until the prop moves on, the
  // saved answer is the baseline the next change is measured against.
  const [saved, setSaved] = useState<{ from: CustomerOrder; to: CustomerOrder } | null>(null);
  const order = source.order;
  const className = cx("pp-billing-form", props.className);
  if (source.status === "loading") return <LoadingSkeleton lines={7} className={className} />;
  if (!order) return <ErrorView error={source.error} onRetry={source.refetch} className={className} />;
  return (
    <BillingAddressFormView
      // A different order is a different form: no typed value may carry over.
      key={order.id}
      {...props}
      order={saved?.from === order ? saved.to : order}
      onSaved={(to) => setSaved({ from: order, to })}
    />
  );
}
