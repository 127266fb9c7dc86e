// `npm run bench`: size, request counts and browser figures, printed as tables and written to
// bench/results.json. Figures only: nothing here passes or fails on timing (the machine is shared
// and noisy); the size budgets are asserted in test/hardening/size-budget.test.ts.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { builtinEnvironments } from "vitest/runtime";
import { runBrowserBench, type BrowserReport } from "./browser";
import type { DocumentRun, RequestCount } from "./requests";
import type { BillingRequestCount } from "./requests-billing";
import type { SubscriptionRequestCount } from "./requests-subscriptions";
import { BILLING_PAGE, billingPageWithEmbedSource, BUDGETS, measureSizes, ROOT, SUBSCRIPTIONS_PAGE, type BundleSize, type SizeReport } from "./size";
import { firstLoadOf, firstLoadSize, measureWithVite, type FirstLoad } from "./size-vite";

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const log = (line: string) => process.stderr.write(`· ${line}\n`);

function table(title: string, head: string[], rows: (string | number)[][]) {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, col) => Math.max(...cells.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  ");
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

function printSizes(size: SizeReport, vite: BundleSize[]) {
  const row = (bundle: BundleSize, note = "") => [bundle.label, kB(bundle.minified), kB(bundle.gzip), note];
  table("Size — esbuild --bundle --minify --format=esm, peers external, gzip -9", ["bundle", "minified", "gzip", "note"], [
    row(size.kit, `budget ${kB(BUDGETS.kitGzip)}: ${size.kit.gzip <= BUDGETS.kitGzip ? "within" : "OVER"}`),
    ...size.components.map((bundle) => row(bundle, `${Math.round((100 * bundle.gzip) / size.kit.gzip)} % of the kit`)),
    ...size.withProvider.map((bundle) =>
      row(
        bundle,
        bundle.label.endsWith("OrderDetail")
          ? `order page budget ${kB(BUDGETS.orderPageGzip)}: ${bundle.gzip <= BUDGETS.orderPageGzip ? "within" : "OVER"}`
          : bundle.label.endsWith("OrdersTable")
            ? `list page budget ${kB(BUDGETS.listPageGzip)}: ${bundle.gzip <= BUDGETS.listPageGzip ? "within" : "OVER"}`
            : bundle.label.endsWith("CustomerPortal")
              ? `portal page budget ${kB(BUDGETS.portalPageGzip)}: ${bundle.gzip <= BUDGETS.portalPageGzip ? "within" : "OVER"}`
              : `${Math.round((100 * bundle.gzip) / size.kit.gzip)} % of the kit`,
      ),
    ),
    row(size.documents, `budget ${kB(BUDGETS.documentsGzip)}: ${size.documents.gzip <= BUDGETS.documentsGzip ? "within" : "OVER"}`),
    row(size.documentsOnPage, "info: the actions in OrderDetail's documents slot"),
    row(size.subscriptionsPage, `subscriptions page budget ${kB(BUDGETS.subscriptionsPageGzip)}: ${size.subscriptionsPage.gzip <= BUDGETS.subscriptionsPageGzip ? "within" : "OVER"}`),
    row(size.subscriptionsComponentsPage, "info: a subscriptions page of the kit's components"),
    row(size.billingPage, `billing page budget ${kB(BUDGETS.billingPageGzip)}: ${size.billingPage.gzip <= BUDGETS.billingPageGzip ? "within" : "OVER"}`),
    row(size.billingPageWithEmbed, `billing page with embed budget ${kB(BUDGETS.billingPageWithEmbedGzip)}: ${size.billingPageWithEmbed.gzip <= BUDGETS.billingPageWithEmbedGzip ? "within" : "OVER"}`),
    row(size.kitWithFormLibraries, "info: merchant without zod/RHF/resolvers"),
    row(size.kitWithAllButReact, "info: everything but React"),
    ...vite.map((bundle) => row(bundle, "info: Vite 8 (Rolldown) instead of esbuild")),
  ]);
  table("Message packs — each alone (react-polar-portal/locales/<tag>; English is in the kit)", ["pack", "minified", "gzip", "note"],
    size.packs.map((bundle) => row(bundle, `budget ${kB(BUDGETS.packGzip)}: ${bundle.gzip <= BUDGETS.packGzip ? "within" : "OVER"}`)),
  );
  const css = size.stylesheet;
  table("Stylesheet — " + css.files.join(" + "), ["form", "bytes", "gzip", "note"], [
    ["source (with comments)", kB(css.raw), kB(css.rawGzip), "info"],
    ["dist/styles.css (minified)", kB(css.minified), kB(css.minifiedGzip), `budget ${kB(BUDGETS.stylesheetGzip)}: ${css.minifiedGzip <= BUDGETS.stylesheetGzip ? "within" : "OVER"}`],
  ]);
}

function printFirstLoads(loads: FirstLoad[]) {
  table("First load — Vite 8 (Rolldown), code split as a merchant's app is: what a page loads before it shows", ["page", "minified", "gzip", "loaded when asked (gzip)", "note"], loads.map((load) => [
    load.label,
    kB(load.minified),
    kB(load.gzip),
    load.laterGzip ? kB(load.laterGzip) : "-",
    load.label.startsWith("order page")
      ? `budget ${kB(BUDGETS.orderPageFirstLoadGzip)}: ${load.gzip <= BUDGETS.orderPageFirstLoadGzip ? "within" : "OVER"}`
      : "info",
  ]));
}

function printRequests(counts: RequestCount[]) {
  table("Requests — msw + the testing kit's request log (jsdom)", ["scenario", "GET", "PATCH", "expected", ""], counts.map((count) => [
    count.scenario,
    count.get,
    count.patch,
    `${count.expected.get} GET, ${count.expected.patch} PATCH`,
    count.get === count.expected.get && count.patch === count.expected.patch ? "as expected" : "UNEXPECTED",
  ]));
}

function printSubscriptionRequests(counts: SubscriptionRequestCount[]) {
  printActionRequests("Subscriptions — requests per action through <SubscriptionsList> and <SubscriptionDetail> (msw + the testing kit's request log, jsdom)", counts);
}

function printBillingRequests(counts: BillingRequestCount[]) {
  printActionRequests("Billing — requests per action through <CustomerPortal sections={[billingSection()]}> (msw + the testing kit's request log, jsdom)", counts);
}

function printActionRequests(title: string, counts: SubscriptionRequestCount[]) {
  const methods = ["get", "patch", "post", "delete"] as const;
  const expected = (count: SubscriptionRequestCount) => methods.every((method) => count[method] === count.expected[method]);
  table(
    title,
    ["scenario", "GET", "PATCH", "POST", "DELETE", "expected", ""],
    counts.map((count) => [
      count.scenario,
      ...methods.map((method) => count[method]),
      methods.map((method) => `${count.expected[method]}`).join(" / "),
      expected(count) ? "as expected" : "UNEXPECTED",
    ]),
  );
  // What each action asked (what is read again after a change), so an off count says which request came or went.
  console.log("\nWhat each action asked (ids as {id}; /v1/customer-portal left out)");
  for (const count of counts) {
    console.log(`${expected(count) ? "  " : "! "}${count.scenario}: ${count.requests.map((request) => request.replace("/v1/customer-portal", "")).join(", ") || "nothing"}`);
  }
}

function printDocuments(runs: DocumentRun[]) {
  table("Invoice and receipt — requests (mock render time, 20 ms latency, real time)", ["scenario", "POST", "GET", "expected", "", "waited past readiness"], runs.map((run) => [
    run.scenario,
    run.post,
    run.get,
    `${run.expected} requests`,
    run.post + run.get === run.expected ? "as expected" : "UNEXPECTED",
    run.waitedPastReadyMs === null ? "-" : ms(run.waitedPastReadyMs),
  ]));
}

function printBrowser(report: BrowserReport) {
  const o = report.optimistic;
  table(`Optimistic update — Chromium ${report.chromium}, PATCH answered after ${o.patchLatencyMs} ms`, ["measure", "median", "runs"], [
    ["frame showing the new name in <OrderDetail> (1 = next frame)", o.medianFrame, o.frames.join(" ")],
    ["time from click to that frame", ms(o.medianMs), ""],
    ["frame when Polar's answer settled", o.medianConfirmFrame, ""],
    ["time from click to settled", ms(o.medianConfirmMs), ""],
  ]);
  table("Render cost — <OrderItemsTable> mount, median of 7 (commit = React render+commit; frame = to the next painted frame)", ["lines", "commit", "frame", "commit per line"], report.table.map((cost) => [
    cost.lines.toLocaleString("en-US"),
    ms(cost.commitMs),
    ms(cost.frameMs),
    `${((cost.commitMs / cost.lines) * 1000).toFixed(1)} µs`,
  ]));
  table("Growth per line (commit medians)", ["between", "ms per added line", "frame ms per added line"], report.perLine.map((step) => [
    `${step.from.toLocaleString("en-US")} → ${step.to.toLocaleString("en-US")}`,
    step.msPerLine.toFixed(4),
    step.frameMsPerLine.toFixed(4),
  ]));
  console.log(`growth ratio (commit cost per added line, 1,000→10,000 over 100→1,000): ${report.growthRatio.toFixed(2)}; to the painted frame: ${report.frameGrowthRatio.toFixed(2)} (≈1 is linear)`);
  const t = report.typing;
  table(`Re-renders while typing ${t.characters} characters into <BillingAddressForm> (React Profiler)`, ["component", "renders", "expected"], [
    ["<OrderDetail>", t.detail, 0],
    ["<OrderItemsTable>", t.table, 0],
    ["<BillingAddressForm> (for information)", t.form, "-"],
  ]);
  console.log(`typed value kept in the input: ${t.valueKept ? "yes" : "NO"}`);
}

async function runRequests(): Promise<{ counts: RequestCount[]; documents: DocumentRun[]; subscriptions: SubscriptionRequestCount[]; billing: BillingRequestCount[] }> {
  // React DOM and Testing Library read the DOM globals when they load: install them first, then
  // load the separately bundled request bench.
  const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: { url: "http://localhost:3000/" } });
  try {
    const module = (await import(new URL("./requests.mjs", import.meta.url).href)) as typeof import("./requests");
    const subscriptions = (await import(new URL("./requests-subscriptions.mjs", import.meta.url).href)) as typeof import("./requests-subscriptions");
    const billing = (await import(new URL("./requests-billing.mjs", import.meta.url).href)) as typeof import("./requests-billing");
    return {
      counts: await module.runRequestBench(),
      documents: await module.runDocumentBench(),
      subscriptions: await subscriptions.runSubscriptionRequestBench(),
      billing: await billing.runBillingRequestBench(),
    };
  } finally {
    // React's scheduler may still hold work from the last unmount: let it run while there is a DOM.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await env.teardown(globalThis);
  }
}

async function main() {
  const started = Date.now();
  log("size");
  const size = await measureSizes();
  const vite = await measureWithVite();
  printSizes(size, vite);
  const firstLoads = [
    await firstLoadSize("order page: PortalProvider + OrderDetail (the billing form when opened)", ["PortalProvider", "OrderDetail"]),
    await firstLoadSize("list page: PortalProvider + OrdersTable", ["PortalProvider", "OrdersTable"]),
    await firstLoadSize("whole portal page: PortalProvider + CustomerPortal", ["PortalProvider", "CustomerPortal"]),
    await firstLoadSize(`subscriptions page: ${SUBSCRIPTIONS_PAGE.join(" + ")}`, SUBSCRIPTIONS_PAGE),
    await firstLoadSize("portal page with subscriptions: PortalProvider + CustomerPortal + subscriptionsSection + ordersSection", [
      "PortalProvider",
      "CustomerPortal",
      "subscriptionsSection",
      "ordersSection",
    ]),
    await firstLoadSize(`billing page: ${BILLING_PAGE.join(" + ")}`, BILLING_PAGE),
    (await firstLoadOf("billing page with Polar's card embed (its component when a card is added)", "first-load-billing-embed.js", billingPageWithEmbedSource("../.."))).load,
  ];
  printFirstLoads(firstLoads);

  log("requests");
  const { counts: requests, documents, subscriptions: subscriptionRequests, billing: billingRequests } = await runRequests();
  printRequests(requests);
  printDocuments(documents);
  printSubscriptionRequests(subscriptionRequests);
  printBillingRequests(billingRequests);

  log("browser");
  const browser = await runBrowserBench(log);
  if ("skipped" in browser) console.log(`\nBrowser figures skipped: ${browser.skipped}`);
  else printBrowser(browser);

  const results = {
    generatedAt: new Date().toISOString(),
    environment: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown" },
    budgets: BUDGETS,
    size: { ...size, vite, firstLoads },
    requests,
    documents,
    subscriptionRequests,
    billingRequests,
    browser,
  };
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results.json (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

main().then(
  // React Query leaves its 5-minute garbage-collection timers behind; a CLI ends when its work is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
