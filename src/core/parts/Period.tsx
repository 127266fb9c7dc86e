import type { DateFormatter } from "../format/date.js";

export interface PeriodProps {
  start: string;
  end?: string | null | undefined;
  formatter: DateFormatter;
}

/**
 * A date or a period in the reader's locale, marked up with `<time dateTime>` so each end keeps
 * its machine-readable value even when the range shares words ("Mar 1 – 31, 2026").
 */
export function Period({ start, end, formatter }: PeriodProps) {
  if (!end) return <time dateTime={start}>{formatter.format(start)}</time>;
  const segments = formatter.rangeSegments(start, end);
  if (segments.every((segment) => segment.source === "shared")) {
    return <time dateTime={start}>{segments.map((segment) => segment.text).join("")}</time>;
  }
  return (
    <span className="pp-period">
      {segments.map((segment, index) =>
        segment.source === "shared" ? (
          segment.text
        ) : (
          <time key={index} dateTime={segment.source === "start" ? start : end}>
            {segment.text}
          </time>
        ),
      )}
    </span>
  );
}
