// The countries Polar's API accepts on input (OpenAPI `AddressInput.country`): CU, IR, KP, RU and
// SY are refused on input, though answers may still contain them. This list ships in every
// merchant's bundle, so it is packed: one word per first letter, that letter followed by the
// second letters it takes ("ADEF" is AD, AE, AF). Two-letter codes are close to random text,
// which gzip cannot shrink; writing each first letter once halves what they cost.
const codes = (packed: string, prefix = "") => (packed.match(/../g) ?? []).map((code) => prefix + code);

/** ISO 3166-1 alpha-2 codes, sorted. */
export const INPUT_COUNTRIES: readonly string[] = (
  "ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQST JEMOP KEGHIMNRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSW SABCDEGHIJKLMNORSTVXZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW"
)
  .split(" ")
  .flatMap(([first, ...seconds]) => seconds.map((second) => first + second));

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
