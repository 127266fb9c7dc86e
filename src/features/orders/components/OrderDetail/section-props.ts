import type { BaseMessages } from "../../../../core/i18n/messages.js";
import type { orderMessages } from "../../messages/order.js";
import type { CustomerOrder } from "../../schema/order.js";

/** The words of the order page: the provider's over the order's English table (`useFeatureMessages(orderMessages)`). */
export type Messages = BaseMessages & typeof orderMessages;

/** What each of the order's sections gets: the order, its heading's level and the words. */
export interface SectionProps {
  order: CustomerOrder;
  level: number;
  messages: Messages;
}
