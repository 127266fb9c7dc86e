import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { orderMessages } from "../../messages/order.js";
import { StatusBadge as Badge } from "../../../../core/parts/StatusBadge.js";
import { statusLabel } from "./labels.js";

export interface StatusBadgeProps {
  /** Polar's order status; an unknown one shows as words (`disputed` → "Disputed"). */
  status: string;
  className?: string;
}

/** `.pp-status-badge[data-status="paid"]`: the colour comes from the stylesheet per status. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  const messages = useFeatureMessages(orderMessages);
  return <Badge status={status} label={statusLabel(messages, status)} kind={messages.orderStatus} className={className} />;
}
