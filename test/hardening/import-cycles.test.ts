// @vitest-environment node
// No module in src/ reaches itself through its imports, type-only imports included. A value cycle
// works only while nothing in it is read before both modules finish loading, so an innocent
// refactor (a constant built from an import) turns it into `undefined` at runtime, in some
// bundlers' order and not others; a type cycle ties together modules meant to depend one way.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

const IMPORT = /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']*)["']/g;

function resolveImport(from: string, specifier: string): string {
  const base = join(dirname(from), specifier.replace(/\.js$/, ""));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  const found = candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path));
  if (!found) throw new Error(`${relative(SRC, from)}: cannot resolve "${specifier}"`);
  return found;
}

/** Every module of src/ and the modules of src/ it imports (comments left out). */
function importGraph(): Map<string, string[]> {
  const files = (readdirSync(SRC, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => join(SRC, file));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    graph.set(file, [...code.matchAll(IMPORT)].map((match) => resolveImport(file, match[1]!)));
  }
  return graph;
}

/** A cycle through every tangle of modules (at least one), as the chain (relative to src/) that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at !== -1) {
      found.push([...path.slice(at), file].map((f) => relative(SRC, f)).join(" -> "));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe("src/ modules", () => {
  it("never import themselves through a chain of imports", () => {
    const graph = importGraph();
    // The scan really read the kit's imports (a broken pattern would find no cycle by finding nothing).
    expect([...graph.values()].flat().length).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });
});
