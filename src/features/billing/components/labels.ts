import { cached } from "../../../core/format/cache.js";
import { isPortalError } from "../../../core/client/errors.js";
import { readErrorMessageKey, type BaseMessages } from "../../../core/i18n/messages.js";
import { useFeatureMessages } from "../../../core/i18n/use-messages.js";
import { billingMessages } from "../messages/billing.js";
import { billingRefusal, type BillingRefusal } from "./data.js";

/** The provider's messages over the billing components' English words. */
export type BillingMessages = BaseMessages & typeof billingMessages;

/** The billing words, laid under the provider's (a page without billing ships none of them). */
export const useBillingMessages = (): BillingMessages => useFeatureMessages(billingMessages);

/** What the components read of a saved method: any of Polar's arms (card, kr_card, another type). */
export interface MethodLike {
  id: string;
  type: string;
  method_metadata?: { brand?: string | null; last4?: string | null; exp_month?: number | null; exp_year?: number | null; wallet?: string | null } | null;
}

// Brands and wallets are names, the same in every language; one Polar (Stripe) may add later reads
// as its identifier with capitals ("cartes_bancaires" → "Cartes Bancaires").
const NAMES: Readonly<Record<string, string>> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
  cartes_bancaires: "Cartes Bancaires",
  eftpos_au: "eftpos",
  interac: "Interac",
  apple_pay: "Apple Pay",
  google_pay: "Google Pay",
  samsung_pay: "Samsung Pay",
  link: "Link",
  amazon_pay: "Amazon Pay",
};
// The brand's mark: a few letters on a card shape, so no logo files ship.
const MARKS: Readonly<Record<string, string>> = { visa: "Visa", mastercard: "MC", amex: "Amex", american_express: "Amex", discover: "Disc", jcb: "JCB", unionpay: "UP", diners: "DC" };

export const brandName = (brand: string) =>
  NAMES[brand.toLowerCase()] ?? brand.replace(/[_-]+/g, " ").replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

/** How a method is shown: its brand (or kind), last four digits, the mark on its card shape, its wallet. */
export interface MethodLabel {
  name: string;
  last4: string | null;
  mark: string;
  wallet: string | null;
  /** "Visa ending in 4242", or the kind alone: what names the method in a sentence and to a screen reader. */
  spoken: string;
}

export function methodLabel(messages: BillingMessages, method: MethodLike): MethodLabel {
  const meta = method.method_metadata ?? {};
  const brand = meta.brand ? brandName(meta.brand) : null;
  const last4 = meta.last4 ?? null;
  const name = brand ?? messages.paymentMethodType(method.type);
  const mark = brand ? (MARKS[meta.brand!.toLowerCase()] ?? brand.slice(0, 4)) : method.type === "sepa_debit" ? "SEPA" : "•••";
  return { name, last4, mark, wallet: meta.wallet ? brandName(meta.wallet) : null, spoken: last4 ? messages.cardEndingIn(name, last4) : name };
}

const monthYear = new Map<string, Intl.DateTimeFormat>();

/** A card's expiry as the locale writes a month and a year, short ("08/27" in en-US). */
export function expiryText(locale: string, month: number, year: number): string {
  const format = cached(monthYear, locale, () => new Intl.DateTimeFormat(locale, { month: "2-digit", year: "2-digit", timeZone: "UTC" }));
  return format.format(Date.UTC(year, month - 1, 1));
}

/** What Polar's refusal means to the customer, in the customer's words (never Polar's English). */
export function refusalText(messages: BillingMessages, refusal: BillingRefusal): string {
  switch (refusal.kind) {
    case "payment_method_in_use":
      return messages.billingRefusalPaymentMethodInUse;
    case "payment_method_not_found":
      return messages.billingRefusalPaymentMethodNotFound;
    case "not_eligible_for_retry":
      return messages.billingRefusalNotEligibleForRetry;
    case "payment_in_progress":
      return messages.billingRefusalPaymentInProgress;
    case "retry_limit_exceeded":
      return messages.billingRefusalRetryLimitExceeded;
    case "tax_id_invalid":
      return messages.billingRefusalTaxIdInvalid;
    case "tax_id_country_required":
      return messages.billingRefusalTaxIdCountryRequired;
    case "address_required":
      return messages.billingRefusalAddressRequired;
    case "forbidden":
      return messages.billingRefusalForbidden;
    case "validation":
      return messages.errorValidation;
    default:
      return messages.errorHttp;
  }
}

/** The words for any failure of a billing change: a refusal Polar named, else the kit's words for the error. */
export function failureText(messages: BillingMessages, error: unknown): string {
  if (!isPortalError(error)) return messages.errorTitle;
  const refusal = billingRefusal(error);
  if (refusal.kind !== "unknown") return refusalText(messages, refusal);
  return messages[readErrorMessageKey(error.kind, "payment_method")];
}
