// @vitest-environment node
// No module that renders (a feature's components, the core's parts and shell, the portal page) nor
// any module of a query folder (the core's and each feature's: keys, queries, hooks, the flows
// behind them) is over 250 lines: past that, a module hides private parts the next feature would
// copy (issue 18), and a reviewer no longer reads it whole. Each feature's folders are found by
// name, so a new feature is held without an edit here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const MAX_LINES = 250;

function folders(): string[] {
  const features = readdirSync(join(SRC, "features")).flatMap((feature) => [join("features", feature, "components"), join("features", feature, "query")]);
  return ["portal", join("core", "parts"), join("core", "shell"), join("core", "query"), ...features].filter((folder) => existsSync(join(SRC, folder)));
}

function modules(): string[] {
  return folders().flatMap((folder) =>
    (readdirSync(join(SRC, folder), { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file)).map((file) => join(folder, file)),
  );
}

const lineCount = (file: string) => readFileSync(join(SRC, file), "utf8").split("\n").length - 1;

describe("module size", () => {
  it(`keeps every component, part, page and query module within ${MAX_LINES} lines`, () => {
    const files = modules();
    // The walk finds the modules it holds (a moved folder must not empty it).
    expect(files).toEqual(
      expect.arrayContaining([
        join("features", "orders", "components", "OrderDetail", "OrderDetail.tsx"),
        join("portal", "CustomerPortal", "CustomerPortal.tsx"),
        join("core", "parts", "Pager.tsx"),
        join("core", "query", "optimistic.ts"),
        join("features", "orders", "query", "document-flow.ts"),
      ]),
    );
    const over = files.map((file) => ({ file, lines: lineCount(file) })).filter(({ lines }) => lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
