// A pseudo-locale made from the English pack: every message accented and wrapped in ⟦…⟧. Over
// every state, each text a customer can read is a message (inside ⟦…⟧), the order's own data,
// or kit data from Intl (dates, country names): anything else is text that no pack can translate.
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MessageKey, MessagePack } from "../../src/core/i18n/messages";
import { mockPolarForFile } from "../support";
import { subdivisionName } from "../../src/core/address/subdivisions";
import { CA_PROVINCES, US_STATES } from "../../src/core/address/countries";
import { ENGLISH, MESSAGE_KEYS } from "./packs";
import { isKitData, orderData, readableTexts, SCENES } from "./scenes";

const { mock } = mockPolarForFile();
afterEach(cleanup);

const ACCENTS: Record<string, string> = { a: "á", e: "é", i: "í", o: "ö", u: "ü", c: "ç", n: "ñ", y: "ý", A: "Å", E: "É", I: "Î", O: "Ö", U: "Ü", C: "Ç", N: "Ñ" };
const pseudo = (text: string) => `⟦${[...text].map((letter) => ACCENTS[letter] ?? letter).join("")}⟧`;

/** The English pack, every message (and every state's and province's name) marked; `without` keeps some keys out (they fall back to English). */
function pseudoPack(without: MessageKey[] = []): MessagePack {
  const subdivisions = Object.fromEntries([...US_STATES, ...CA_PROVINCES].map((code) => [code, pseudo(subdivisionName(code))]));
  const pack: Record<string, unknown> = { locale: "en-US", subdivisions };
  for (const key of MESSAGE_KEYS) {
    if (without.includes(key)) continue;
    const message: unknown = ENGLISH[key];
    pack[key] = typeof message === "function" ? (...args: unknown[]) => pseudo((message as (...args: unknown[]) => string)(...args)) : pseudo(message as string);
  }
  return pack as MessagePack;
}

/** Texts on screen that are neither a message, nor the order's data, nor kit data. */
async function unmarkedTexts(pack: MessagePack): Promise<string[]> {
  const found: string[] = [];
  for (const scene of SCENES) {
    await scene.render({ locale: "en-US", messages: pack }, mock);
    const data = orderData(scene.orders, "en-US");
    for (const { text, element } of readableTexts()) {
      if (isKitData(element, pack)) continue;
      const rest = data.reduce((left, value) => left.replaceAll(value, " "), text.replace(/⟦[^⟧]*⟧/g, " "));
      if (/\p{L}/u.test(rest)) found.push(`${scene.name}: "${text.trim()}"`);
    }
    cleanup();
    mock.reset();
  }
  return found;
}

describe("a pseudo-locale over every state", () => {
  it("shows no text that is not a message or the order's own data", async () => {
    expect(await unmarkedTexts(pseudoPack())).toEqual([]);
  });

  it("would catch a text that does not come from the pack (here: the retry button, left English)", async () => {
    const found = await unmarkedTexts(pseudoPack(["retry"]));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => line.endsWith('"Try again"'))).toBe(true);
  });
});
