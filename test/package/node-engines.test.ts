// @vitest-environment node
// "Node 20.19 or newer" (package.json's engines, the README) must stay true of the whole
// repository, not only of the published kit: every package the lockfile installs accepts Node
// 20.19, except the ones this list names, each imported for its types alone (which no Node runs).
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// npm's own range rules (the `semver` package the dev tools bring; it ships no types).
const semver = createRequire(import.meta.url)("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NODE = "20.19.0";
/** Packages whose `engines.node` asks for more, and why that does not touch Node 20. */
const TYPES_ONLY = ["@polar-sh/sdk"];

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

/** Every source file of the repository that a tool runs or compiles. */
function sources(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.(m?[jt]sx?)$/.test(file) && !file.includes("node_modules") && !file.includes("__screenshots__"))
    .map((file) => join(ROOT, dir, file));
}

describe("Node 20.19", () => {
  it("is what package.json's engines says", () => {
    expect(semver.minVersion(pkg.engines.node)?.version).toBe(NODE);
  });

  it("runs everything the lockfile installs, but packages used for their types alone", () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && !entry.optional && !Array.isArray(entry.engines) && entry.engines?.node)
      .filter(([, entry]) => !semver.satisfies(NODE, (entry.engines as { node: string }).node))
      .map(([path]) => path.replace(/^.*node_modules\//, ""));
    expect(refusing).toEqual(TYPES_ONLY);
  });

  it("never loads a types-only package at run time: every import of one is `import type`", () => {
    const files = [...sources("src"), ...sources("test"), ...sources("stories"), ...sources(".storybook"), ...sources("bench"), ...sources("scripts")];
    const loads: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, "utf8");
      for (const name of TYPES_ONLY) {
        const quoted = name.replace(/[/@.-]/g, "\\$&");
        const any = new RegExp(`(?:from|import|require)\\s*\\(?\\s*["']${quoted}(?:/[^"']*)?["']`, "g");
        const typed = new RegExp(`import\\s+type\\s[^;]*?from\\s*["']${quoted}(?:/[^"']*)?["']`, "g");
        if ((code.match(any)?.length ?? 0) > (code.match(typed)?.length ?? 0)) loads.push(file.slice(ROOT.length));
      }
    }
    expect(loads).toEqual([]);
  });
});
