import { createElement, useCallback, useEffect, useRef, useState } from "react";
import { OrderDetail, OrderDocuments, OrdersTable, type CustomerOrder, type ListOrdersParams } from "../../features/orders/index.js";
// The words of the orders page ("Your orders", "Back to orders"), which the feature keeps in its
// list's table and its index does not name.
import { listMessages } from "../../features/orders/messages/list.js";
import { useFeatureMessages } from "../../core/i18n/use-messages.js";
import { useControllable } from "../../core/shell/use-controllable.js";
import { portalMessages } from "../messages/portal.js";
import { followLinks } from "./follow-links.js";
import { useViewFocus } from "./use-view-focus.js";
import type { PortalSection, PortalSectionProps } from "./types.js";

export interface OrdersSectionOptions {
  /** The list's parameters (controlled), as `<OrdersTable params>`; the section keeps its own otherwise. */
  listParams?: ListOrdersParams;
  /** The list's first parameters when they are the section's own. */
  defaultListParams?: ListOrdersParams;
  onListParamsChange?(params: ListOrdersParams): void;
  /** Lets the customer correct the billing name and address (default true). */
  editableBilling?: boolean;
  /**
   * Each row a plain link to your URL for the order, followed by the browser or your router and
   * not intercepted (0.3's `<CustomerPortal getOrderHref>`). The portal's `getHref` is the way to
   * links it follows in place.
   */
  getOrderHref?(order: CustomerOrder): string;
}

/**
 * The orders section: the customer's orders (search, filter, sort, pages, each row's invoice and
 * receipt), then an order with its billing form and documents. A billing feature: a plain member
 * of a team does not see it.
 */
export function ordersSection(options: OrdersSectionOptions = {}): PortalSection {
  return {
    id: "orders",
    label: <OrdersLabel />,
    billing: true,
    render: (props) => <OrdersSection {...props} options={options} />,
  };
}

function OrdersLabel() {
  return useFeatureMessages(portalMessages).portalSectionOrders;
}

/** Opens the billing form of an order just opened for it ("Add billing details" in the list). */
function OnMount({ run, then }: { run: () => void; then: () => void }) {
  useEffect(() => {
    run();
    then();
  }, []);
  return null;
}

function OrdersSection({ view, navigate, hrefOf, headingLevel, options }: PortalSectionProps & { options: OrdersSectionOptions }) {
  const messages = useFeatureMessages(listMessages);
  // Kept here when the section owns them, so the list comes back as the customer left it.
  const [params, setParams] = useControllable(options.listParams, () => options.defaultListParams ?? {}, options.onListParamsChange);
  // "Add billing details" from an invoice opens the order with its billing form.
  const [editFor, setEditFor] = useState<string | null>(null);

  const container = useRef<HTMLDivElement | null>(null);
  useViewFocus(container, view, (id) => `[data-order-id="${id}"] .pp-orders-table__open`);

  const openOrder = useCallback((order: CustomerOrder) => navigate(order.id), [navigate]);
  const editBilling = useCallback(
    (order: CustomerOrder) => {
      setEditFor(order.id);
      navigate(order.id);
    },
    [navigate],
  );
  const renderActions = useCallback(
    // Named by the row's product: tabbing from row to row, a screen reader says whose invoice it is.
    (order: CustomerOrder, rowHeaderId: string) => <OrderDocuments order={order} onEditBillingDetails={editBilling} aria-labelledby={rowHeaderId} />,
    [editBilling],
  );
  const getOrderHref = useCallback((order: CustomerOrder) => hrefOf!(order.id), [hrefOf]);
  const ownLinks = options.getOrderHref;

  if (view) {
    return (
      <div ref={container} className="pp-portal__section">
        <button type="button" className="pp-button pp-portal__back" onClick={() => navigate(null)}>
          {messages.portalBack}
        </button>
        <OrderDetail
          key={view}
          orderId={view}
          headingLevel={headingLevel}
          editableBilling={options.editableBilling}
          documents={(openForm) => (
            <>
              {editFor === view && <OnMount run={openForm} then={() => setEditFor(null)} />}
              <OrderDocuments orderId={view} onEditBillingDetails={openForm} />
            </>
          )}
        />
      </div>
    );
  }
  return (
    <div ref={container} className="pp-portal__section" onClick={hrefOf && !ownLinks ? followLinks("a.pp-orders-table__open", "data-order-id", navigate) : undefined}>
      {createElement(`h${headingLevel}`, { className: "pp-portal__title", tabIndex: -1 }, messages.portalTitle)}
      <OrdersTable
        params={params}
        onParamsChange={setParams}
        getOrderHref={ownLinks ?? (hrefOf ? getOrderHref : undefined)}
        onOpenOrder={ownLinks || hrefOf ? undefined : openOrder}
        renderActions={renderActions}
      />
    </div>
  );
}
