import { cached, withLocale } from "./cache";

export type MoneyFormatter = (amount: number) => string;

const moneyFormatters = new Map<string, MoneyFormatter>();

/**
 * The decimal string for `amount` minor units with `digits` fraction digits, built from the
 * integer's digits so no float rounding can creep in (Intl formats decimal strings exactly).
 */
function toDecimalString(amount: number, digits: number): `${number}` {
  const sign = amount < 0 ? "-" : "";
  const whole = Math.abs(Math.trunc(amount)).toString();
  if (digits === 0) return `${sign}${whole}` as `${number}`;
  const padded = whole.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}` as `${number}`;
}

/**
 * A formatter for integer amounts in the minor unit of `currency` (Polar sends it lower-case).
 * The number of decimals is the currency's own, as Intl knows it: JPY 0, USD and EUR 2, BHD 3.
 * A code Intl refuses (not three letters) does not throw: the amount is shown as a plain number
 * followed by the code (upper-cased), with two decimals, Polar's usual minor unit.
 */
export function moneyFormatter(currency: string, locale?: string): MoneyFormatter {
  const code = currency.trim().toUpperCase();
  return cached(moneyFormatters, `${locale ?? ""}|${code}`, () => {
    let format: Intl.NumberFormat;
    try {
      format = withLocale(locale, (tag) => new Intl.NumberFormat(tag, { style: "currency", currency: code }));
    } catch {
      const plain = withLocale(locale, (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
      return (amount) => `${plain.format(toDecimalString(amount, 2))} ${code}`;
    }
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return (amount) => format.format(toDecimalString(amount, digits));
  });
}

/** Formats `amount` minor units of `currency` for `locale`: `formatMoney(10720, "usd", "en-US")` is `$107.20`. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return moneyFormatter(currency, locale)(amount);
}
