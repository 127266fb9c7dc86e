import type { BaseMessages as Messages } from "../../../../core/i18n/messages.js";
import type { CustomerOrder } from "../../schema/order.js";

/** What each of the order's sections gets: the order, its heading's level and the words. */
export interface SectionProps {
  order: CustomerOrder;
  level: number;
  messages: Messages;
}
