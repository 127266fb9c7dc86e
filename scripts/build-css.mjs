// Writes dist/styles.css: the one stylesheet merchants import (`react-polar-portal/styles.css`).
// Plain CSS, concatenated in a fixed order and minified (a merchant may link it as is, without a
// bundler); no CSS-in-JS runtime, no preprocessor. The commented source sits beside the code it
// styles: the core's base (src/core/styles.css), then each feature's styles/index.css (its own
// files, through relative `@import`s, inlined here as Vite inlines them in Storybook), then the
// portal page's.
// The benchmarks and the size budget measure the stylesheet through these same functions.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

// The repository; callers bundled elsewhere (the benchmarks) pass theirs.
const REPO = fileURLToPath(new URL("..", import.meta.url));

/** The stylesheets in shipping order: the base first, so that every feature's rules come after its reset. */
export function stylesheets(root = REPO) {
  const features = readdirSync(join(root, "src/features"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `src/features/${entry.name}/styles/index.css`)
    // A feature may have no styles (yet): its data layer alone shows nothing.
    .filter((file) => existsSync(join(root, file)))
    .sort();
  return ["src/core/styles.css", ...features, "src/portal/portal.css"];
}

const IMPORT = /^@import\s+"(\.[^"]+)";\s*$/gm;

/** A stylesheet with its relative `@import`s written in place. */
function inlined(file) {
  return readFileSync(file, "utf8").replace(IMPORT, (_, path) => inlined(join(dirname(file), path)));
}

/** The source stylesheets, concatenated in shipping order, comments and all. */
export function sourceCss(root = REPO) {
  return stylesheets(root).map((file) => inlined(`${root}/${file}`)).join("\n");
}

// The dark palette is written once, for data-theme="dark"; data-theme="auto" takes the same tokens
// when the system is dark. CSS cannot share one declaration block between a plain rule and a rule
// inside @media (light-dark() could, but needs 2024 browsers), so the build writes the copy.
const DARK_PALETTE = /:where\(\[data-theme="dark"\]\) \{[^}]*\}/g;

/** `css` with the dark palette repeated for data-theme="auto" under prefers-color-scheme: dark. */
export function withAutoDarkPalette(css) {
  const blocks = css.match(DARK_PALETTE) ?? [];
  if (blocks.length !== 1) throw new Error(`build-css: expected one dark palette block, found ${blocks.length}`);
  return css.replace(DARK_PALETTE, (block) => {
    const auto = block.replace('"dark"', '"auto"').replaceAll("\n", "\n  ");
    return `${block}\n\n@media (prefers-color-scheme: dark) {\n  ${auto}\n}`;
  });
}

/**
 * The same for Vite (Storybook and the browser tests import the source stylesheet). Idempotent,
 * as both Storybook's and Vitest's configurations may add it.
 */
export function autoDarkPalettePlugin() {
  return {
    name: "react-polar-portal:auto-dark-palette",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/core\/styles\.css(\?|$)/.test(id) || code.includes(':where([data-theme="auto"])')) return null;
      return { code: withAutoDarkPalette(code), map: null };
    },
  };
}

/** dist/styles.css as `npm run build` writes it. */
export function buildCss(root = REPO) {
  // Keep the syntax as written (nesting, container queries): browsers that run React 18+ have it.
  return transformSync(withAutoDarkPalette(sourceCss(root)), { loader: "css", minify: true, target: ["chrome111", "firefox113", "safari16.5"] }).code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL("../dist/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../dist/styles.css", import.meta.url), buildCss());
}
