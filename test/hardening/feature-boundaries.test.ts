// @vitest-environment node
// Features meet only through each other's public face: a module of src/features/<a>/ imports
// from src/features/<b>/ only its index.ts (type-only imports included), so a feature can
// rearrange its insides without breaking another. What two features both need and neither owns
// (an address form, a key root) belongs in src/core/. The few exceptions are listed below, each
// with the reason the index cannot serve, and the list must stay true: an exception that is no
// longer used fails too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const FEATURES = join(SRC, "features");

// Static imports, re-exports and dynamic imports of relative specifiers.
const IMPORT = /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']*)["']/g;

/**
 * `importer -> imported` (relative to src/) allowed to reach past a feature's index, and why.
 * Billing and subscriptions need each other (billing refreshes subscriptions after a card change;
 * a subscription refused for want of a card offers billing's add-a-card dialog), so one of the two
 * directions cannot go through an index without an import cycle (test/hardening/import-cycles).
 */
const EXCEPTIONS: Record<string, string> = {
  // Subscriptions' index reaches RefusalNote, which loads billing's dialog: billing importing
  // that index would close the cycle. The keys module imports nothing of subscriptions.
  "features/billing/query/use-pay-order.ts -> features/subscriptions/query/keys.ts": "cycle",
  "features/billing/query/use-payment-methods.ts -> features/subscriptions/query/keys.ts": "cycle",
  // A dynamic import of billing's index would carry the whole billing feature into every
  // subscriptions page in bundlers that do not split (esbuild counts it: bench/size.ts).
  "features/subscriptions/components/RefusalNote.tsx -> features/billing/components/AddPaymentMethod/AddPaymentMethod.tsx": "bundle",
  // Billing's add-a-card dialog is loaded lazily (above), and through it these modules: a value
  // import of the orders' index there makes a bundler that does not split (esbuild) wrap every
  // orders module for lazy loading, which grows pages that never load billing (measured, gzip:
  // list +124 B, order +135 B, subscriptions +826 B, whole kit +756 B). Types come from the index.
  "features/billing/components/data.ts -> features/orders/query/keys.ts": "bundle",
  "features/billing/query/use-pay-order.ts -> features/orders/query/keys.ts": "bundle",
  "features/billing/query/use-payment-methods.ts -> features/orders/query/keys.ts": "bundle",
  "features/billing/query/use-failed-payments.ts -> features/orders/query/orders-query.ts": "bundle",
};

function resolveImport(from: string, specifier: string): string {
  const base = join(dirname(from), specifier.replace(/\.js$/, ""));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  const found = candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path));
  if (!found) throw new Error(`${relative(SRC, from)}: cannot resolve "${specifier}"`);
  return found;
}

const featureOf = (file: string) => (file.startsWith(FEATURES) ? relative(FEATURES, file).split(/[\\/]/)[0] : undefined);

/** Every import from one feature into another, as `importer -> imported` relative to src/. */
function crossFeatureImports(): string[] {
  const files = (readdirSync(FEATURES, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => join(FEATURES, file));
  const edges: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    for (const [, specifier] of code.matchAll(IMPORT)) {
      const target = resolveImport(file, specifier!);
      const to = featureOf(target);
      if (to && to !== featureOf(file)) edges.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
    }
  }
  return edges;
}

describe("features", () => {
  const edges = crossFeatureImports();
  const isIndex = (edge: string) => /-> features\/[^/]+\/index\.ts$/.test(edge);

  it("import each other only through index.ts", () => {
    // The scan really read the features' imports: billing and subscriptions use the orders'.
    expect(edges.filter(isIndex).length).toBeGreaterThan(3);
    expect(edges.filter((edge) => !isIndex(edge) && !(edge in EXCEPTIONS))).toEqual([]);
  });

  it("keep no exception that is no longer needed", () => {
    expect(Object.keys(EXCEPTIONS).filter((edge) => !edges.includes(edge))).toEqual([]);
  });
});
