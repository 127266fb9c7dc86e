// Browser figures, in Debian's Chromium driven by the Playwright library (never its own browser
// download): optimistic update latency in frames, mount cost of the items table by size, and
// re-renders of the detail and table while a customer types into the billing form.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import { buildCss } from "../scripts/build-css.mjs";
import { ROOT } from "./size";


export const TABLE_SIZES = [10, 100, 1_000, 10_000] as const;
export const RUNS = { mount: 7, optimistic: 5 } as const;
export const TYPED_TEXT = "Ada King of Lovelace"; // 20 characters

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function pageHtml(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, "bench/page/main.tsx")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    // Production React with Profiler timings: what a merchant ships, plus the counts we need.
    alias: { "react-dom/client": "react-dom/profiling" },
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".css": "empty" },
    logLevel: "silent",
  });
  // A "</script" inside the bundle would end the inline script early.
  const js = result.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
  const css = buildCss(ROOT);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="root"></div><script>${js}</script></body></html>`;
}

export interface TableCost {
  lines: number;
  commitMs: number;
  frameMs: number;
}

export interface BrowserReport {
  chromium: string;
  optimistic: { frames: number[]; medianFrame: number; medianMs: number; medianConfirmFrame: number; medianConfirmMs: number; patchLatencyMs: number };
  table: TableCost[];
  /** ms per added line between consecutive sizes, from the commit and frame medians. */
  perLine: { from: number; to: number; msPerLine: number; frameMsPerLine: number }[];
  /**
   * Per-added-line commit cost from 1,000 to 10,000 lines over that from 100 to 1,000: linear
   * growth stays near 1. (10 → 100 is left out: its few milliseconds are mostly noise.)
   */
  growthRatio: number;
  /** The same ratio for the time to the next painted frame (style and layout included). */
  frameGrowthRatio: number;
  typing: { characters: number; detail: number; table: number; form: number; valueKept: boolean };
}

export async function runBrowserBench(log: (line: string) => void = () => {}): Promise<BrowserReport | { skipped: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)` };
  const html = await pageHtml();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.setContent(html, { waitUntil: "load" });
    if (errors.length) throw new Error(`bench page failed to start: ${errors.join("; ")}`);

    log("browser: optimistic update");
    const patchLatencyMs = 500;
    const optimisticRuns = [];
    for (let run = 0; run < RUNS.optimistic; run++) {
      optimisticRuns.push(await page.evaluate((latency) => window.__bench.optimistic(latency), patchLatencyMs));
    }

    log("browser: items table mount");
    // One warm-up mount so the first measured size does not pay for JIT compilation.
    await page.evaluate(() => window.__bench.mountItems(100));
    const table: TableCost[] = [];
    for (const lines of TABLE_SIZES) {
      const runs = [];
      for (let run = 0; run < RUNS.mount; run++) runs.push(await page.evaluate((n) => window.__bench.mountItems(n), lines));
      table.push({ lines, commitMs: median(runs.map((r) => r.commitMs)), frameMs: median(runs.map((r) => r.frameMs)) });
    }
    const perLine = table.slice(1).map((cost, index) => {
      const previous = table[index]!;
      const added = cost.lines - previous.lines;
      return {
        from: previous.lines,
        to: cost.lines,
        msPerLine: (cost.commitMs - previous.commitMs) / added,
        frameMsPerLine: (cost.frameMs - previous.frameMs) / added,
      };
    });
    const [middle, last] = perLine.slice(-2) as [(typeof perLine)[number], (typeof perLine)[number]];
    const growthRatio = last.msPerLine / middle.msPerLine;
    const frameGrowthRatio = last.frameMsPerLine / middle.frameMsPerLine;

    log("browser: typing");
    await page.evaluate(() => window.__bench.prepareTyping());
    // Real key events through the browser, one character at a time.
    await page.keyboard.type(TYPED_TEXT);
    const typed = await page.evaluate(() => window.__bench.typingRenders());
    if (errors.length) throw new Error(`bench page errors: ${errors.join("; ")}`);

    return {
      chromium: browser.version(),
      optimistic: {
        frames: optimisticRuns.map((r) => r.frame),
        medianFrame: median(optimisticRuns.map((r) => r.frame)),
        medianMs: median(optimisticRuns.map((r) => r.ms)),
        medianConfirmFrame: median(optimisticRuns.map((r) => r.confirmFrame)),
        medianConfirmMs: median(optimisticRuns.map((r) => r.confirmMs)),
        patchLatencyMs,
      },
      table,
      perLine,
      growthRatio,
      frameGrowthRatio,
      typing: { characters: TYPED_TEXT.length, detail: typed.detail, table: typed.table, form: typed.form, valueKept: typed.value === TYPED_TEXT },
    };
  } finally {
    await browser.close();
  }
}
