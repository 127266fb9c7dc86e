import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "../shell/class-names.js";

export interface StatusBadgeProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** The resource's status, raw: `data-status`, which the stylesheet colours by. */
  status: string;
  /** The status in the reader's words (the feature knows its statuses). */
  label: ReactNode;
  /** What a screen reader hears first ("Order status"): colour and place say it to the eye. */
  kind: string;
}

/** `.pp-status-badge[data-status]`: a status as a coloured badge, for any resource. */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge({ status, label, kind, className, ...props }, ref) {
  return (
    <span data-slot="status-badge" {...props} ref={ref} className={cx("pp-status-badge", className)} data-status={status}>
      <span className="pp-visually-hidden">{kind} </span>
      {label}
    </span>
  );
});
