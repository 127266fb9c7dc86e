// @vitest-environment node
// No module that renders (a feature's components, the core's parts and shell, the portal page) is
// over 250 lines: past that, a component hides private parts the next feature would copy (issue
// 18), and a reviewer no longer reads it whole. Each feature's components are found by folder, so
// a new feature is held without an edit here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const MAX_LINES = 250;

function folders(): string[] {
  const features = readdirSync(join(SRC, "features")).map((feature) => join("features", feature, "components"));
  return ["portal", join("core", "parts"), join("core", "shell"), ...features].filter((folder) => existsSync(join(SRC, folder)));
}

function modules(): string[] {
  return folders().flatMap((folder) =>
    (readdirSync(join(SRC, folder), { recursive: true }) as string[]).filter((file) => /\.tsx?$/.test(file)).map((file) => join(folder, file)),
  );
}

const lineCount = (file: string) => readFileSync(join(SRC, file), "utf8").split("\n").length - 1;

describe("component module size", () => {
  it(`keeps every component, part and page module within ${MAX_LINES} lines`, () => {
    const files = modules();
    // The walk finds the components it holds (a moved folder must not empty it).
    expect(files).toEqual(expect.arrayContaining([join("features", "orders", "components", "OrderDetail", "OrderDetail.tsx"), join("portal", "CustomerPortal", "CustomerPortal.tsx"), join("core", "parts", "Pager.tsx")]));
    const over = files.map((file) => ({ file, lines: lineCount(file) })).filter(({ lines }) => lines > MAX_LINES);
    expect(over).toEqual([]);
  });
});
