// Writes the `.js` extension on every relative import and export in src/ ("./x" -> "./x.js",
// "./dir" -> "./dir/index.js"), as Node's ESM resolution and TypeScript's node16/nodenext need:
// tsc copies the specifiers into the declarations a merchant's TypeScript reads, and there an
// extensionless one fails to resolve (TS2834) and turns the kit's types into `any`. Vite, Vitest
// and esbuild resolve "./x.js" to ./x.ts(x) in development as well. tsconfig.build.json
// (moduleResolution NodeNext) refuses a specifier this would change, so `npm run build` catches one.
// Idempotent; prints each file it changed.   usage: node scripts/add-js-extensions.mjs [dir...]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["src"];

// `from "./x"`, `import "./x"`, `import("./x")`, `require("./x")` and `import("./x")` in types.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])(\.{1,2}\/[^"']*|\.{1,2})\2/g;
const SOURCE = /\.(ts|tsx|mts|cts)$/;

function rewrite(specifier, file) {
  if (/\.(m?js|cjs|json|css|svg|png)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  for (const ext of [".ts", ".tsx", ".d.ts"]) if (existsSync(target + ext)) return `${specifier}.js`;
  for (const index of ["index.ts", "index.tsx"]) {
    if (existsSync(join(target, index))) return `${specifier.replace(/\/$/, "")}/index.js`;
  }
  throw new Error(`${file}: cannot resolve "${specifier}" to a module`);
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry) && !entry.endsWith(".d.ts")) yield path;
  }
}

for (const dir of dirs) {
  for (const file of sourceFiles(resolve(ROOT, dir))) {
    const code = readFileSync(file, "utf8");
    const next = code.replace(SPECIFIER, (match, lead, quote, specifier) => `${lead}${quote}${rewrite(specifier, file)}${quote}`);
    if (next !== code) {
      writeFileSync(file, next);
      console.log(`add-js-extensions: ${file.slice(ROOT.length)}`);
    }
  }
}
