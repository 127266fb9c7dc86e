import { useMessages } from "../../../../core/i18n/use-messages.js";
import { cx } from "../../../../core/shell/class-names.js";
import { statusLabel } from "./labels.js";

export interface StatusBadgeProps {
  /** Polar's order status; an unknown one shows as words (`disputed` → "Disputed"). */
  status: string;
  className?: string;
}

/** `.pp-status-badge[data-status="paid"]`: the colour comes from the stylesheet per status. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  const messages = useMessages();
  return (
    <span className={cx("pp-status-badge", className)} data-status={status}>
      {/* Colour and place say "status" to the eye; a screen reader hears it. */}
      <span className="pp-visually-hidden">{messages.orderStatus} </span>
      {statusLabel(messages, status)}
    </span>
  );
}
