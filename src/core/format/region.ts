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
