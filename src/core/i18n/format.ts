// Messages as data (React Spectrum's way: each feature's words per language, no code in them),
// turned into text by this one formatter. A message is
// - a template: "{from}–{to} of {total}", each `{name}` filled with that value; numbers are
//   written with Intl.NumberFormat in the customer's locale (the `locale` value);
// - plural forms: { one: "{count} item", other: "{count} items" }, picked by `count` with the
//   plural rules of the message's language (an English sentence keeps English rules whatever the
//   customer's locale): CLDR's categories, so `zero` is for the languages that have it (Arabic);
// - a select: { US: "ZIP code", other: "Postal code" }, picked by the message's first value (the
//   country, the interval), `other` for any value it does not list, else the value itself.
// A level of forms is a select where it names the value, plural forms otherwise.
// Forms nest: a select of plural forms (an interval and its count).
// This module imports nothing: it ships in every page.

export type MessageData = string | { readonly [key: string]: MessageData };

/** A message compiled from data: a function of its values, which records their names. */
export type Compiled<F> = F & { readonly args: readonly string[] };

/**
 * `data` as text for `values` (`args` names them: a record, or the arguments in that order), in
 * language `lang`. At each level of forms: the one named by the first value (a select), else the
 * plural form of `count` by the language's rules, else `other`; with none, the first value itself
 * (an interval Polar adds later reads as itself).
 */
export function formatMessage(data: MessageData, args: readonly string[], given: readonly unknown[], lang: string): string {
  const values = (typeof given[0] == "object" ? given[0] : Object.fromEntries(args.map((name, index) => [name, given[index]]))) as Record<string, unknown>;
  const key = `${values[args[0]!]}`;
  while (typeof data != "string") {
    data = (Object.hasOwn(data, key) ? data[key] : (data[new Intl.PluralRules(lang).select(values.count as number)] ?? data.other))!;
    if (data == null) return key;
  }
  // A number's toLocaleString is Intl.NumberFormat's format in that locale; a text's is itself.
  return data.replace(/\{(\w+)\}/g, (text, name: string) => (values[name] as number | string | undefined)?.toLocaleString((values.locale as string | undefined) ?? lang) ?? text);
}

/**
 * `data` as a function of values named `args`, in language `lang`: what the provider makes of a
 * pack's data message, with its English one's names.
 */
export const compileMessage = <F>(data: MessageData, args: readonly string[], lang: string): Compiled<F> =>
  Object.assign((...given: unknown[]) => formatMessage(data, args, given, lang), { args }) as Compiled<F>;

/**
 * An English message that takes values, from its data: `args` names the values in the order the
 * function takes them ("from to total locale"; a record's fields for a message given one record).
 */
export const message = /* @__NO_SIDE_EFFECTS__ */ <F extends (...args: never[]) => string>(args: string, english: MessageData): F =>
  compileMessage<F>(english, args.split(" "), "en");
