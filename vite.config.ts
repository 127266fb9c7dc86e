import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  peerDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};
const external = [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];

export default defineConfig({
  plugins: [react()],
  build: {
    // The merchant's bundler minifies for production anyway. Unminified, the components keep their
    // own names in the merchant's development build (React DevTools, stack traces); minifying here
    // would shorten them to two letters (exported names would survive either way).
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: "src/index.ts", schema: "src/schema/index.ts", testing: "src/testing/index.ts", "testing/msw": "src/testing/msw.ts" },
      formats: ["es"],
    },
    rolldownOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith("react/"),
      output: {
        // Next.js App Router needs the marker on every client chunk, not only the entry.
        banner: (chunk) => (chunk.fileName.endsWith(".js") ? '"use client";' : ""),
        preserveModules: false,
      },
    },
  },
});
