// @vitest-environment node
// data-theme="auto" follows the system: dark tokens when it is dark. The source writes the dark
// palette once and the build repeats it for "auto" (scripts/build-css.mjs); the browser tests run
// with a light system and never set "auto", so only this checks that copy.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { autoDarkPalettePlugin, buildCss } from "../scripts/build-css.mjs";

const STYLES = fileURLToPath(new URL("../src/core/styles.css", import.meta.url));

/** The declarations of the dark palette, for data-theme="dark" and for "auto" on a dark system. */
function palettes(css: string) {
  const dark = css.match(/:where\(\[data-theme="?dark"?\]\)\s*\{([^}]*)\}/)?.[1];
  const auto = css.match(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:where\(\[data-theme="?auto"?\]\)\s*\{([^}]*)\}\s*\}/)?.[1];
  const tokens = (block: string | undefined) => block?.split(";").map((declaration) => declaration.trim()).filter(Boolean);
  return { dark: tokens(dark), auto: tokens(auto) };
}

describe("the dark palette", () => {
  it('ships in dist/styles.css for data-theme="dark" and for "auto" on a dark system, token for token', () => {
    const { dark, auto } = palettes(buildCss());
    expect(dark).toContain("--pp-color-bg: #15171a");
    expect(dark?.length).toBeGreaterThanOrEqual(11);
    expect(auto).toEqual(dark);
  });

  it("reaches Storybook's copy of the stylesheet the same way, once however many configurations add the plugin", () => {
    const plugin = autoDarkPalettePlugin() as { transform: (code: string, id: string) => { code: string } | null };
    const id = `${STYLES}?direct`;
    const once = plugin.transform(readFileSync(STYLES, "utf8"), id)?.code ?? "";
    const { dark, auto } = palettes(once);
    expect(dark).toContain("--pp-color-bg: #15171a");
    expect(auto).toEqual(dark);
    expect(plugin.transform(once, id)).toBeNull();
    expect(plugin.transform(".pp-form { color: red }", "/repo/src/features/orders/styles/form.css")).toBeNull();
  });
});
