import { formatState } from "./region.js";

// How each country writes an address: Google's libaddressinput formats (its `fmt`), trimmed to
// what an order stores and to the bytes every order page ships. Its letters: A the street lines,
// Z postal code, C city, S state (prefecture, province, county); "/" stands for its %n, a line
// break. The text before a field is written only with the field, and never to start a line
// unless the line's own (Japan's 〒). Kept to the countries most customers come from; the others
// take the US order, which any post office reads.
const LAYOUTS: Record<string, string> = {
  GB: "A/C/S/Z",
  IE: "A/C/S/Z",
  // Lines, not commas: an Arabic address would take a Latin comma otherwise.
  EG: "A/C/S/Z",
  JP: "〒Z/S C/A",
  CA: "A/C S Z",
  AU: "A/C S Z",
};
const POSTAL_CODE_FIRST = new Set("AT BE CH CZ DE DK EE ES FI FR GR HR HU IL IS IT LI LT LU MC MX NL NO PL PT RO RS SE SI SK TR".split(" "));

const layoutOf = (country: string) =>
  LAYOUTS[(country = country.toUpperCase())] ?? (POSTAL_CODE_FIRST.has(country) ? "A/Z C, S" : "A/C, S Z");

/** A part of an address, by its libaddressinput letter: `A` street lines, `Z` postal code, `C` city, `S` state. */
export type AddressPart = "A" | "C" | "S" | "Z";

/** The parts of an address in the order `country` writes them (`AZCS` in Germany, `ZSCA` in Japan): the form's field order. */
export const addressOrder = (country: string) => layoutOf(country).match(/[ACSZ]/g) as AddressPart[];

interface PostalAddress {
  line1?: string | null;
  line2?: string | null;
  postal_code?: string | null;
  city?: string | null;
  state?: string | null;
  country: string;
}

/** The lines of an address as its country writes them, without the country ("10115 Berlin", "San Francisco, CA 94107"). */
export function addressLines(address: PostalAddress): string[] {
  const values: Record<string, string | null | undefined> = {
    Z: address.postal_code,
    C: address.city,
    S: address.state && formatState(address.state, address.country),
  };
  return layoutOf(address.country)
    .split("/")
    .flatMap((line) =>
      line === "A"
        ? [address.line1, address.line2]
        : line.replace(/([^CSZ]*)([CSZ])/g, (_, before: string, part: string) => (values[part] ? before + values[part] : "")).replace(/^[, ]+/, ""),
    )
    .filter(Boolean) as string[];
}
