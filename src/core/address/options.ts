import type { Messages } from "../i18n/messages.js";
import { cached } from "../format/cache.js";
import { formatCountry } from "../format/region.js";
import { INPUT_COUNTRIES, isInputCountry, stateCodesFor } from "./countries.js";
import { subdivisionName } from "./subdivisions.js";

export interface Option {
  code: string;
  name: string;
}

// Naming and sorting a few hundred countries is the slowest part of a first render, and the
// list depends only on these inputs: built once per page for each.
const countryLists = new Map<string, Option[]>();
const stateLists = new Map<string, Option[]>();

const sorted = (locale: string, codes: readonly string[], name: (code: string) => string): Option[] => {
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name));
};

/** The countries Polar accepts (or the merchant's `countries` among them), named in `locale` and sorted by name. */
export const countryOptions = (locale: string, countries?: readonly string[]): Option[] =>
  cached(countryLists, locale + countries, () =>
    sorted(locale, countries?.length ? countries.map((code) => code.toUpperCase()).filter(isInputCountry) : INPUT_COUNTRIES, (code) => formatCountry(code, locale)),
  );

/** The states of the US or the provinces of Canada, named by `names` (else in English) and sorted by name; none for other countries. */
export const stateOptions = (locale: string, country: string, names?: Messages["subdivisions"]): Option[] | undefined => {
  const codes = stateCodesFor(country);
  return codes && cached(stateLists, locale + country + !names, () => sorted(locale, codes, (code) => names?.[code] ?? subdivisionName(code)));
};
