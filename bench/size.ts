// What the kit costs a merchant in bytes: its JavaScript as a merchant's bundler ships it
// (esbuild, minified ESM, peers external, gzip -9), and its stylesheet. Shared by `npm run bench`
// and the size-budget test, so both print and check the very same figures.
import { build } from "esbuild";
import { buildCss, sourceCss, stylesheets } from "../scripts/build-css.mjs";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The repository root, found from this file whether it runs from bench/ or a bundle in bench/.tmp/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "src", "index.ts"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("react-polar-portal: cannot find the repository root from bench/");
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot();
const ENTRY = "./src/index.ts";

/** The peers a merchant already has: never counted as the kit's bytes. */
export const PEERS = ["react", "react-dom", "@tanstack/react-query", "react-hook-form", "@hookform/resolvers", "zod", "msw"] as const;

/** The components a merchant may import one at a time; each must cost less than the whole kit. */
export const COMPONENTS = ["OrderItemsTable", "OrderDetail", "BillingAddressForm", "OrdersTable", "CustomerPortal"] as const;

/**
 * Budgets, in bytes of gzip (1 kB = 1000 B). The kit was 14.86 kB at 0.1; 0.2 added what a
 * customer needs to see the truth and what Polar really does (about 0.7 kB). 0.3 made it a whole
 * orders portal: the list (2.8 kB), the invoice and receipt (2.5 kB), <CustomerPortal> (0.4 kB),
 * addresses in each country's order and the design and accessibility review (0.5 kB), less two
 * trims (0.8 kB). Each part has a budget of its own, as merchants import them; message packs are
 * their own entries, paid for by the merchants who import them.
 *
 * 0.4 (issues 18 and 19), measured with esbuild, every page's code in one file:
 * - the core every feature shares (a shell for any source, optimistic ledgers for any resource in
 *   a store per QueryClient): +0.1 kB a page; the list page, no longer carrying the order's source
 *   and parser, 1.35 kB lighter;
 * - the session done once for every feature: about 0.65 kB on every page (a session reused until
 *   it expires, one getter call shared, a refused token re-minted once, errors that name their
 *   resource and the words for other resources' failures); 1.4 kB more in the whole kit (who is
 *   signed in, the merchant's portal settings), paid by a page only when it uses them;
 * - translations as data: one formatter in every page (0.2 kB), every pack 0.2 kB lighter;
 * - the list that never lies (a page past the end, no count from another search, keystrokes kept,
 *   announcements, row names by date, the client's hold after a 429): 0.8 kB on the list;
 * - invoices never stale and downloads that keep the page: about 0.85 kB with the documents;
 * - the design review (widths, the billing form one state at a time, calm errors): words and
 *   markup, a few hundred bytes on each page.
 * - the shared parts (issue 18: `Heading`, `Facts`/`Fact`, `StatusBadge`, `Pager`, `Search` in the
 *   core, each taking a merchant's attributes and ref on its root and marked with `data-slot`, so
 *   the next features show them rather than copy them): about 0.3 kB in the whole kit, 0.23 kB on
 *   the list, 0.16 kB on the order page, paid once for every feature to come; and no component
 *   module over 250 lines (OrderDetail and OrdersTable in a module per section and row): 0.1 to
 *   0.17 kB a page, none of it code but each new module's own imports of react/jsx-runtime, which
 *   esbuild keeps apart (a merchant's Rollup or Vite merges them: see the first load).
 * - <CustomerPortal> with sections (issue 20): the merchant's sections in its order, tabs or the
 *   router's links between them, the place (section and view) owned by the portal or the router,
 *   and billing sections hidden from a plain member, which needs who the session is (its query,
 *   endpoint and schema: about 0.45 kB, zod/mini's schemas of the session module kept whole as
 *   esbuild cannot tell they are pure): 1.75 kB on the portal page (the orders section alone),
 *   1.2 kB in the whole kit; its navigation's rules 0.1 kB of the stylesheet. Each further section
 *   is its own module, shipped only by a page that imports it.
 * What a page costs its customer on first load is measured apart (`firstLoadSize`, as Vite splits
 * code): the order page no longer loads the billing form, react-hook-form or zod until the customer
 * opens it, so it loads 13.5 kB, 2 kB less than at 0.3.
 * - The core knows no feature (issue 18): its words are the core's alone, each component lays its
 *   feature's table, and the save path (the form's words, the billing ledger, Polar's normalisation,
 *   the country and state codes) loads with the billing form. First loads: the order page 11.65 kB
 *   (1.87 kB less), the list 11.37 kB (0.54 kB less), the portal 19.26 kB (1.51 kB less); the
 *   invoice and receipt actions alone 2.18 kB lighter, OrderItemsTable alone 1.41 kB, the list page
 *   0.54 kB. Bundled in one file, the order page and the portal page grow 0.13 kB and the whole
 *   kit 0.19 kB: the seams of the split (the editor module the form loads with, the order's read
 *   apart from its ledger, each component's own table), which esbuild keeps as separate modules.
 * - Issue 19's design leftovers (the error notes' ways forward, the order header's total, the list's
 *   empty state and drawn sort arrows, the download message that goes, errors naming their field)
 *   put back part of that: first loads 11.95 kB (order page), the list page 13.08 kB, the invoice and
 *   receipt actions alone 9.62 kB (the error note's way back reads the order's words), the portal
 *   27.27 kB, the stylesheet 4.01 kB.
 */
export const BUDGETS = {
  /**
   * 22.45 kB at 0.3; 27.13 kB at 0.4, 27.62 kB with the shared parts, 27.70 kB with the save path
   * apart (its seams, and `useMessages` in a module of its own beside the root entry: see above).
   * With the subscriptions' data layer (issue 20: +6.7 kB, paid only by pages that use it): Polar's
   * shapes and their checks (2.8 kB minified), the previews' fallback from prices (2.7 kB), the
   * plan-change rules with Polar's words (1.9 kB), every refusal read (1.8 kB), the hooks; the
   * list hook the orders and subscriptions now share costs the orders list 30 B.
   * +1.2 kB with issue 19's design leftovers (35.68 kB). With the subscriptions' components (list,
   * detail, cancel and plan dialogs, seat stepper) and their English words in `defaultMessages`
   * (+10.8 kB, again paid only by pages that use them): 46.45 kB. With the portal's sections
   * (its frame, member gating and the subscriptions section): 48.31 kB; 48.61 kB with 0.3's portal props kept (0.14 kB) and the core's
   * ConfirmDialog serving the subscriptions' dialogs (0.15 kB: the kit did not export it before).
   * Billing (issue 21), again paid only by pages that use it: its data layer (Polar's customer and
   * payment-method shapes, every refusal read, the payment's wait with backoff, the hooks) +4.2 kB;
   * the saved cards, add-a-card and pay-now dialogs, the failed-payment banner, the billing details
   * form and their English words, with the frame of Polar's card embed (never the embed itself:
   * `react-polar-portal/embed`) +9.9 kB: 62.71 kB; with the portal's billing section (and the
   * notice it lends the subscriptions' list) 63.06 kB; 63.15 kB once the saved cards send the
   * keyboard to what a removal says in whichever render the dialog closes (e97c658).
   */
  kitGzip: 63_200,
  /**
   * PortalProvider + OrderDetail with its billing form, in one file: 15.55 kB at 0.3, 17.63 kB at
   * 0.4, 17.88 kB with the shared parts, 18.0 kB with the save path apart (0.13 kB of seams, for a
   * first load 1.87 kB lighter: see above).
   */
  orderPageGzip: 18_600,
  /**
   * PortalProvider + OrderDetail as a page loads it first (Vite, code split): 15.55 kB at 0.3 (the
   * form included), 13.51 kB at 0.4, the billing form's 4.4 kB loaded when it opens; 11.65 kB with
   * the save path and the form's words loaded with the form (6.37 kB when it opens).
   */
  orderPageFirstLoadGzip: 12_000,
  /** PortalProvider + OrdersTable: 11.69 kB at 0.3, 12.59 kB at 0.4, 12.93 kB with the shared parts, 12.33 kB without the form's words. */
  // 13.14 kB with issue 21: no billing code in the page (esbuild's metafile holds none); the client's
  // fresh token for the card embed (10 B) and esbuild's minified names, which shift with the root
  // entry's larger graph (about 30 B over identical sources of the page). 13.17 kB with the address
  // the core's (src/core/address/schema.ts, shared with billing's customer): the same schema, but a
  // module of its own, which esbuild wraps for the order page's lazy form (+33 B: its wrapper and
  // its own `import * as z`); no billing code.
  listPageGzip: 13_200,
  /**
   * The invoice and receipt actions alone (InvoiceButton, ReceiptButton, OrderDocuments, with the
   * shell, hooks and client they need, without the provider): 8.81 kB at 0.3, 10.62 kB at 0.4,
   * 8.52 kB without the order page's and the form's words and the billing ledger.
   */
  documentsGzip: 9_650,
  /**
   * A subscriptions page's data (PortalProvider + the subscription hooks: list, one, update,
   * charge and change previews, plan options), before its components: 13.13 kB, of which the
   * provider and the session are 8.5 kB every page pays.
   */
  subscriptionsPageGzip: 13_200,
  /**
   * PortalProvider + CustomerPortal, the whole path on one page: 21.52 kB at 0.3, 25.44 kB at 0.4,
   * 25.91 kB with the shared parts, 26.04 kB with the save path apart (0.13 kB of seams, for a
   * first load 1.51 kB lighter: see above), 27.27 kB with issue 19's leftovers, 29.17 kB with the
   * portal's sections (the orders section alone here: tabs or the router's links, the place owned
   * by the portal or the router, and who the session is, so a plain member never asks for orders),
   * 29.31 kB with 0.3's props kept working.
   * 29.38 kB with a section's notice handed to the others (the billing section's failed payment
   * shown over the subscriptions: 31 B, here unused).
   */
  portalPageGzip: 29_400,
  /**
   * PortalProvider + CustomerPortal with subscriptionsSection and ordersSection (issue 20): the
   * orders page above and the subscriptions' list, detail, dialogs and words, 45.09 kB; 47.35 kB
   * with issue 19's leftovers and 0.3's props kept. 51.62 kB with issue 21: a subscription refused for
   * want of a card offers "Add a card", whose dialog (4.2 kB) esbuild counts here though the page
   * loads it only when that refusal shows (a lazy import: see the first loads). 51.65 kB with the
   * address form the core's (its schema and words two modules of their own, +30 B); 51.71 kB with
   * the subscriptions' list showing another section's notice (the billing section's failed payment)
   * and the country list's hydration note (+54 B).
   */
  portalWithSubscriptionsPageGzip: 51_750,
  /**
   * A billing page (PortalProvider + CustomerPortal + billingSection, issue 21), in one file:
   * 44.04 kB: the portal's frame and session (8.5 kB every page pays), the failed payment's banner
   * and "Pay now" (the payment followed through 3-D Secure and polling, every refusal in words),
   * the saved cards with their dialogs, "Add a card" framing the embed, the billing details (the
   * orders' address fields and country rules, react-hook-form) and their words. Code split (Vite),
   * the first load is 38.26 kB; 3.01 kB more when the customer opens what loads lazily. 44.11 kB
   * with the saved cards' focus after a removal (e97c658), 44.15 kB with the address form the core's.
   */
  billingPageGzip: 44_200,
  /**
   * The same page with Polar's card embed (`<PaymentMethodEmbedProvider
   * load={loadPolarPaymentMethod}>`, `@polar-sh/checkout` 0.4.1 installed), in one file: 46.62 kB,
   * Polar's component included (2.4 kB; no Stripe code: Stripe runs in Polar's page). Code split,
   * the first load grows 0.2 kB (the provider and the loader) and Polar's component is a chunk of
   * its own, fetched when a customer adds a card. 46.71 kB with the saved cards' focus after a
   * removal (e97c658).
   */
  billingPageWithEmbedGzip: 46_750,
  /** dist/styles.css as shipped (minified): 3.35 kB at 0.3, 3.74 kB at 0.4 (every width, the list's rows), 4.01 kB with issue 19's leftovers, 5.37 kB with the subscriptions' list, page, dialogs and seat stepper, 5.56 kB with the portal's navigation between sections, 6.40 kB with billing's cards, dialogs, banner and details form, 6.45 kB with the billing section's headings and the portal's column held to its width. */
  stylesheetGzip: 6_450,
  /** Each pack (8.86 kB, Arabic, with billing's 70 messages; 7.15 kB, Arabic, with the subscriptions' and the portal's words; 7.05 kB with the subscriptions' 160 messages in every language); Arabic, with its six plural forms in every counted message, is the largest (3.25 kB at 0.3, 3.03 kB as data); 8.91 kB with the billing section's four. */
  packGzip: 8_950,
} as const;

/** A billing page: the portal with the billing section alone (a failed payment, the saved cards, the billing details). */
export const BILLING_PAGE = ["PortalProvider", "CustomerPortal", "billingSection"] as const;

/**
 * The billing page as a merchant who lets customers add cards writes it: the section inside
 * `<PaymentMethodEmbedProvider load={loadPolarPaymentMethod}>`, the loader from its own entry
 * (`react-polar-portal/embed`), `@polar-sh/checkout` installed. `from` is where the repository's
 * root is, seen from the entry file.
 */
export function billingPageWithEmbedSource(from = "."): string {
  return [
    `import { ${[...BILLING_PAGE, "PaymentMethodEmbedProvider"].join(", ")} } from "${from}/src/index.ts";`,
    `import { loadPolarPaymentMethod } from "${from}/src/embed.ts";`,
    `globalThis.__page = [${[...BILLING_PAGE, "PaymentMethodEmbedProvider", "loadPolarPaymentMethod"].join(", ")}];`,
    "",
  ].join("\n");
}

/** What a subscriptions page uses of the data layer (its components come on top). */
export const SUBSCRIPTION_HOOKS = [
  "useSubscriptions",
  "useSubscription",
  "useUpdateSubscription",
  "useSubscriptionChargePreview",
  "useSubscriptionChangePreview",
  "usePlanOptions",
] as const;

/** A subscriptions page built from the kit's components: the list, and the subscription opened from it. */
export const SUBSCRIPTIONS_PAGE = ["PortalProvider", "SubscriptionsList", "SubscriptionDetail"] as const;

/** The invoice and receipt actions, which a merchant imports on top of a page of their own or OrderDetail. */
export const DOCUMENTS = ["InvoiceButton", "ReceiptButton", "OrderDocuments"] as const;

export interface BundleSize {
  label: string;
  minified: number;
  gzip: number;
  /** Bare module specifiers the bundle still imports (its externals actually used). */
  imports: string[];
}

export const gzipSize = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

function externalsFor(bundled: readonly string[]): string[] {
  const kept = PEERS.filter((peer) => !bundled.includes(peer));
  // Subpaths (react/jsx-runtime, zod/mini, react-dom/client) are external with their package.
  return kept.flatMap((peer) => [peer, `${peer}/*`]);
}

async function bundle(source: string, bundled: readonly string[]) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "ts", sourcefile: "merchant-entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: "out",
    write: false,
    metafile: true,
    external: externalsFor(bundled),
    // Components may import their stylesheet; it is counted separately, as the merchant imports styles.css.
    loader: { ".css": "empty" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const js = result.outputFiles.find((file) => file.path.endsWith(".js"));
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js"))?.[1];
  return { js, output };
}

/** Bundles `source` (an entry module, resolved from the repository root) and measures it. */
export async function bundleSize(label: string, source: string, bundled: readonly string[] = []): Promise<BundleSize> {
  const { js, output } = await bundle(source, bundled);
  if (!js) throw new Error(`no JavaScript output for ${label}`);
  const imports = [...new Set((output?.imports ?? []).filter((imp) => imp.external).map((imp) => imp.path))].sort();
  return { label, minified: js.contents.byteLength, gzip: gzipSize(js.contents), imports };
}

/** The minified JavaScript of `source`, to check what a bundle carries. */
export async function bundleText(source: string): Promise<string> {
  return (await bundle(source, [])).js?.text ?? "";
}

/** The names `src/index.ts` exports today (components land one by one). */
export async function publicExports(): Promise<string[]> {
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    format: "esm",
    write: false,
    outdir: "out",
    metafile: true,
    external: externalsFor([]),
    loader: { ".css": "empty" },
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs).find((out) => out.entryPoint);
  return output?.exports ?? [];
}

/** Everything the kit exports, kept alive as a merchant's app using all of it would. */
export function wholeKitSource(): string {
  return `import * as kit from "${ENTRY}";\nglobalThis.__kit = kit;\n`;
}

export function onlySource(names: readonly string[]): string {
  return `export { ${names.join(", ")} } from "${ENTRY}";\n`;
}

export interface StylesheetSize {
  files: string[];
  raw: number;
  rawGzip: number;
  minified: number;
  minifiedGzip: number;
}

/** The stylesheet as `npm run build` ships it (scripts/build-css.mjs), raw and minified. */
export async function stylesheetSize(): Promise<StylesheetSize> {
  const css = sourceCss(ROOT);
  const min = buildCss(ROOT);
  return {
    files: stylesheets(ROOT),
    raw: Buffer.byteLength(css),
    rawGzip: gzipSize(css),
    minified: Buffer.byteLength(min),
    minifiedGzip: gzipSize(min),
  };
}

/** The message packs, by tag (`de`, `pt-PT`...): each is its own entry, `react-polar-portal/locales/<tag>`. */
export const LOCALES: readonly string[] = readdirSync(join(ROOT, "src", "locales"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -3))
  .sort();

/** A merchant's entry importing one message pack, kept alive. */
export function packSource(tag: string): string {
  return `import pack from "./src/locales/${tag}.ts";\nglobalThis.__pack = pack;\n`;
}

/**
 * What a pack costs on its own (the pack and the small plural helper it shares with the kit).
 * English is the kit's own messages, which every merchant already ships: not counted as a pack.
 */
export async function packSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const tag of LOCALES.filter((tag) => tag !== "en")) sizes.push(await bundleSize(`locales/${tag}`, packSource(tag)));
  return sizes;
}

export interface SizeReport {
  kit: BundleSize;
  components: BundleSize[];
  withProvider: BundleSize[];
  /** For information: what a merchant without the form's libraries pays. */
  kitWithFormLibraries: BundleSize;
  /** For information: everything but React itself. */
  kitWithAllButReact: BundleSize;
  stylesheet: StylesheetSize;
  /** Each message pack alone (English is in the kit). */
  packs: BundleSize[];
  /** The invoice and receipt actions alone, and on the order page (PortalProvider + OrderDetail + OrderDocuments). */
  documents: BundleSize;
  documentsOnPage: BundleSize;
  /** PortalProvider + the subscription hooks. */
  subscriptionsPage: BundleSize;
  /** PortalProvider + CustomerPortal + billingSection, without Polar's card embed. */
  billingPage: BundleSize;
  /** The same with the embed's provider and loader, Polar's component bundled in (esbuild inlines the dynamic import). */
  billingPageWithEmbed: BundleSize;
  /** For information: PortalProvider + SubscriptionsList + SubscriptionDetail (its dialogs, stepper and invoices included). */
  subscriptionsComponentsPage: BundleSize;
  exports: string[];
}

export async function measureSizes(): Promise<SizeReport> {
  const exports = await publicExports();
  const present = COMPONENTS.filter((name) => exports.includes(name));
  const kit = await bundleSize("whole kit (import * as kit)", wholeKitSource());
  const components: BundleSize[] = [];
  const withProvider: BundleSize[] = [];
  for (const name of present) {
    components.push(await bundleSize(`${name} alone`, onlySource([name])));
    withProvider.push(await bundleSize(`PortalProvider + ${name}`, onlySource(["PortalProvider", name])));
  }
  const formLibraries = ["zod", "react-hook-form", "@hookform/resolvers"];
  return {
    exports,
    kit,
    components,
    withProvider,
    kitWithFormLibraries: await bundleSize("whole kit + zod/mini + react-hook-form + resolvers", wholeKitSource(), formLibraries),
    kitWithAllButReact: await bundleSize(
      "whole kit + those + @tanstack/react-query",
      wholeKitSource(),
      [...formLibraries, "@tanstack/react-query"],
    ),
    stylesheet: await stylesheetSize(),
    packs: await packSizes(),
    documents: await bundleSize("invoice and receipt actions alone", onlySource(DOCUMENTS)),
    documentsOnPage: await bundleSize("PortalProvider + OrderDetail + OrderDocuments", onlySource(["PortalProvider", "OrderDetail", "OrderDocuments"])),
    subscriptionsPage: await bundleSize("PortalProvider + subscription hooks", onlySource(["PortalProvider", ...SUBSCRIPTION_HOOKS])),
    subscriptionsComponentsPage: await bundleSize(SUBSCRIPTIONS_PAGE.join(" + "), onlySource(SUBSCRIPTIONS_PAGE)),
    billingPage: await bundleSize(`billing page: ${BILLING_PAGE.join(" + ")}`, onlySource(BILLING_PAGE)),
    billingPageWithEmbed: await bundleSize("billing page with Polar's card embed (its provider, loader and component)", billingPageWithEmbedSource()),
  };
}
