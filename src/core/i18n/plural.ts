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
