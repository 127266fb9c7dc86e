import { useId } from "react";
import { pricesIn, recurringAmount, type CustomerSubscription, type PlanChangeRefusalReason, type PortalProduct } from "../data.js";
import { priceLabel, valueLabel, type SubscriptionMessages } from "../labels.js";

/** What `usePlanOptions` answers: each product the organization lists, and whether Polar would take it. */
export interface PlanOptionsState {
  products: { product: PortalProduct; eligible: boolean; reason?: PlanChangeRefusalReason | (string & {}) }[];
  isPending: boolean;
  error: unknown;
}

// Not shown at all: the plan itself, and products the customer could not buy anyway.
const HIDDEN = new Set(["current_product", "not_found", "archived", "not_public"]);

/** A product's recurring price for this subscription (its currency, its seats), or null when its prices do not tell. */
export function planPrice(product: PortalProduct, subscription: CustomerSubscription): { amount: number | null; interval: string; intervalCount: number } {
  const { amount } = recurringAmount(pricesIn(product.prices, subscription.currency), subscription.seats);
  return { amount, interval: product.recurring_interval ?? subscription.recurring_interval, intervalCount: product.recurring_interval_count ?? 1 };
}

interface PlanOptionsProps {
  subscription: CustomerSubscription;
  options: PlanOptionsState;
  chosen: string | null;
  disabled: boolean;
  messages: SubscriptionMessages;
  locale: string;
  onChoose: (productId: string) => void;
}

/** The plans as radios with their price per interval; one Polar would refuse is shown disabled, with why. */
export function PlanOptions({ subscription, options, chosen, disabled, messages, locale, onChoose }: PlanOptionsProps) {
  const name = useId();
  const shown = options.products.filter((option) => option.eligible || !HIDDEN.has(option.reason ?? ""));
  if (options.isPending) return <p className="pp-subscription-dialog__hint">{messages.loading}</p>;
  if (shown.length === 0 || !shown.some((option) => option.eligible)) {
    return <p className="pp-subscription-dialog__hint">{options.error ? messages.errorTitle : messages.planNone}</p>;
  }
  return (
    <fieldset className="pp-subscription-dialog__plans" disabled={disabled}>
      <legend>{messages.planChoose}</legend>
      {shown.map(({ product, eligible, reason }) => {
        const { amount, interval, intervalCount } = planPrice(product, subscription);
        const why = `${name}-${product.id}`;
        return (
          <label key={product.id} className="pp-subscription-dialog__choice pp-subscription-dialog__plan" data-eligible={eligible ? "" : undefined}>
            <input
              type="radio"
              name={name}
              value={product.id}
              checked={chosen === product.id}
              disabled={!eligible}
              aria-describedby={eligible ? undefined : why}
              onChange={() => onChoose(product.id)}
            />
            <span className="pp-subscription-dialog__plan-name">
              <bdi>{product.name}</bdi>
            </span>
            {/* A plan Polar would refuse has no price in this subscription's currency to show. */}
            {eligible && amount !== null && (
              <span className="pp-subscription-dialog__plan-price">
                {priceLabel(messages, { amount, currency: subscription.currency, recurring_interval: interval, recurring_interval_count: intervalCount }, locale)}
              </span>
            )}
            {!eligible && (
              <span className="pp-subscription-dialog__plan-reason" id={why}>
                {valueLabel(messages, "planIneligible", reason ?? "", messages.planIneligible)}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
