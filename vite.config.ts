import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { readdirSync, readFileSync } from "node:fs";
import { clientDirectivePlugin } from "./scripts/client-directive.mjs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};
// Each message pack is an entry of its own (`react-polar-portal/locales/de`): a merchant's bundle
// carries only the languages it imports.
const locales = Object.fromEntries(
  readdirSync(new URL("./src/locales", import.meta.url))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`]),
);
const external = [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];

export default defineConfig({
  plugins: [react(), clientDirectivePlugin()],
  build: {
    // The merchant's bundler minifies for production anyway. Unminified, the components keep their
    // own names in the merchant's development build (React DevTools, stack traces); minifying here
    // would shorten them to two letters (exported names would survive either way).
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: "src/index.ts",
        "schema/index": "src/schema/index.ts",
        "testing/index": "src/testing/index.ts",
        "testing/msw": "src/testing/msw.ts",
        // Imports the optional peer @polar-sh/checkout: only merchants who add cards import it.
        embed: "src/embed.ts",
        ...locales,
      },
      formats: ["es"],
    },
    rolldownOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith("react/"),
      output: {
        // One file per source module, beside its declaration file: "use client" can then mark the
        // modules that use hooks, state or context and only those, so that a React Server
        // Component can still call the formatters, the schemas, orderQueryOptions and the fixtures
        // (a server importing a "use client" module gets references, not functions or data).
        preserveModules: true,
        preserveModulesRoot: "src",
        entryFileNames: "[name].js",
      },
    },
  },
});
