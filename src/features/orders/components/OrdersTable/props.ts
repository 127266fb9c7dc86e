import type { ReactNode } from "react";
import type { ListOrdersParams } from "../../api/list.js";
import type { BaseMessages } from "../../../../core/i18n/messages.js";
import type { listMessages } from "../../messages/list.js";
import type { CustomerOrder } from "../../schema/order.js";
import type { WaysForwardProps } from "../ways-forward.js";

export type ListMessages = BaseMessages & typeof listMessages;

export interface OrdersTableProps {
  /**
   * The list's parameters, when the merchant owns them (a router's search params): the table
   * then shows exactly these and reports every change through `onParamsChange`.
   */
  params?: ListOrdersParams;
  /** The first parameters when the table owns them (default: page 1, 10 a page, newest first). */
  defaultParams?: ListOrdersParams;
  /** Called with the new parameters when the customer pages, sorts, searches or filters. */
  onParamsChange?: (params: ListOrdersParams) => void;
  /** The address of an order's page: the product name becomes a link to it (the merchant's router). */
  getOrderHref?: (order: CustomerOrder) => string;
  /** Called when the customer opens an order: the product name becomes a button. */
  onOpenOrder?: (order: CustomerOrder) => void;
  /**
   * What the last cell of each row holds (the invoice and receipt buttons). `rowHeaderId` is the
   * id of the row's product cell: name a group of actions by it (`aria-labelledby`), so a screen
   * reader tabbing from row to row hears which order its "Download invoice" belongs to.
   */
  renderActions?: (order: CustomerOrder, rowHeaderId: string) => ReactNode;
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
  /** Shown as "Sign in again" when the session is over: see `OrderComponentProps.onSignIn`. */
  onSignIn?: WaysForwardProps["onSignIn"];
}
