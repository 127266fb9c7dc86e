// Entry of `npm run bench`: bundles the TypeScript bench for Node (no TS loader needed) into
// bench/.tmp/ and runs it. The request benches are files of their own so they load after the DOM globals.
import { build } from "esbuild";

const outdir = new URL("./.tmp/node/", import.meta.url);
await build({
  entryPoints: { main: "bench/main.ts", requests: "bench/requests.tsx", "requests-subscriptions": "bench/requests-subscriptions.tsx", "requests-billing": "bench/requests-billing.tsx" },
  absWorkingDir: new URL("..", import.meta.url).pathname,
  outdir: outdir.pathname,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  jsx: "automatic",
  packages: "external",
  logLevel: "warning",
});
await import(new URL("main.mjs", outdir).href);
