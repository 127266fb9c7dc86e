// Scripts written right to left, by the language subtag, for runtimes whose Intl.Locale has no
// text info (Firefox before 2024, Node before 21).
const RTL = new Set("ar arc ckb dv fa he iw ks ku mzn nqo pnb ps sd syr ug ur yi".split(" "));

type WithTextInfo = Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };

/** The direction `locale` is written in: `rtl` for Arabic, Hebrew, Persian, Urdu...; else `ltr`. */
export function directionOf(locale: string): "ltr" | "rtl" {
  try {
    const tag = new Intl.Locale(locale) as WithTextInfo;
    const direction = tag.getTextInfo?.().direction ?? tag.textInfo?.direction;
    if (direction === "rtl" || direction === "ltr") return direction;
    return RTL.has(tag.language) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}
