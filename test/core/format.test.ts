import { describe, expect, it } from "vitest";
import { dateFormatter, formatCountry, formatDate, formatMoney, formatState, moneyFormatter } from "../../src/core/format";
import { fixtures } from "../../src/testing/fixtures";
import { PRESENTMENT_CURRENCIES, ZERO_DECIMAL_CURRENCIES } from "../fixtures/polar-currencies";

const NBSP = "\u00a0";

describe("formatMoney", () => {
  it("formats USD minor units with two decimals per locale", () => {
    expect(formatMoney(10720, "usd", "en-US")).toBe("$107.20");
    expect(formatMoney(10720, "usd", "de-DE")).toBe(`107,20${NBSP}$`);
    expect(formatMoney(10720, "usd", "ja-JP")).toBe("$107.20");
  });

  it("formats EUR in en-US and de-DE", () => {
    expect(formatMoney(123450, "eur", "en-US")).toBe("€1,234.50");
    expect(formatMoney(123450, "eur", "de-DE")).toBe(`1.234,50${NBSP}€`);
  });

  it("formats JPY without fraction digits: the amount is already whole yen", () => {
    expect(formatMoney(1980, "jpy", "ja-JP")).toBe("￥1,980");
    expect(formatMoney(1980, "jpy", "en-US")).toBe("¥1,980");
    expect(formatMoney(1980, "jpy", "de-DE")).toBe(`1.980${NBSP}¥`);
  });

  it("counts HUF in hundredths, as Polar does, though Intl writes it without decimals", () => {
    expect(formatMoney(10720, "huf", "hu-HU")).toBe(`107,20${NBSP}Ft`);
    expect(formatMoney(10720, "huf", "de-DE")).toBe(`107,20${NBSP}HUF`);
    expect(formatMoney(10720, "huf", "en-US")).toBe(`HUF${NBSP}107.20`);
    expect(formatMoney(fixtures.huf.total_amount, fixtures.huf.currency, "hu-HU")).toBe(`5067,30${NBSP}Ft`);
    // A whole amount may drop the minor unit the currency is not written with; a non-zero one never.
    expect(formatMoney(10700, "huf", "hu-HU")).toBe(`107${NBSP}Ft`);
    expect(formatMoney(5, "huf", "en-US")).toBe(`HUF${NBSP}0.05`);
    expect(formatMoney(10720, "isk", "is-IS")).toBe(`107,20${NBSP}kr.`);
    expect(formatMoney(10720, "idr", "id-ID")).toBe(`Rp${NBSP}107,20`);
  });

  it("shows hundredths, not an invented third decimal, for a currency Intl writes with three", () => {
    expect(formatMoney(1234567, "bhd", "en-US")).toBe(`BHD${NBSP}12,345.67`);
    expect(formatMoney(1234500, "bhd", "en-US")).toBe(`BHD${NBSP}12,345.00`);
  });

  it("counts Polar's zero-decimal currencies in whole units in any locale", () => {
    expect(formatMoney(10720, "krw", "ko-KR")).toBe("₩10,720");
    expect(formatMoney(10720, "clp", "es-CL")).toBe("$10.720");
    // The symbol's own inner space differs between ICU versions.
    expect(formatMoney(-10720, "xof", "en-US")).toMatch(/^-F\sCFA\s10,720$/);
  });

  describe.each(PRESENTMENT_CURRENCIES)("Polar presentment currency %s", (currency) => {
    const zeroDecimal = ZERO_DECIMAL_CURRENCIES.includes(currency);
    const intl = new Intl.NumberFormat("en-US", { style: "currency", currency });
    const symbol = intl.formatToParts(1).find((part) => part.type === "currency")!.value;
    const intlDigits = intl.resolvedOptions().maximumFractionDigits;
    /** The number in an en-US rendering, and what is left once it is removed. */
    const parse = (text: string) => {
      const number = /\d[\d,]*(?:\.\d+)?/.exec(text.replace(symbol, ""))![0];
      return { number: number.replaceAll(",", ""), rest: text.replace(number, "") };
    };

    it(`reads 10720 minor units as ${zeroDecimal ? "10720 whole units" : "107.20"}, in its own symbol`, () => {
      const { number, rest } = parse(formatMoney(10720, currency, "en-US"));
      expect(number).toBe(zeroDecimal ? "10720" : "107.20");
      expect(rest).toContain(symbol);
      expect(formatMoney(-10720, currency, "en-US")).toBe(`-${formatMoney(10720, currency, "en-US")}`);
    });

    it("shows a whole amount with the currency's own digits", () => {
      const { number } = parse(formatMoney(zeroDecimal ? 107 : 10700, currency, "en-US"));
      expect(number).toBe(intlDigits === 0 || zeroDecimal ? "107" : "107.00");
    });
  });

  it("shows negative amounts (a balance the customer owes) as negative", () => {
    expect(formatMoney(-500, "usd", "en-US")).toBe("-$5.00");
    expect(formatMoney(-5, "usd", "en-US")).toBe("-$0.05");
    expect(formatMoney(-1980, "jpy", "ja-JP")).toBe("-￥1,980");
  });

  it("keeps every cent of amounts beyond float precision", () => {
    // Number.MAX_SAFE_INTEGER / 100 as a float would round the last cent to .90.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "usd", "en-US")).toBe("$90,071,992,547,409.91");
    expect(formatMoney(1, "usd", "en-US")).toBe("$0.01");
    expect(formatMoney(0, "eur", "de-DE")).toBe(`0,00${NBSP}€`);
  });

  it("falls back to a plain number and the code for a currency Intl refuses", () => {
    expect(() => formatMoney(1234, "us", "en-US")).not.toThrow();
    expect(formatMoney(1234, "us", "en-US")).toBe("12.34 US");
    expect(formatMoney(123456, "dollars", "de-DE")).toBe("1.234,56 DOLLARS");
  });

  it("does not throw on a malformed locale tag", () => {
    expect(formatMoney(10720, "usd", "en_US")).toMatch(/107[.,]20/);
  });

  it("builds one formatter per locale and currency", () => {
    expect(moneyFormatter("usd", "en-US")).toBe(moneyFormatter("USD", "en-US"));
    expect(moneyFormatter("usd", "en-US")).not.toBe(moneyFormatter("usd", "de-DE"));
  });
});

describe("formatDate and periods", () => {
  const iso = "2026-03-14T09:26:53Z";

  it("formats a date in the locale", () => {
    expect(formatDate(iso, "en-US", { timeZone: "UTC" })).toBe("Mar 14, 2026");
    expect(formatDate(iso, "de-DE", { timeZone: "UTC" })).toBe("14.03.2026");
    expect(formatDate(iso, "ja-JP", { timeZone: "UTC" })).toBe("2026/03/14");
  });

  it("applies the time zone: late evening in UTC is the next day in Tokyo", () => {
    const late = "2026-03-14T23:30:00Z";
    expect(formatDate(late, "en-US", { timeZone: "UTC" })).toBe("Mar 14, 2026");
    expect(formatDate(late, "en-US", { timeZone: "Asia/Tokyo" })).toBe("Mar 15, 2026");
  });

  it("falls back to the default zone for an unknown one instead of throwing", () => {
    expect(() => formatDate(iso, "en-US", { timeZone: "Mars/Olympus" })).not.toThrow();
    expect(formatDate(iso, "en-US", { timeZone: "Mars/Olympus" })).toMatch(/2026/);
  });

  it("returns a string that is not a date unchanged", () => {
    expect(formatDate("not a date", "en-US")).toBe("not a date");
  });

  /** A period's text as the reader sees it: its segments, one after another. */
  const range = (locale: string, start: string, end: string) =>
    dateFormatter(locale, { timeZone: "UTC" })
      .rangeSegments(start, end)
      .map((segment) => segment.text)
      .join("");

  it("formats a period as one range, as Intl's formatRange does", () => {
    const start = "2026-03-01T00:00:00Z";
    const end = "2026-03-31T00:00:00Z";
    for (const locale of ["en-US", "de-DE", "ja-JP"]) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
      expect(range(locale, start, end)).toBe(intl.formatRange(new Date(start), new Date(end)));
    }
    const segments = dateFormatter("en-US", { timeZone: "UTC" }).rangeSegments(start, end);
    expect(segments.find((segment) => segment.source === "start")?.text).toContain("1");
    expect(segments.find((segment) => segment.source === "end")?.text).toContain("31");
  });

  it("shows both ends of a period whose end comes before its start", () => {
    const text = range("en-US", "2026-04-01T00:00:00Z", "2026-03-01T00:00:00Z");
    expect(text).toBe("Apr 1, 2026 – Mar 1, 2026");
  });
});

describe("addresses", () => {
  it("names the country in the reader's language", () => {
    expect(formatCountry("US", "en-US")).toBe("United States");
    expect(formatCountry("US", "de-DE")).toBe("Vereinigte Staaten");
    expect(formatCountry("de", "ja-JP")).toBe("ドイツ");
  });

  it("falls back to the code for something that is not a region", () => {
    expect(formatCountry("not-a-country", "en-US")).toBe("not-a-country");
  });

  it("writes US and Canadian state codes as on an envelope, free text unchanged", () => {
    expect(formatState("US-CA", "US")).toBe("CA");
    expect(formatState("CA-QC", "CA")).toBe("QC");
    expect(formatState("Bavaria", "DE")).toBe("Bavaria");
  });
});
