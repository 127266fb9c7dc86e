import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pickMessages, type MessageKey, type MessageOverrides } from "../../src/core/i18n/messages";
import { defaultMessages } from "../../src/messages";
import { plural } from "../../src/core/i18n/plural";
import { subdivisionName } from "../../src/core/address/subdivisions";
import { CA_PROVINCES, US_STATES } from "../../src/core/address/countries";
import type { MessageData } from "../../src/core/i18n/format";
import { DATA, ENGLISH, INTERVALS, MESSAGE_KEYS, PACKS, PLURAL_MESSAGES, pluralForms, SAME_AS_ENGLISH, SAMPLES, texts, TRANSLATIONS } from "./packs";

// Polar's checkout languages, and the two right-to-left ones the kit adds.
const EXPECTED = ["en", "nl", "fr", "sv", "es", "de", "hu", "it", "pt", "pt-PT", "ko", "ja", "tr", "pl", "ar", "he"];

describe("message packs", () => {
  it("exist for Polar's checkout languages plus Arabic and Hebrew, each tagged with its file's BCP 47 tag", () => {
    expect(Object.keys(PACKS).sort()).toEqual([...EXPECTED].sort());
    for (const [tag, pack] of Object.entries(PACKS)) {
      expect(pack.locale).toBe(tag);
      expect(Intl.getCanonicalLocales(pack.locale)).toEqual([tag]);
    }
  });

  it("stay out of the kit: no module outside src/locales imports one, so a merchant without a pack ships none", () => {
    const src = join(__dirname, "../../src");
    const modules = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file) && !file.startsWith("locales"));
    expect(modules.length).toBeGreaterThan(20);
    for (const file of modules) {
      // Static imports and re-exports (from a line's start, not in a doc comment), and dynamic ones.
      const imports = [...readFileSync(join(src, file), "utf8").matchAll(/^(?:import|export)\b[^;"]*"([^"]+)"|\bimport\(\s*"([^"]+)"/gm)];
      expect(imports.map((match) => match[1] ?? match[2]).filter((specifier) => /(?:^|\/)locales\//.test(specifier!)), file).toEqual([]);
    }
  });

  it("every function message has sample values to be checked with", () => {
    const functions = MESSAGE_KEYS.filter((key) => typeof ENGLISH[key] === "function");
    expect(functions.filter((key) => !SAMPLES[key])).toEqual([]);
    expect(PLURAL_MESSAGES).toEqual([
      "recurringInterval",
      "itemsCaption",
      "formErrorCount",
      "listCaption",
      "listFound",
      "subscriptionSeatCount",
      "subscriptionsCaption",
      "subscriptionSeatsChangedDone",
      "seatsMinimum",
      "refusalBelowMinimumSeats",
      "refusalAboveMaximumSeats",
      "refusalSeatsAssigned",
    ]);
    // English has a form for each of Polar's intervals.
    for (const interval of INTERVALS) expect(defaultMessages.recurringInterval(interval, 2, "en")).not.toBe(interval);
  });

  it.each(Object.entries({ ...PACKS, en: ENGLISH }))("%s speaks as the merchant's own portal: no message names the vendor behind it", (_, pack) => {
    // "Polar is having trouble" inside a shop's portal tells the customer about a supplier; "we" is the shop.
    expect(MESSAGE_KEYS.flatMap((key) => texts(pack, key)).filter((text) => /polar/i.test(text))).toEqual([]);
  });

  describe.each(TRANSLATIONS)("%s", (tag, pack) => {
    it("has every message of the English pack and nothing else, as data: text, or a template, plural forms or a select for one that takes values", () => {
      // Names of states and provinces are optional: the English ones stand for the rest.
      const { locale: _, subdivisions: __, ...messages } = DATA[tag]!;
      expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        const kinds = typeof ENGLISH[key] === "string" ? ["string"] : ["string", "object"];
        expect([key, kinds]).toEqual([key, expect.arrayContaining([typeof messages[key]])]);
      }
    });

    it("names only US states and Canadian provinces Polar accepts, each differently from English", () => {
      for (const [code, name] of Object.entries(pack.subdivisions ?? {})) {
        expect([...US_STATES, ...CA_PROVINCES]).toContain(code);
        expect(name).not.toBe(subdivisionName(code));
      }
    });

    it("translates every message (apart from words its language spells as English)", () => {
      const allowed: readonly MessageKey[] = SAME_AS_ENGLISH[tag] ?? [];
      const untranslated = MESSAGE_KEYS.filter((key) => {
        const english = texts(ENGLISH, key);
        return texts(pack, key).some((text, index) => text === english[index]);
      });
      expect(untranslated.filter((key) => !allowed.includes(key))).toEqual([]);
      // Each allowance is still needed: a pack that changes its wording drops it.
      expect(allowed.filter((key) => !untranslated.includes(key))).toEqual([]);
    });

    it("fills in every value a message is given", () => {
      expect(pack.errorRateLimitedUntil("14:30")).toContain("14:30");
      expect(pack.formErrorPostalCodeInvalid({ country: "US", example: "94107" })).toContain("94107");
      expect(pack.formErrorPostalCodeInvalid({ country: "GB", example: "SW1A 1AA" })).toContain("SW1A 1AA");
      // Counts above two are always written as numbers, in the customer's locale.
      expect(pack.itemsCaption(1234, "de-DE")).toContain("1.234");
      expect(pack.recurringInterval("month", 25, "en-US")).toContain("25");
      // An interval Polar adds later reads as its raw value.
      expect(pack.recurringInterval("fortnight", 1, "en-US")).toBe("fortnight");
      // Every message has words: no empty label, no placeholder left.
      for (const key of MESSAGE_KEYS) for (const text of texts(pack, key)) expect(text).toMatch(/^(?!.*\{count\}).*\p{L}/su);
    });

    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;

    it.each(PLURAL_MESSAGES)(`has a form of %s for each plural category of its language (${categories.join(", ")})`, (key) => {
      const forms = pluralForms(DATA[tag]![key] as MessageData);
      expect(forms, `${key} is not plural forms (per unit)`).toBeDefined();
      expect(Object.keys(forms!).sort()).toEqual(key === "recurringInterval" ? [...INTERVALS].sort() : [""]);
      for (const [unit, unitForms] of Object.entries(forms!)) {
        const missing = categories.filter((category) => typeof unitForms[category] !== "string");
        expect(missing, `${key} ${unit}`).toEqual([]);
        expect(unitForms.other, `${key} ${unit}`).toContain("{count}");
      }
    });

    it.each(PLURAL_MESSAGES)("picks the form of %s by its own language's rules, whatever the customer's locale", (key) => {
      const rules = new Intl.PluralRules(tag);
      const counts = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1_000_000];
      for (const [unit, forms] of Object.entries(pluralForms(DATA[tag]![key] as MessageData)!)) {
        for (const count of counts) {
          // Formatted in en-US, so the expected number is plain: the rules are the pack's.
          const expected = plural(tag, count, forms, new Intl.NumberFormat("en-US").format(count));
          const call = pack[key] as (...args: unknown[]) => string;
          const text = unit ? call(unit, count, "en-US") : call(count, "en-US");
          expect([unit, count, rules.select(count), text]).toEqual([unit, count, rules.select(count), expected]);
        }
      }
    });
  });

  it("count by their language: Polish one/few/many, Arabic's six forms, Japanese alike for every number", () => {
    const { pl, ar, ja, pt, "pt-PT": ptPT } = PACKS;
    expect([1, 2, 5, 22].map((count) => pl!.itemsCaption(count, "pl"))).toEqual(["1 pozycja", "2 pozycje", "5 pozycji", "22 pozycje"]);
    expect([1, 2, 3, 5].map((count) => pl!.recurringInterval("year", count, "pl"))).toEqual(["Co roku", "Co 2 lata", "Co 3 lata", "Co 5 lat"]);
    expect([0, 1, 2, 3, 11, 100].map((count) => ar!.itemsCaption(count, "en"))).toEqual([
      "لا توجد عناصر",
      "عنصر واحد",
      "عنصران",
      "3 عناصر",
      "11 عنصرًا",
      "100 عنصر",
    ]);
    expect([1, 3].map((count) => ja!.itemsCaption(count, "ja"))).toEqual(["1件の項目", "3件の項目"]);
    // Brazil counts 0 as singular, Portugal as plural.
    expect([pt!.itemsCaption(0, "pt-BR"), ptPT!.itemsCaption(0, "pt-PT")]).toEqual(["0 item", "0 artigos"]);
  });
});

describe("pickMessages: the pack that fits a locale best", () => {
  const packs: MessageOverrides[] = [PACKS.de!, PACKS.pt!, PACKS["pt-PT"]!, PACKS.fr!];
  it.each([
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["de", "de"],
    ["pt-BR", "pt"],
    ["pt-PT", "pt-PT"],
    ["pt-PT-u-nu-latn", "pt-PT"],
    ["fr-CA", "fr"],
    ["pl-PL", undefined],
    ["en-US", undefined],
  ])("%s → %s", (locale, expected) => {
    expect(pickMessages(locale, packs)?.locale).toBe(expected);
  });

  it("takes the most specific tag whatever the order, and ignores untagged overrides", () => {
    expect(pickMessages("pt-PT", [PACKS["pt-PT"]!, PACKS.pt!])?.locale).toBe("pt-PT");
    expect(pickMessages("pt-BR", [PACKS["pt-PT"]!, PACKS.de!])).toBeUndefined();
    expect(pickMessages("de-DE", [{ retry: "Nochmal" }])).toBeUndefined();
  });
});
