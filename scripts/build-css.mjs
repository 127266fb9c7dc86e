// Writes dist/styles.css: the one stylesheet merchants import (`react-polar-portal/styles.css`).
// Plain CSS, concatenated in a fixed order and minified (a merchant may link it as is, without a
// bundler); no CSS-in-JS runtime, no preprocessor. The commented source is in src/styles/.
// The benchmarks and the size budget measure the stylesheet through these same functions.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

// The repository; callers bundled elsewhere (the benchmarks) pass theirs.
const REPO = fileURLToPath(new URL("..", import.meta.url));

export const STYLESHEETS = ["src/styles/styles.css", "src/styles/form.css"];

/** The source stylesheets, concatenated in shipping order, comments and all. */
export function sourceCss(root = REPO) {
  return STYLESHEETS.map((file) => readFileSync(`${root}/${file}`, "utf8")).join("\n");
}

/** dist/styles.css as `npm run build` writes it. */
export function buildCss(root = REPO) {
  // Keep the syntax as written (nesting, container queries): browsers that run React 18+ have it.
  return transformSync(sourceCss(root), { loader: "css", minify: true, target: ["chrome111", "firefox113", "safari16.5"] }).code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL("../dist/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../dist/styles.css", import.meta.url), buildCss());
}
