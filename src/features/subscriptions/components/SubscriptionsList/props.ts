import type { CustomerSubscription, ListSubscriptionsParams } from "../data.js";

export interface SubscriptionsListProps {
  /**
   * The list's parameters, when the merchant owns them (a router's search params): the list then
   * shows exactly these and reports every change through `onParamsChange`.
   */
  params?: ListSubscriptionsParams;
  /** The first parameters when the list owns them (default: page 1, 10 a page, newest first). */
  defaultParams?: ListSubscriptionsParams;
  /** Called with the new parameters when the customer pages, sorts, searches or filters. */
  onParamsChange?: (params: ListSubscriptionsParams) => void;
  /** The address of a subscription's page: the plan's name becomes a link to it (the merchant's router). */
  getSubscriptionHref?: (subscription: CustomerSubscription) => string;
  /** Called when the customer opens a subscription: the plan's name becomes a button. */
  onOpenSubscription?: (subscription: CustomerSubscription) => void;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}
