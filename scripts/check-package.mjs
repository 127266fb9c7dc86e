// The package as a merchant installs it: builds, packs the tarball `npm publish` would upload, and
// checks it with publint --strict, @arethetypeswrong/cli, and a merchant's project
// (test/consumers/) type-checked against it under each moduleResolution with skipLibCheck off.
// Any problem fails `npm test` (this runs first). Usage: node scripts/check-package.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CONSUMERS = join(ROOT, "test", "consumers");
const bin = (name) => join(ROOT, "node_modules", ".bin", name);
const started = Date.now();
const failures = [];

function run(label, command, args, options = {}) {
  try {
    const output = execFileSync(command, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
    return output;
  } catch (error) {
    failures.push(label);
    process.stderr.write(`\ncheck-package: ${label} failed\n${error.stdout ?? ""}${error.stderr ?? ""}\n`);
    return null;
  }
}

// The build the tarball is made of (vite, the stylesheet, the declarations).
if (run("npm run build", "npm", ["run", "build"]) === null) process.exit(1);

const packDir = mkdtempSync(join(tmpdir(), "react-polar-portal-pack-"));
try {
  // Built just above: --ignore-scripts skips prepack's second build, whose output would also
  // land in the JSON on stdout.
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", packDir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
  const tarball = join(packDir, packed.filename);
  const files = packed.files.map((file) => file.path);
  for (const required of ["LICENSE", "README.md", "package.json", "dist/index.js", "dist/index.d.ts", "dist/styles.css"]) {
    if (!files.includes(required)) {
      failures.push(`the tarball has no ${required}`);
      process.stderr.write(`check-package: the tarball has no ${required}\n`);
    }
  }

  run("publint --strict", bin("publint"), ["run", "--strict", tarball]);

  // ESM only, on purpose (Node 20.19+ and every bundler load it; the kit has no CommonJS build), so
  // `cjs-resolves-to-esm` is expected: a CommonJS project reaches the kit through import() or, from
  // Node 20.19 / 22.12, require(esm). styles.css is a stylesheet: there are no types to resolve.
  run("@arethetypeswrong/cli", bin("attw"), [tarball, "--profile", "strict", "--ignore-rules", "cjs-resolves-to-esm", "--exclude-entrypoints", "styles.css", "--format", "table-flipped", "--no-color"]);

  // A merchant's project with the tarball installed: its own node_modules holds the package, the
  // peers (react, zod, react-query, msw...) come from the repository's node_modules above it.
  const installed = join(CONSUMERS, "node_modules", "react-polar-portal");
  rmSync(join(CONSUMERS, "node_modules"), { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  for (const resolution of ["bundler", "node16", "nodenext"]) {
    run(`tsc, moduleResolution ${resolution}`, bin("tsc"), ["-p", join(CONSUMERS, `tsconfig.${resolution}.json`)]);
  }
  checkNode10();
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(join(CONSUMERS, "node_modules"), { recursive: true, force: true });
}

/**
 * TypeScript 7 has no `moduleResolution: "node10"`; projects that still use it are on TypeScript 6
 * or older. @arethetypeswrong/cli brings such a TypeScript: the main entry is checked with it.
 */
function checkNode10() {
  const require = createRequire(import.meta.resolve("@arethetypeswrong/core"));
  const ts = require("typescript");
  const program = ts.createProgram([join(CONSUMERS, "node10.ts")], {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    // As `tsc --init` wrote it in those versions; zod's CommonJS declarations need it.
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    failures.push(`tsc ${ts.version}, moduleResolution node10`);
    const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => ROOT, getNewLine: () => "\n" };
    process.stderr.write(`\ncheck-package: tsc ${ts.version}, moduleResolution node10 failed\n${ts.formatDiagnostics(diagnostics, host)}\n`);
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  process.stderr.write(`check-package: ${failures.length} problem(s): ${failures.join("; ")}\n`);
  process.exit(1);
}
console.log(`check-package: publint --strict, attw and the consumer project (bundler, node16, nodenext, node10) pass (${seconds} s)`);
