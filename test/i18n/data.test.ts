// Translations are data: each part's words per language (src/features/<feature>/messages/<tag>.ts,
// src/core/i18n/messages/<tag>.ts, src/core/address/messages/<tag>.ts, src/portal/messages/<tag>.ts) are plain objects of strings,
// with no code a translator could break and nothing a pack would drag in; each pack
// (src/locales/<tag>.ts) only spreads them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA } from "./packs";

const src = join(__dirname, "../../src");
const TAGS = Object.keys(DATA).filter((tag) => tag !== "en");
// A feature may have no words (yet): its data layer alone shows nothing.
const dirs = [
  join(src, "core/i18n/messages"),
  join(src, "core/address/messages"),
  ...readdirSync(join(src, "features"))
    .map((feature) => join(src, "features", feature, "messages"))
    .filter((dir) => existsSync(dir)),
  join(src, "portal/messages"),
];
const FILES = dirs.flatMap((dir) => readdirSync(dir).filter((file) => TAGS.includes(file.replace(/\.ts$/, ""))).map((file) => join(dir, file)));
const parts = import.meta.glob<{ default: unknown }>(["../../src/core/i18n/messages/*.ts", "../../src/core/address/messages/*.ts", "../../src/features/*/messages/*.ts", "../../src/portal/messages/*.ts"], { eager: true });

/** Where a value is anything but text or an object of such (recursively): a function, a number... */
function notData(value: unknown, path: string): string[] {
  if (typeof value === "string") return [];
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value).flatMap(([key, inner]) => notData(inner, `${path}.${key}`));
  return [path];
}

describe("translations as data", () => {
  it("each part has a file of words per language", () => {
    expect(FILES.length).toBe(TAGS.length * dirs.length);
  });

  it.each(FILES.map((file) => [file.slice(src.length + 1), file]))("%s holds no code: no import, function, Intl, template literal", (_, file) => {
    const code = readFileSync(file, "utf8")
      .replace(/^\s*\/\/.*$/gm, "")
      // The strings themselves may say anything.
      .replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(/\bimport\b|\brequire\b|=>|\bfunction\b|\bIntl\b|`|\bnew\b|\(|\)/);
    expect(code.trim()).toMatch(/^export default \{[\s\S]*\};$/);
  });

  it.each(Object.entries(parts).filter(([path]) => TAGS.includes(path.replace(/^.*\/(.+)\.ts$/, "$1"))))("%s is text and objects of text only", (_, module) => {
    expect(notData(module.default, "")).toEqual([]);
  });

  it.each(TAGS)("src/locales/%s.ts only spreads its parts' words under its tag", (tag) => {
    const code = readFileSync(join(src, "locales", `${tag}.ts`), "utf8").replace(/^\s*\/\/.*$/gm, "");
    const variable = tag.replace(/\W(\w)/g, (_, letter: string) => letter.toUpperCase());
    const statements = code.split("\n").filter((line) => line.trim());
    for (const line of statements) {
      expect(line).toMatch(
        new RegExp(
          `^(import type \\{ MessagePack \\} from "\\.\\./core/i18n/messages\\.js";|import \\w+ from "\\.\\./[\\w/]+/messages/${tag}\\.js";|const ${variable}: MessagePack = \\{ locale: "${tag}"(, \\.\\.\\.\\w+)+ \\};|export default ${variable};)$`,
        ),
      );
    }
    expect(notData(DATA[tag], "")).toEqual([]);
  });
});
