// @vitest-environment node
// Polar's card embed (`@polar-sh/checkout`, an optional peer) as a merchant's bundler sees it
// (Vite 8, production, code split, peers external): a page that does not add cards carries none of
// it and builds without the package installed (a bundler fails the whole build on an import it
// cannot resolve, even a dynamic one never called); a page that adds cards fetches it in a chunk
// of its own, when the customer opens the embed, with no Stripe code (Stripe runs in Polar's page).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin, type Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { PEERS, ROOT } from "../../bench/size";

const POLAR = "@polar-sh/checkout";
// Strings of Polar's component and its shared chunk, which minifying keeps.
const POLAR_CODE = ["POLAR_PAYMENT_METHOD", "/embed/payment-method", "https://polar.sh,https://sandbox.polar.sh"];
const STRIPE_CODE = ["js.stripe.com", "@stripe/", "loadStripe"];

/** As if the optional peer were not installed: resolving it fails the build, as it does in a merchant's Vite. */
const notInstalled: Plugin = {
  name: "polar-checkout-not-installed",
  enforce: "pre",
  resolveId(id) {
    if (id === POLAR || id.startsWith(`${POLAR}/`)) this.error(`Could not resolve "${id}": not installed`);
    return null;
  },
};

interface Page {
  /** The entry chunk and every chunk it imports statically: what loads before the page shows. */
  first: string;
  /** Chunks reached only through a dynamic import(). */
  later: Rollup.OutputChunk[];
  /** What the first load's chunks import dynamically. */
  dynamicImports: string[];
  imports: string[];
}

async function buildPage(name: string, source: string, plugins: Plugin[] = []): Promise<Page> {
  const dir = join(ROOT, "bench/.tmp");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `embed-${name}.js`);
  writeFileSync(entry, source);
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const output = await build({
    configFile: false,
    root: ROOT,
    mode: "production",
    logLevel: "silent",
    plugins,
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: entry, external: (id) => [...PEERS, "react/jsx-runtime"].some((peer) => id === peer || id.startsWith(`${peer}/`)) },
    },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const chunks = (Array.isArray(output) ? output : [output as Rollup.RollupOutput])
    .flatMap((result) => result.output)
    .filter((file): file is Rollup.OutputChunk => file.type === "chunk");
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const first = new Set<string>();
  const visit = (fileName: string) => {
    if (first.has(fileName) || !byName.has(fileName)) return;
    first.add(fileName);
    for (const imported of byName.get(fileName)!.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return {
    first: chunks.filter((chunk) => first.has(chunk.fileName)).map((chunk) => chunk.code).join("\n"),
    later: chunks.filter((chunk) => !first.has(chunk.fileName)),
    dynamicImports: chunks.filter((chunk) => first.has(chunk.fileName)).flatMap((chunk) => chunk.dynamicImports),
    imports: [...new Set(chunks.flatMap((chunk) => chunk.imports.filter((file) => !byName.has(file))))].sort(),
  };
}

const everything = (code: Page) => [code.first, ...code.later.map((chunk) => chunk.code)].join("\n");

describe("Polar's card embed in a merchant's bundle", () => {
  it("a page with the whole kit and the card embed's adapter builds without @polar-sh/checkout and carries none of it", async () => {
    const page = await buildPage(
      "without",
      [
        'import * as kit from "../../src/index.ts";',
        'import { PaymentMethodEmbed, PaymentMethodEmbedProvider } from "../../src/features/billing/embed/index.ts";',
        "globalThis.__page = [kit, PaymentMethodEmbed, PaymentMethodEmbedProvider];",
      ].join("\n"),
      [notInstalled],
    );
    expect(page.first).toContain("pp-payment-method-embed"); // the adapter really was bundled
    for (const mark of POLAR_CODE) expect(everything(page)).not.toContain(mark);
  }, 60_000);

  it("a page that adds cards loads Polar's component in a lazy chunk of its own, and no Stripe", async () => {
    const page = await buildPage(
      "with",
      [
        'import { PaymentMethodEmbed, PaymentMethodEmbedProvider } from "../../src/features/billing/embed/index.ts";',
        'import { loadPolarPaymentMethod } from "../../src/embed.ts";',
        "globalThis.__page = [PaymentMethodEmbed, PaymentMethodEmbedProvider, loadPolarPaymentMethod];",
      ].join("\n"),
    );
    expect(page.first).toContain("pp-payment-method-embed");
    for (const mark of POLAR_CODE) expect(page.first).not.toContain(mark);
    const polar = page.later.filter((chunk) => POLAR_CODE.every((mark) => chunk.code.includes(mark)));
    expect(polar).toHaveLength(1);
    // ...reached through the page's dynamic import, not a static one.
    expect(page.dynamicImports).toEqual([polar[0]!.fileName]);
    for (const mark of STRIPE_CODE) expect(everything(page)).not.toContain(mark);
    // Only peers stay outside the bundle; Polar's component needs React alone.
    for (const specifier of page.imports) expect(specifier).toMatch(/^(react|react-dom|react\/jsx-runtime)$/);
  }, 60_000);

  it("the react-polar-portal/embed entry without the package installed fails the build, naming the package", async () => {
    await expect(buildPage("entry-missing", 'import { loadPolarPaymentMethod } from "../../src/embed.ts";\nglobalThis.__page = loadPolarPaymentMethod;\n', [notInstalled])).rejects.toThrow(
      "@polar-sh/checkout/react/payment-method",
    );
  }, 60_000);
});
