import { cached, withLocale } from "./cache.js";

export type MoneyFormatter = (amount: number) => string;

const moneyFormatters = new Map<string, MoneyFormatter>();

/**
 * Polar's (and Stripe's) zero-decimal currencies: amounts in these are whole units. Every other
 * currency is counted in hundredths, whatever Intl's own digits for it say (HUF, ISK, IDR, COP...
 * are 0 in Intl but hundredths at Polar). Source: Polar's server, `_ZERO_DECIMAL_CURRENCIES` in
 * server/polar/kit/currency.py; its web client (clients/packages/currency) keeps the same list.
 */
const ZERO_DECIMAL = "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF VND VUV XAF XOF XPF";

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
 * A formatter for integer amounts in Polar's minor unit of `currency` (Polar sends it
 * lower-case): whole units for its fifteen zero-decimal currencies, hundredths for every other.
 *
 * Display follows the currency's own digits in Intl, except that a non-zero minor unit is never
 * hidden: 10720 HUF is 107,20 Ft (Intl alone would round to 107 Ft) while 10700 HUF may be 107 Ft.
 * Hundredths are all an amount carries, so a currency Intl writes with three decimals (BHD, KWD:
 * none of them is a Polar presentment currency) shows two rather than an invented third.
 * A code Intl refuses (not three letters) does not throw: the amount is shown as a plain number
 * followed by the code (upper-cased), with two decimals, Polar's usual minor unit.
 */
export function moneyFormatter(currency: string, locale?: string): MoneyFormatter {
  const code = currency.trim().toUpperCase();
  return cached(moneyFormatters, `${locale ?? ""}|${code}`, () => {
    const make = (options?: Intl.NumberFormatOptions) =>
      withLocale(locale, (tag) => new Intl.NumberFormat(tag, { style: "currency", currency: code, ...options }));
    let whole: Intl.NumberFormat;
    try {
      whole = make();
    } catch {
      const plain = withLocale(locale, (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
      return (amount) => `${plain.format(toDecimalString(amount, 2))} ${code}`;
    }
    // Intl accepted the code, so it is three letters and can only match a whole entry.
    const zero = ZERO_DECIMAL.includes(code);
    const hundredths = make({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (whole.resolvedOptions().maximumFractionDigits! > 2) whole = hundredths;
    return (amount) => {
      const value = toDecimalString(amount, zero ? 0 : 2);
      return (zero || value.endsWith("00") ? whole : hundredths).format(value);
    };
  });
}

/** Formats `amount` minor units of `currency` for `locale`: `formatMoney(10720, "usd", "en-US")` is `$107.20`. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return moneyFormatter(currency, locale)(amount);
}
