// The one formatter that turns a translation's data into text, and the provider's compiling of a
// pack's data (or a merchant's) into functions of the English messages' values.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderDetail, useMessages } from "../../src";
import { compileMessage, formatMessage, message } from "../../src/core/i18n/format";
import { withMessages } from "../../src/core/i18n/messages";
import { defaultMessages } from "../../src/messages";
import { listMessages } from "../../src/features/orders/messages/list";
import ar from "../../src/locales/ar";
import de from "../../src/locales/de";
import { fixtures } from "../../src/testing";
import { renderInPortal, TestPortal } from "../support";

afterEach(cleanup);

const count = (data: Parameters<typeof compileMessage>[0], lang: string) => compileMessage<(count: number, locale: string) => string>(data, ["count", "locale"], lang);

describe("formatMessage", () => {
  it("fills every placeholder, in the order the template gives, and leaves an unknown one as written", () => {
    const range = compileMessage<(from: number, to: number, total: number, locale: string) => string>("{total} 件中 {from}–{to} 件 {nope}", ["from", "to", "total", "locale"], "ja");
    expect(range(11, 20, 250, "ja-JP")).toBe("250 件中 11–20 件 {nope}");
    expect(formatMessage("Polar is busy. We will try again at {time}.", ["time"], ["14:30"], "en")).toBe("Polar is busy. We will try again at 14:30.");
    // A value is put in once, never read as a template itself.
    expect(formatMessage("at {time}", ["time"], ["{time} {count}"], "en")).toBe("at {time} {count}");
  });

  it("picks the plural form by each CLDR category: Arabic's six, Polish one/few/many, Japanese one for all", () => {
    const arabic = count({ zero: "z {count}", one: "o {count}", two: "t {count}", few: "f {count}", many: "m {count}", other: "x {count}" }, "ar");
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => arabic(n, "en-US"))).toEqual(["z 0", "o 1", "t 2", "f 3", "f 10", "m 11", "m 99", "x 100", "x 102"]);
    const polish = count({ one: "{count} pozycja", few: "{count} pozycje", many: "{count} pozycji", other: "{count} pozycji (ułamek)" }, "pl");
    expect([1, 2, 5, 22, 1.5].map((n) => polish(n, "en-US"))).toEqual(["1 pozycja", "2 pozycje", "5 pozycji", "22 pozycje", "1.5 pozycji (ułamek)"]);
    const japanese = count({ other: "{count}件の項目" }, "ja");
    expect([0, 1, 2, 100].map((n) => japanese(n, "ja-JP"))).toEqual(["0件の項目", "1件の項目", "2件の項目", "100件の項目"]);
  });

  it("writes numbers in the customer's locale while the plural rules stay the message's language's", () => {
    const items = count({ one: "{count} item", other: "{count} items" }, "en");
    // French says "1,5 article" (one), English "1.5 items": an English sentence keeps English rules.
    expect(items(1.5, "fr-FR")).toBe("1,5 items");
    expect(items(1234, "de-DE")).toBe("1.234 items");
    expect(items(1, "ar-EG")).toBe("١ item");
    expect(message<(from: number, to: number, total: number, locale: string) => string>("from to total locale", "{from}–{to} of {total}")(1, 10, 12345, "hi-IN")).toBe("1–10 of 12,345");
  });

  it("selects by the first value, falls back to other, and reads a value with no form and no other as itself", () => {
    const postal = message<(country: string) => string>("country", { US: "ZIP code", CA: "Postal code (CA)", other: "Postal code" });
    expect(["US", "CA", "DE", "", "constructor", "__proto__"].map((country) => postal(country))).toEqual([
      "ZIP code",
      "Postal code (CA)",
      "Postal code",
      "Postal code",
      "Postal code",
      "Postal code",
    ]);
    const interval = compileMessage<(interval: string, count: number, locale: string) => string>(
      { day: { one: "Täglich", other: "Alle {count} Tage" }, month: { one: "Monatlich", other: "Alle {count} Monate" } },
      ["interval", "count", "locale"],
      "de",
    );
    expect([interval("day", 1, "de"), interval("month", 3, "de"), interval("fortnight", 2, "de"), interval("toString", 2, "de")]).toEqual([
      "Täglich",
      "Alle 3 Monate",
      "fortnight",
      "toString",
    ]);
  });

  it("takes a message's values as one record when it is given one", () => {
    expect(defaultMessages.formErrorPostalCodeInvalid({ country: "US", example: "94107" })).toBe("Enter a 5-digit ZIP code, such as 94107.");
    expect(defaultMessages.formErrorPostalCodeInvalid({ country: "GB", example: "SW1A 1AA" })).toBe("Enter a postal code in this country's format, such as SW1A 1AA.");
  });
});

describe("a pack's data, compiled where the provider merges it", () => {
  it("gives the English messages' signatures, in the pack's language, and one object per pack and table", () => {
    const german = withMessages(defaultMessages, de);
    expect(german.itemsCaption(1, "de-DE")).toBe("1 Position");
    expect(german.listRange(1, 10, 1234, "de-DE")).toBe("1–10 von 1.234");
    expect(german.recurringInterval("year", 2, "de-DE")).toBe("Alle 2 Jahre");
    expect(german.formState("CA")).toBe("Provinz oder Territorium");
    expect(withMessages(defaultMessages, de)).toBe(german);
    expect(withMessages(listMessages, de).listRange).toBe(withMessages(listMessages, de).listRange);
    expect(withMessages(defaultMessages, ar).itemsCaption(11, "en-US")).toBe("11 عنصرًا");
  });

  it("keeps the provider's messages the same object from render to render", () => {
    const seen: unknown[] = [];
    function Probe() {
      seen.push(useMessages());
      return null;
    }
    const { rerender } = render(
      <TestPortal locale="de-DE" messages={de}>
        <Probe />
      </TestPortal>,
    );
    rerender(
      <TestPortal locale="de-DE" messages={de}>
        <Probe />
      </TestPortal>,
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
  });

  it("takes a merchant's override as a function or as data, a template or plural forms", () => {
    const caption = () => screen.getByRole("table").querySelector("caption")!.textContent;
    const items = fixtures.paid.items.length;
    expect(items).toBe(1);
    renderInPortal(<OrderDetail order={fixtures.paid} />, {
      locale: "de-DE",
      messages: { ...de, itemsCaption: { one: "ein Artikel", other: "{count} Artikel insgesamt" } },
    });
    expect(caption()).toBe("ein Artikel");
    cleanup();
    renderInPortal(<OrderDetail order={fixtures.paid} />, { locale: "en-US", messages: { itemsCaption: (n: number) => `(${n})` } });
    expect(caption()).toBe("(1)");
    cleanup();
    renderInPortal(<OrderDetail order={fixtures.paid} />, { locale: "en-US", messages: { itemsCaption: "{count} lines" } });
    expect(caption()).toBe("1 lines");
  });

  it("reads a merchant's untagged data in the customer's language: French counts 0 as one", () => {
    let text = "";
    function Probe() {
      text = useMessages().itemsCaption(0, "fr-FR");
      return null;
    }
    render(
      <TestPortal locale="fr-FR" messages={{ itemsCaption: { one: "{count} article", other: "{count} articles" } }}>
        <Probe />
      </TestPortal>,
    );
    expect(text).toBe("0 article");
  });
});
