import { cached, withLocale } from "./cache.js";

export interface DateFormatOptions {
  /** IANA time zone; the browser's when left out. An unknown zone falls back to the browser's. */
  timeZone?: string | undefined;
  /** Defaults to `"medium"` ("Mar 14, 2026" in en-US). */
  dateStyle?: Intl.DateTimeFormatOptions["dateStyle"];
  timeStyle?: Intl.DateTimeFormatOptions["timeStyle"];
}

/** A stretch of a formatted range: `start` / `end` parts belong to one end of the period. */
export interface PeriodSegment {
  source: "start" | "end" | "shared";
  text: string;
}

export interface DateFormatter {
  /** The date of an ISO 8601 timestamp; a string that is not a date comes back unchanged. */
  format(iso: string): string;
  /**
   * A period as one range ("Mar 1 – 31, 2026"), sharing what both ends have in common, split by
   * which end each piece belongs to (for `<time>` elements).
   */
  rangeSegments(startIso: string, endIso: string): PeriodSegment[];
}

const dateFormatters = new Map<string, DateFormatter>();

function makeIntl(locale: string | undefined, options: DateFormatOptions): Intl.DateTimeFormat {
  const { timeZone, timeStyle, dateStyle = "medium" } = options;
  // An unknown time zone falls back to the runtime's as a malformed locale does (a RangeError).
  return withLocale(timeZone, (zone) =>
    withLocale(locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle, timeStyle, timeZone: zone })),
  );
}

/** A cached date formatter for `locale` and `options`. */
export function dateFormatter(locale?: string, options: DateFormatOptions = {}): DateFormatter {
  const key = [locale ?? "", options.timeZone ?? "", options.dateStyle ?? "", options.timeStyle ?? ""].join("|");
  return cached(dateFormatters, key, () => {
    const intl = makeIntl(locale, options);
    const format = (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : intl.format(date);
    };
    const rangeSegments = (startIso: string, endIso: string): PeriodSegment[] => {
      const start = new Date(startIso);
      const end = new Date(endIso);
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start) {
        // formatRange throws on an end before the start; show both ends as they are.
        return [
          { source: "start", text: format(startIso) },
          { source: "shared", text: " – " },
          { source: "end", text: format(endIso) },
        ];
      }
      const segments: PeriodSegment[] = [];
      for (const part of intl.formatRangeToParts(start, end)) {
        const source = part.source === "startRange" ? "start" : part.source === "endRange" ? "end" : "shared";
        const last = segments[segments.length - 1];
        if (last && last.source === source) last.text += part.value;
        else segments.push({ source, text: part.value });
      }
      return segments;
    };
    return { format, rangeSegments };
  });
}

/** Formats an ISO 8601 timestamp as a date: `formatDate("2026-03-14T09:26:53Z", "de-DE")` is `14.03.2026`. */
export function formatDate(iso: string, locale?: string, options?: DateFormatOptions): string {
  return dateFormatter(locale, options).format(iso);
}
