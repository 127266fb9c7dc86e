import { useState } from "react";
import type { CustomerOrder } from "../../schema/order";
import { cx, ErrorView, LoadingSkeleton, PortalErrorBoundary, useOrderSource } from "../shared";
import { BillingAddressFormView } from "./BillingAddressFormView";
import type { BillingAddressFormProps } from "./props";

export type { BillingAddressFormProps } from "./props";

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
