import { createElement, useCallback, useRef } from "react";
import type { CustomerOrder, HeadingLevel } from "../../features/orders/index.js";
import { SubscriptionDetail, SubscriptionsList, type CustomerSubscription, type ListSubscriptionsParams } from "../../features/subscriptions/index.js";
import { useFeatureMessages } from "../../core/i18n/use-messages.js";
import { useControllable } from "../../core/shell/use-controllable.js";
import { useBillingGate } from "../CustomerPortal/use-billing-gate.js";
import { subscriptionsSectionMessages } from "../messages/portal.js";
import { followLinks } from "./follow-links.js";
import type { PortalSection, PortalSectionProps } from "./types.js";
import { useViewFocus } from "./use-view-focus.js";

export interface SubscriptionsSectionOptions {
  /** The list's parameters (controlled), as `<SubscriptionsList params>`; the section keeps its own otherwise. */
  listParams?: ListSubscriptionsParams;
  /** The list's first parameters when they are the section's own. */
  defaultListParams?: ListSubscriptionsParams;
  onListParamsChange?(params: ListSubscriptionsParams): void;
}

/**
 * The subscriptions section: the customer's subscriptions (current, needing action, ended), then
 * one with its plan, status, next charge, the changes the merchant allows and its invoices. Any
 * member of a team sees it (Polar lists subscriptions to every member); its invoices, a billing
 * feature, only those who may see billing, and an invoice opens in the orders section when the
 * portal has one. With a billing section, a failed renewal shows above the list with "Pay now".
 */
export function subscriptionsSection(options: SubscriptionsSectionOptions = {}): PortalSection {
  return {
    id: "subscriptions",
    label: <SubscriptionsLabel />,
    render: (props) => <SubscriptionsSection {...props} options={options} />,
  };
}

function SubscriptionsLabel() {
  return useFeatureMessages(subscriptionsSectionMessages).portalSectionSubscriptions;
}

function SubscriptionsSection({ view, navigate, hrefOf, headingLevel, sectionOf, options }: PortalSectionProps & { options: SubscriptionsSectionOptions }) {
  const messages = useFeatureMessages(subscriptionsSectionMessages);
  const [params, setParams] = useControllable(options.listParams, () => options.defaultListParams ?? {}, options.onListParamsChange);
  const billing = useBillingGate(true);
  const container = useRef<HTMLDivElement | null>(null);
  useViewFocus(container, view, (id) => `[data-subscription-id="${id}"] .pp-subscriptions-list__open`);

  const open = useCallback((subscription: CustomerSubscription) => navigate(subscription.id), [navigate]);
  const getHref = useCallback((subscription: CustomerSubscription) => hrefOf!(subscription.id), [hrefOf]);

  // A past-due renewal, above the list that shows it past due, when the portal has a billing
  // section this customer may see (its banner and "Pay now", its code with that section alone).
  const notice = sectionOf("billing")?.notice;

  if (view) {
    // A subscription's invoices are its orders: they open in the orders section, when there is one.
    const orders = sectionOf("orders");
    const orderHref = orders?.hrefOf;
    return (
      <div
        ref={container}
        className="pp-portal__section"
        onClick={orders && orderHref ? followLinks("a.pp-orders-table__open", "data-order-id", orders.navigate) : undefined}
      >
        <button type="button" className="pp-button pp-portal__back" onClick={() => navigate(null)}>
          {messages.portalSubscriptionsBack}
        </button>
        <SubscriptionDetail
          key={view}
          subscriptionId={view}
          headingLevel={headingLevel}
          invoices={billing === true}
          getOrderHref={orderHref ? (order: CustomerOrder) => orderHref(order.id) : undefined}
          onOpenOrder={orders && !orderHref ? (order: CustomerOrder) => orders.navigate(order.id) : undefined}
        />
      </div>
    );
  }
  return (
    <div
      ref={container}
      className="pp-portal__section"
      onClick={hrefOf ? followLinks("a.pp-subscriptions-list__open", "data-subscription-id", navigate) : undefined}
    >
      {createElement(`h${headingLevel}`, { className: "pp-portal__title", tabIndex: -1 }, messages.portalSubscriptionsTitle)}
      {notice?.({ headingLevel: Math.min(headingLevel + 1, 5) as HeadingLevel })}
      <SubscriptionsList
        params={params}
        onParamsChange={setParams}
        getSubscriptionHref={hrefOf ? getHref : undefined}
        onOpenSubscription={hrefOf ? undefined : open}
      />
    </div>
  );
}
