// Its own module: messages.ts imports every message table, so a table importing `plural` from
// there would make an import cycle. The message packs (src/locales) import only this module.

export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Picks the plural form for `count` in `locale` and fills `{count}`. */
export function plural(locale: string, count: number, forms: PluralForms, formatted = String(count)): string {
  const category = new Intl.PluralRules(locale).select(count) as keyof PluralForms;
  const form = (count === 0 && forms.zero) || forms[category] || forms.other;
  return form.replaceAll("{count}", formatted);
}

// A message's plural rules are those of its language (`lang`, the pack's), never the customer's
// locale: an English sentence shown to a French customer keeps "0 items". Only the number is
// written in the customer's locale. The forms stay on the function (`forms`), so the packs' tests
// can check that every plural category of the language has one.

/** A message for a count: `(count, locale) => text`, from the forms of language `lang`. */
export const pluralMessage = (lang: string, forms: PluralForms): ((count: number, locale: string) => string) =>
  Object.assign((count: number, locale: string) => plural(lang, count, forms, new Intl.NumberFormat(locale).format(count)), { forms });

/**
 * A message for a count of some unit (`(unit, count, locale) => text`), from forms per unit; a
 * unit without forms reads as its raw value.
 */
export const unitPluralMessage = (
  lang: string,
  forms: Readonly<Record<string, PluralForms>>,
): ((unit: string, count: number, locale: string) => string) =>
  Object.assign(
    (unit: string, count: number, locale: string) =>
      forms[unit] ? plural(lang, count, forms[unit], new Intl.NumberFormat(locale).format(count)) : unit,
    { forms },
  );
