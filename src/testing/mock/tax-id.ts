// Polar's tax ID validation (`server/polar/tax/tax_id.py`: `validate_tax_id`), as far as the mock
// needs it: the billing country picks Polar's formats (`COUNTRY_TAX_ID_MAP`); a country without
// any is refused ("Invalid tax ID."); the first format that validates wins, and the value is
// stored as that format normalises it (python-stdnum's `validate`). Checked exactly: `eu_vat` for
// German, French and Dutch numbers (any EU country may carry one: Polar does not compare the
// prefix with the billing country), `gb_vat`, `us_ein`. Other formats (and other member states'
// VAT numbers) are accepted when they look like a tax ID (letters and digits after compacting),
// because the mock does not carry their checksums: a test of refusal uses one of the exact ones.

const EU = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"];

/** Polar's `COUNTRY_TAX_ID_MAP`: the formats tried, in order, for a billing country. */
const FORMATS: Record<string, readonly string[]> = {
  ...Object.fromEntries(EU.map((country) => [country, ["eu_vat"]])),
  AD: ["ad_nrt"], AE: ["ae_trn"], AR: ["ar_cuit"], AU: ["au_abn", "au_arn"], BH: ["bh_vat"], BO: ["bo_tin"],
  BR: ["br_cnpj", "br_cpf"], CA: ["ca_gst_hst", "ca_pst_bc", "ca_pst_mb", "ca_pst_sk", "ca_qst", "ca_bn"],
  CH: ["ch_uid", "ch_vat"], CL: ["cl_tin"], CN: ["cn_tin"], CO: ["co_nit"], CR: ["cr_tin"], DO: ["do_rcn"],
  EC: ["ec_ruc"], EG: ["eg_tin"], GB: ["gb_vat"], GE: ["ge_vat"], HK: ["hk_br"], ID: ["id_npwp"], IL: ["il_vat"],
  IN: ["in_gst"], IS: ["is_vat"], JP: ["jp_cn", "jp_rn", "jp_trn"], KE: ["ke_pin"], KR: ["kr_brn"], KZ: ["kz_bin"],
  LI: ["li_uid"], MK: ["mk_vat"], MU: ["mu_tan"], MX: ["mx_rfc"], MY: ["my_frp", "my_itn", "my_sst"], NG: ["ng_tin"],
  NO: ["no_vat", "no_voec"], NZ: ["nz_gst"], OM: ["om_vat"], PE: ["pe_ruc"], PH: ["ph_tin"], RS: ["rs_pib"],
  RU: ["ru_inn", "ru_kpp"], SA: ["sa_vat"], SG: ["sg_gst", "sg_uen"], SV: ["sv_nit"], TH: ["th_vat"], TR: ["tr_tin"],
  TW: ["tw_vat"], UA: ["ua_vat"], US: ["us_ein"], UY: ["uy_ruc"], VE: ["ve_rif"], VN: ["vn_tin"], ZA: ["za_vat"],
};

/** stdnum's `clean`: drops the separators, then upper-cases and trims. */
const clean = (value: string, separators: string) =>
  [...value].filter((char) => !separators.includes(char)).join("").toUpperCase().trim();
const digits = (value: string) => /^[0-9]+$/.test(value);
const stripPrefix = (value: string, ...prefixes: string[]) => (prefixes.some((prefix) => value.startsWith(prefix)) ? value.slice(2) : value);

/** ISO 7064 Mod 11, 10 (German VAT). */
function mod1110(value: string): boolean {
  let check = 5;
  for (const char of value) check = ((((check || 10) * 2) % 11) + Number(char)) % 10;
  return check === 1;
}

function luhn(value: string): boolean {
  const sum = [...value].reverse().reduce((total, char, index) => {
    const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
    return total + (digit > 9 ? digit - 9 : digit);
  }, 0);
  return sum % 10 === 0;
}

/** ISO 7064 Mod 97, 10 over letters and digits (A = 10 … Z = 35). */
function mod9710(value: string): boolean {
  const numeric = [...value].map((char) => parseInt(char, 36).toString()).join("");
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest === 1;
}

const de = (raw: string): string | undefined => {
  const number = stripPrefix(clean(raw, " -./,"), "DE");
  return digits(number) && number[0] !== "0" && number.length === 9 && mod1110(number) ? number : undefined;
};

const FR_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const fr = (raw: string): string | undefined => {
  const number = stripPrefix(clean(raw, " -."), "FR");
  if (![...number.slice(0, 2)].every((char) => FR_ALPHABET.includes(char)) || !digits(number.slice(2)) || number.length !== 11) return undefined;
  // Monaco's numbers are valid TVA numbers without being a SIREN.
  if (number.slice(2, 5) !== "000" && !luhn(number.slice(2))) return undefined;
  if (digits(number)) return Number(number.slice(0, 2)) === Number(BigInt(`${number.slice(2)}12`) % 97n) ? number : undefined;
  const [a, b] = [FR_ALPHABET.indexOf(number[0]!), FR_ALPHABET.indexOf(number[1]!)];
  const check = digits(number[0]!) ? a * 24 + b - 10 : a * 34 + b - 100;
  return (Number(number.slice(2)) + 1 + Math.floor(check / 11)) % 11 === check % 11 ? number : undefined;
};

const nl = (raw: string): string | undefined => {
  const cleaned = stripPrefix(clean(raw, " -."), "NL");
  const number = cleaned.slice(0, -3).padStart(9, "0") + cleaned.slice(-3);
  const bsn = number.slice(0, 9);
  if (!digits(bsn) || Number(bsn) <= 0 || !digits(number.slice(10)) || Number(number.slice(10)) <= 0) return undefined;
  if (number.length !== 12 || number[9] !== "B") return undefined;
  const weighted = [...bsn.slice(0, 8)].reduce((sum, char, index) => sum + (9 - index) * Number(char), 0) - Number(bsn[8]);
  return weighted % 11 === 0 || mod9710(`NL${number}`) ? number : undefined;
};

const EU_MODULES: Record<string, (raw: string) => string | undefined> = { DE: de, FR: fr, NL: nl };

/** stdnum's `eu.vat`: the number's own prefix picks the member state's rule. */
function euVat(raw: string): string | undefined {
  const number = raw.toUpperCase().trim();
  const country = number.slice(0, 2) === "EL" ? "GR" : number.slice(0, 2);
  if (!EU.includes(country)) return undefined;
  const national = EU_MODULES[country];
  const value = national ? national(number) : loose(number.slice(2));
  return value === undefined ? undefined : value.startsWith(number.slice(0, 2)) ? value : `${number.slice(0, 2)}${value}`;
}

function gbVat(raw: string): string | undefined {
  const number = stripPrefix(clean(raw, " -."), "GB", "XI");
  if (number.length === 5) {
    if (!digits(number.slice(2))) return undefined;
    const n = Number(number.slice(2));
    return (number.startsWith("GD") && n < 500) || (number.startsWith("HA") && n >= 500) ? number : undefined;
  }
  if (number.length !== 9 && number.length !== 12) return undefined;
  if (!digits(number)) return undefined;
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 1];
  const checksum = weights.reduce((sum, weight, index) => sum + weight * Number(number[index]), 0) % 97;
  return (Number(number.slice(0, 3)) >= 100 ? [0, 42, 55] : [0]).includes(checksum) ? number : undefined;
}

/** The prefixes the IRS assigns (stdnum's `us/ein.dat`). */
const EIN_PREFIXES = new Set(
  "01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99".split(" "),
);
function usEin(raw: string): string | undefined {
  if (!/^[0-9]{2}-?[0-9]{7}$/.test(raw.trim())) return undefined;
  const number = raw.replace(/-/g, "").trim();
  return EIN_PREFIXES.has(number.slice(0, 2)) ? number : undefined;
}

/** A format whose checksum the mock does not carry: letters and digits, 5 to 20 of them. */
function loose(raw: string): string | undefined {
  const number = clean(raw, " -./,");
  return /^[0-9A-Z]{5,20}$/.test(number) && /[0-9]/.test(number) ? number : undefined;
}

const VALIDATORS: Record<string, (raw: string) => string | undefined> = { eu_vat: euVat, gb_vat: gbVat, us_ein: usEin };

/** `[value, format]` as Polar stores it, or undefined: Polar's `InvalidTaxID`. */
export function validateTaxId(number: string, country: string): [string, string] | undefined {
  for (const format of FORMATS[country] ?? []) {
    const value = (VALIDATORS[format] ?? loose)(number);
    if (value !== undefined) return [value, format];
  }
  return undefined;
}
