// @vitest-environment node
// The library as `npm run build` makes it, imported the way a React Server Component imports it
// (Next.js App Router): React's server build (the `react-server` condition, without useState,
// createContext and the other client APIs), and every "use client" module replaced by client
// references that throw when the server calls them.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild, type Plugin as EsbuildPlugin } from "esbuild";
import { build as viteBuild } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Inside the repository, so that the build's bare imports resolve to its node_modules.
const WORK = join(ROOT, "node_modules", ".cache", "react-polar-portal-test", `rsc-${process.pid}`);
const DIST = join(WORK, "dist");

const USE_CLIENT = /^\s*["']use client["']/;

/** Every .js file of the build, relative to DIST. */
function outputModules(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith(".js")).sort();
}

const isClient = (file: string) => USE_CLIENT.test(readFileSync(join(DIST, file), "utf8"));

/** The names a module exports (`export { a, b as c }` and `export function|const|class x`). */
function exportNames(code: string): string[] {
  const names: string[] = [];
  for (const [, list] of code.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const part of list!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.push(name);
    }
  }
  for (const [, name] of code.matchAll(/\bexport\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/g)) names.push(name!);
  return names;
}

/** What a bundler for React Server Components puts in place of a "use client" module. */
const clientReferences: EsbuildPlugin = {
  name: "client-references",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const code = readFileSync(args.path, "utf8");
      if (!USE_CLIENT.test(code)) return undefined;
      const stubs = exportNames(code).map(
        (name) =>
          `export const ${name} = Object.assign(() => { throw new Error("Attempted to call ${name}() from the server"); }, ` +
          `{ $$typeof: Symbol.for("react.client.reference"), $$id: ${JSON.stringify(`${relative(ROOT, args.path)}#${name}`)} });`,
      );
      return { contents: stubs.join("\n"), loader: "js" };
    });
  },
};

/**
 * Bundles `source` for the server (react external, so that Node links it against React's server
 * build and refuses a missing client API as Next.js does) and runs it; returns what it prints.
 */
async function runOnServer(source: string): Promise<unknown> {
  const outfile = join(WORK, `server-${Math.random().toString(36).slice(2)}.mjs`);
  await esbuild({
    stdin: { contents: source, resolveDir: DIST, loader: "js" },
    bundle: true,
    platform: "node",
    format: "esm",
    conditions: ["react-server"],
    external: ["react", "react/*", "react-dom", "react-dom/*"],
    plugins: [clientReferences],
    outfile,
    logLevel: "silent",
  });
  const printed = execFileSync(process.execPath, ["--conditions=react-server", outfile], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return JSON.parse(printed);
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  await viteBuild({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir: DIST, emptyOutDir: true, sourcemap: false },
  });
}, 60_000);

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

describe('"use client" in the build', () => {
  it("marks the modules that use hooks, state or context", () => {
    for (const file of [
      "core/provider/PortalProvider.js",
      "core/provider/context.js",
      "features/orders/query/use-order.js",
      "features/orders/query/use-update-order-billing.js",
      "core/i18n/use-messages.js",
      "features/orders/components/OrderDetail/OrderDetail.js",
      "features/orders/components/OrderItemsTable/OrderItemsTable.js",
      "features/orders/components/BillingAddressForm/BillingAddressForm.js",
    ]) {
      expect.soft(isClient(file), file).toBe(true);
    }
  });

  it("leaves the entries, formatters, schemas, query keys and options and fixtures unmarked", () => {
    const server = outputModules().filter(
      (file) => /^(index|schema\/.*|core\/format\/.*|core\/address\/(schema|input-schema|form|normalize|countries)|testing\/.*|features\/orders\/(schema\/.*|query\/(keys|order-query|orders-query)|api\/list))\.js$/.test(file),
    );
    expect(server).toEqual(expect.arrayContaining(["index.js", "core/format/money.js", "features/orders/query/order-query.js", "features/orders/query/orders-query.js", "features/orders/api/list.js", "schema/index.js", "core/address/form.js", "testing/fixtures.js", "testing/index.js"]));
    for (const file of server) expect.soft(isClient(file), file).toBe(false);
  });

  it("is one module per source file, each with its directive at the very top", () => {
    const files = outputModules();
    expect(files).toContain("features/orders/components/OrderDetail/OrderDetail.js");
    for (const file of files) {
      const code = readFileSync(join(DIST, file), "utf8");
      // A directive anywhere but first is ignored by bundlers.
      if (code.includes('"use client"')) expect.soft(code.startsWith('"use client";\n'), file).toBe(true);
    }
  });
});

describe("in a React Server Component", () => {
  it("formats money and dates, builds query options, parses orders and reads the fixtures", async () => {
    const result = await runOnServer(`
      import { formatDate, formatMoney, orderKeys, orderQueryOptions, OrderDetail, useOrder, PortalProvider } from "./index.js";
      import { CustomerOrderSchema, parseOrder } from "./schema/index.js";
      import { fixtures, makeOrder } from "./testing/index.js";
      import { QueryClient } from "@tanstack/react-query";
      // A server component prefetching the order for the client components below it.
      const client = { baseUrl: "https://api.polar.sh", request: async ({ path }) => ({ status: 200, body: { ...fixtures.paid, id: decodeURIComponent(path.split("/").pop()) } }) };
      const options = orderQueryOptions(client, fixtures.paid.id);
      const queryClient = new QueryClient();
      console.log(JSON.stringify({
        money: formatMoney(4980, "jpy", "en-US"),
        date: formatDate("2026-03-14T09:26:53Z", "en-US"),
        queryKey: options.queryKey,
        sameKey: JSON.stringify(options.queryKey) === JSON.stringify(orderKeys.detail(client.baseUrl, fixtures.paid.id)),
        fetched: (await queryClient.fetchQuery(options)).id,
        fixture: fixtures.paid.id,
        made: makeOrder({ billing_name: "Ada" }).billing_name,
        parsed: parseOrder(fixtures.jpy).currency,
        schema: typeof CustomerOrderSchema.parse,
        // Components, hooks and the provider reach the server as references, to render or pass on.
        references: [OrderDetail, useOrder, PortalProvider].map((x) => x.$$typeof === Symbol.for("react.client.reference")),
      }));
    `);
    expect(result).toMatchObject({
      money: "¥4,980",
      fixture: "0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6",
      made: "Ada",
      parsed: "jpy",
      schema: "function",
      sameKey: true,
      references: [true, true, true],
    });
    expect((result as { date: string }).date).toMatch(/2026/);
    expect((result as { fetched: string }).fetched).toBe("0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6");
  }, 30_000);

  it("imports the testing kit's fixtures without msw", () => {
    // Follows an entry's imports through the build: msw (an optional peer) is not among the
    // fixtures entry's...
    const bareImports = (entry: string) => {
      const seen = new Set<string>();
      const bare = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const [, specifier] of readFileSync(file, "utf8").matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)) {
          if (!specifier) continue;
          if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
          else bare.add(specifier);
        }
      };
      visit(join(DIST, entry));
      expect(seen.size).toBeGreaterThan(1);
      return [...bare].filter((specifier) => /^msw(\/|$)/.test(specifier));
    };
    expect(bareImports("testing/index.js")).toEqual([]);
    // ...while the msw entry does import it (its mock core and resource modules answer with msw).
    expect(bareImports("testing/msw.js")).toContain("msw");
  });
});
