import { CA_PROVINCES, US_STATES } from "./countries.js";

// Intl has no names for subdivisions, so the US states and Canadian provinces Polar accepts carry
// their English names here, in the order of the codes in ./countries (packed: every byte
// here ships in the merchant's bundle).
const US_NAMES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|" +
  "Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|" +
  "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|" +
  "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|" +
  "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
  "West Virginia|Wisconsin|Wyoming";
const CA_NAMES =
  "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|" +
  "Northwest Territories|Nunavut|Ontario|Prince Edward Island|Quebec|Saskatchewan|Yukon";

let names: Map<string, string> | undefined;

/** The English name of a `US-CA`-style code; the code itself when unknown. */
export function subdivisionName(code: string): string {
  if (!names) {
    const us = US_NAMES.split("|");
    const ca = CA_NAMES.split("|");
    names = new Map([...US_STATES.map((c, i) => [c, us[i]!] as const), ...CA_PROVINCES.map((c, i) => [c, ca[i]!] as const)]);
  }
  return names.get(code) ?? code;
}
