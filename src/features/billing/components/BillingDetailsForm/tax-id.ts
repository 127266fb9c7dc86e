// What a tax ID is called in the customer's country, and an example in its format: a hint, never a
// check (Polar validates tax IDs against the billing country and says when one is invalid).

const VAT = "AT BE BG CY CZ DE DK EE ES FI FR GB GR HR HU IE IT LT LU LV MT NL NO PL PT RO SE SI SK CH".split(" ");

/** The name the tax ID's label takes: a key of the `billingTaxId` select. */
export function taxIdKind(country: string): "vat" | "gst" | "ein" | "abn" | "other" {
  if (VAT.includes(country)) return "vat";
  if (country === "US") return "ein";
  if (country === "AU") return "abn";
  if (["CA", "NZ", "IN", "SG"].includes(country)) return "gst";
  return "other";
}

const EXAMPLES: Readonly<Record<string, string>> = {
  AT: "ATU12345678",
  AU: "12 345 678 901",
  BE: "BE0123456789",
  CA: "123456789RT0001",
  CH: "CHE-123.456.789 MWST",
  DE: "DE123456789",
  DK: "DK12345678",
  ES: "ESA12345674",
  FI: "FI12345678",
  FR: "FRAB123456789",
  GB: "GB123456789",
  IE: "IE1234567T",
  IN: "22AAAAA0000A1Z5",
  IT: "IT12345678901",
  NL: "NL123456789B01",
  NO: "NO123456789MVA",
  NZ: "123-456-789",
  PL: "PL1234567890",
  PT: "PT123456789",
  SE: "SE123456789701",
  SG: "M12345678X",
  US: "12-3456789",
};

/** An example of a tax ID of `country`, where the kit knows its format. */
export const taxIdExample = (country: string): string | undefined => EXAMPLES[country];
