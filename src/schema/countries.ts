// The countries Polar's API accepts on input (OpenAPI `AddressInput.country`): CU, IR, KP, RU and
// SY are refused on input, though answers may still contain them. Packed as one string of
// two-letter codes: this list ships in every merchant's bundle, and an array literal of 244
// quoted strings costs far more than the codes themselves.
const codes = (packed: string, prefix = "") => (packed.match(/../g) ?? []).map((code) => prefix + code);

/** ISO 3166-1 alpha-2 codes, sorted. */
export const INPUT_COUNTRIES: readonly string[] = codes(
  "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQISITJEJMJOJPKEKGKHKIKMKNKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW",
);
/** An ISO 3166-1 alpha-2 code Polar accepts on input (see `isInputCountry`). */
export type InputCountry = string;

/** ISO 3166-2 subdivisions Polar accepts for the US: 50 states and DC. */
export const US_STATES: readonly string[] = codes("ALAKAZARCACOCTDEDCFLGAHIIDILINIAKSKYLAMEMDMAMIMNMSMOMTNENVNHNJNMNYNCNDOHOKORPARISCSDTNTXUTVTVAWAWVWIWY", "US-");
/** ISO 3166-2 subdivisions Polar accepts for Canada: 10 provinces and 3 territories. */
export const CA_PROVINCES: readonly string[] = codes("ABBCMBNBNLNSNTNUONPEQCSKYT", "CA-");

const inputCountries: ReadonlySet<string> = new Set(INPUT_COUNTRIES);
export function isInputCountry(code: string): code is InputCountry {
  return inputCountries.has(code);
}

export function stateCodesFor(country: string): readonly string[] | undefined {
  if (country === "US") return US_STATES;
  if (country === "CA") return CA_PROVINCES;
  return undefined;
}
