import { createElement, forwardRef, useCallback, useEffect, useRef, useState } from "react";
import type { ListOrdersParams } from "../../features/orders/api/list.js";
import { listMessages } from "../../features/orders/messages/list.js";
import { useFeatureMessages } from "../../core/i18n/use-messages.js";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import { OrderDetail, type HeadingLevel } from "../../features/orders/components/OrderDetail/OrderDetail.js";
import { OrderDocuments } from "../../features/orders/components/OrderDocuments/OrderDocuments.js";
import { OrdersTable } from "../../features/orders/components/OrdersTable/OrdersTable.js";
import { cx } from "../../core/shell/class-names.js";
import { PortalErrorBoundary } from "../../core/shell/ErrorBoundary.js";
import type { RootAttributes, RootProps } from "../../core/shell/root-props.js";
import { splitProps, useMissingProvider, useRoot, type OwnProps } from "../../core/shell/shell.js";
import { useControllable } from "../../core/shell/use-controllable.js";

export interface CustomerPortalProps {
  /**
   * The order shown (controlled): an id shows that order, `null` the list. Leave it out and the
   * portal keeps its own selection, starting from `defaultOrderId`.
   */
  orderId?: string | null;
  /** The order shown first when the selection is the portal's own (default: the list). */
  defaultOrderId?: string | null;
  /** Called with the order the customer opens, or `null` when they go back to the list. */
  onOrderChange?(orderId: string | null): void;
  /** The list's parameters (controlled), as `<OrdersTable params>`; the portal keeps its own otherwise. */
  listParams?: ListOrdersParams;
  /** The list's first parameters when they are the portal's own. */
  defaultListParams?: ListOrdersParams;
  onListParamsChange?(params: ListOrdersParams): void;
  /**
   * A link for each order of the list (your router's URL for it): rows become real links and the
   * portal follows `orderId`. Without it, rows are buttons that open the order in place.
   */
  getOrderHref?(order: CustomerOrder): string;
  /** The level of the portal's heading; the order's sections take the next one. Default 2. */
  headingLevel?: HeadingLevel;
  /** Lets the customer correct the billing name and address (default true). */
  editableBilling?: boolean;
  className?: string;
}

const OWN_PROPS: OwnProps<CustomerPortalProps> = {
  orderId: true,
  defaultOrderId: true,
  onOrderChange: true,
  listParams: true,
  defaultListParams: true,
  onListParamsChange: true,
  getOrderHref: true,
  headingLevel: true,
  editableBilling: true,
  className: true,
};

/**
 * The whole orders portal on one page: the customer's orders (search, filter, sort, pages, each
 * order's invoice and receipt), then an order with its details, billing form and documents. The
 * selection is the portal's own by default; pass `orderId` and `onOrderChange` (or
 * `getOrderHref`) to let your router own the URL.
 *
 * Root: `.pp-portal` with `data-view` (`list` | `order`).
 */
export const CustomerPortal = forwardRef<HTMLElement, CustomerPortalProps & RootAttributes<CustomerPortalProps>>(function CustomerPortal(all, ref) {
  const [props, rest] = splitProps(all, OWN_PROPS);
  // The portal loads nothing of its own (its parts load theirs): a boundary and a root, no shell.
  // Not a `pp-root`: its parts are, and its own title and back button keep their own styles.
  const root = useRoot(cx("pp-portal", props.className), rest, ref);
  return (
    <PortalErrorBoundary root={root} resetKeys={[props.orderId]}>
      <PortalGate props={props} root={root} />
    </PortalErrorBoundary>
  );
});
CustomerPortal.displayName = "CustomerPortal";

function PortalGate({ props, root }: { props: CustomerPortalProps; root: RootProps }) {
  return useMissingProvider("CustomerPortal", root) ?? <PortalView props={props} root={root} />;
}

/** Opens the billing form of an order just opened for it ("Add billing details" in the list). */
function OnMount({ run, then }: { run: () => void; then: () => void }) {
  useEffect(() => {
    run();
    then();
  }, []);
  return null;
}

function PortalView({ props, root }: { props: CustomerPortalProps; root: RootProps }) {
  const messages = useFeatureMessages(listMessages);
  const [selected, select] = useControllable(props.orderId, props.defaultOrderId ?? null, props.onOrderChange);
  // Kept here when the portal owns them, so the list comes back as the customer left it.
  const [params, setParams] = useControllable(props.listParams, () => props.defaultListParams ?? {}, props.onListParamsChange);
  // "Add billing details" from an invoice opens the order with its billing form.
  const [editFor, setEditFor] = useState<string | null>(null);
  const level = props.headingLevel ?? 2;

  // Focus follows the customer: into the order they opened, back to its row when they return.
  const container = useRef<HTMLDivElement | null>(null);
  const opened = useRef<string | null>(null);
  const shown = useRef(selected);
  useEffect(() => {
    if (shown.current === selected) return;
    shown.current = selected;
    const node = container.current;
    if (!node) return;
    if (selected) {
      opened.current = selected;
      node.querySelector<HTMLElement>(".pp-portal__back")?.focus();
      return;
    }
    // The row may render after its page loads from the cache: look once the list has painted.
    const id = opened.current;
    requestAnimationFrame(() => {
      const row = id ? node.querySelector<HTMLElement>(`[data-order-id="${CSS.escape(id)}"] .pp-orders-table__open`) : null;
      (row ?? node.querySelector<HTMLElement>(".pp-portal__title"))?.focus();
    });
  }, [selected]);

  const openOrder = useCallback((order: CustomerOrder) => select(order.id), [select]);
  const editBilling = useCallback(
    (order: CustomerOrder) => {
      setEditFor(order.id);
      select(order.id);
    },
    [select],
  );
  const renderActions = useCallback(
    // Named by the row's product: tabbing from row to row, a screen reader says whose invoice it is.
    (order: CustomerOrder, rowHeaderId: string) => <OrderDocuments order={order} onEditBillingDetails={editBilling} aria-labelledby={rowHeaderId} />,
    [editBilling],
  );

  const { ref, ...rest } = root;
  const setRoot = (node: HTMLDivElement | null) => {
    container.current = node;
    if (typeof ref === "function") ref(node);
    else if (ref) ref.current = node;
  };

  return (
    <div {...rest} ref={setRoot} data-view={selected ? "order" : "list"}>
      {selected ? (
        <>
          <button type="button" className="pp-button pp-portal__back" onClick={() => select(null)}>
            {messages.portalBack}
          </button>
          <OrderDetail
            key={selected}
            orderId={selected}
            headingLevel={level}
            editableBilling={props.editableBilling}
            documents={(openForm) => (
              <>
                {editFor === selected && <OnMount run={openForm} then={() => setEditFor(null)} />}
                <OrderDocuments orderId={selected} onEditBillingDetails={openForm} />
              </>
            )}
          />
        </>
      ) : (
        <>
          {createElement(`h${level}`, { className: "pp-portal__title", tabIndex: -1 }, messages.portalTitle)}
          <OrdersTable
            params={params}
            onParamsChange={setParams}
            getOrderHref={props.getOrderHref}
            onOpenOrder={props.getOrderHref ? undefined : openOrder}
            renderActions={renderActions}
          />
        </>
      )}
    </div>
  );
}
