import { cached, withLocale } from "./cache.js";

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in `locale` ("Vereinigte Staaten" for `US` in de-DE); the code itself when Intl has no name. */
export function formatCountry(code: string, locale?: string): string {
  const names = cached(regionNames, locale ?? "", () => {
    try {
      return withLocale(locale, (tag) => new Intl.DisplayNames(tag, { type: "region", fallback: "code" }));
    } catch {
      return null; // a runtime without DisplayNames
    }
  });
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code at all
  }
}

/**
 * The state as written on an envelope: Polar stores US and Canadian states as ISO 3166-2
 * (`US-CA`), which reads as `CA` in an address. Free-text states pass through.
 */
export function formatState(state: string, country: string): string {
  const prefix = `${country.toUpperCase()}-`;
  return state.startsWith(prefix) ? state.slice(prefix.length) : state;
}

// Countries that write the postal code before the city ("10115 Berlin"); the rest after it.
const POSTAL_CODE_FIRST = new Set(
  "AT BE CH CZ DE DK EE ES FI FR GR HR HU IL IS IT LI LT LU MC NL NO PL PT RO RS SE SI SK TR".split(" "),
);

/** The city line of an address in the order its country writes it, without the country. */
export function formatLocality(address: { city?: string | null; state?: string | null; postal_code?: string | null; country: string }): string {
  const { city, postal_code: postalCode, country } = address;
  const state = address.state ? formatState(address.state, country) : null;
  if (POSTAL_CODE_FIRST.has(country.toUpperCase())) {
    return [[postalCode, city].filter(Boolean).join(" "), state].filter(Boolean).join(", ");
  }
  return [city, [state, postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}
