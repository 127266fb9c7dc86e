import type { ReactNode } from "react";
import { expiryText, methodLabel, type BillingMessages, type MethodLike } from "./labels.js";

export type Expiry = "expired" | "expiring" | "valid";

export interface CardSummaryProps {
  method: MethodLike;
  messages: BillingMessages;
  locale: string;
  /** The card's expiry as the data layer judges it (`cardExpiry`). */
  expiry: Expiry;
  isDefault: boolean;
  /** The id of the element that names the card, for buttons that act on it. */
  nameId?: string;
}

/**
 * One saved method as Stripe's portal shows it: the brand's mark, "Visa •••• 4242" (heard as "Visa
 * ending in 4242"), "Expires 08/27", and badges: Default, Expires soon, Expired, the wallet.
 */
export function CardSummary({ method, messages, locale, expiry, isDefault, nameId }: CardSummaryProps) {
  const label = methodLabel(messages, method);
  const meta = method.method_metadata;
  const month = meta?.exp_month;
  const year = meta?.exp_year;
  const date = month && year ? expiryText(locale, month, year) : null;
  const badges: [string, ReactNode][] = [];
  if (isDefault) badges.push(["default", messages.cardBadgeDefault]);
  if (expiry === "expired") badges.push(["expired", messages.cardBadgeExpired]);
  if (expiry === "expiring") badges.push(["expiring", messages.cardBadgeExpiring]);
  if (label.wallet) badges.push(["wallet", label.wallet]);
  return (
    <>
      <span className="pp-card-brand" aria-hidden="true" data-brand={meta?.brand ?? method.type}>
        {label.mark}
      </span>
      <span className="pp-payment-method__body">
        <span className="pp-payment-method__name">
          <span id={nameId}>
            {label.last4 ? (
              <>
                <span className="pp-visually-hidden">{label.spoken}</span>
                <span aria-hidden="true">
                  {label.name} <span className="pp-payment-method__number">•••• {label.last4}</span>
                </span>
              </>
            ) : (
              label.name
            )}
          </span>
          {badges.map(([kind, text]) => (
            <span key={kind} className="pp-payment-method__badge" data-badge={kind}>
              {text}
            </span>
          ))}
        </span>
        {date && (
          <span className="pp-payment-method__meta" data-expiry={expiry}>
            {expiry === "expired" ? messages.cardExpired(date) : messages.cardExpires(date)}
          </span>
        )}
      </span>
    </>
  );
}
