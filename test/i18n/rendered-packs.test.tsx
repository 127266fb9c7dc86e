// Every component, in every state, in every pack: no English word of the English pack shows
// (the order's own data aside: product names, the customer's address, amounts). An untranslated
// key, a message the kit forgot to take from the pack, or text written into a component fails.
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { directionOf } from "../../src/core/i18n/direction";
import type { MessagePack } from "../../src/core/i18n/messages";
import { mockPolarForFile } from "../support";
import { DATA, ENGLISH_WORDS, PACKS, SHARED_WORDS, TRANSLATIONS, wordsOf } from "./packs";
import { isKitData, orderData, readableTexts, SCENES } from "./scenes";

const { mock } = mockPolarForFile();
afterEach(cleanup);

/** The English words on screen, outside the order's data, with the scene and the text each was found in. */
async function englishOnScreen(pack: MessagePack): Promise<{ word: string; line: string }[]> {
  const found: { word: string; line: string }[] = [];
  for (const scene of SCENES) {
    await scene.render({ locale: pack.locale, messages: pack }, mock);
    const data = orderData(scene.orders, pack.locale);
    for (const { text, element } of readableTexts()) {
      if (isKitData(element, pack)) continue;
      const rest = data.reduce((left, value) => left.replaceAll(value, " "), text);
      for (const word of wordsOf(rest)) {
        if (ENGLISH_WORDS.has(word)) found.push({ word, line: `${scene.name}: "${word}" in "${text.trim()}"` });
      }
    }
    cleanup();
    mock.reset();
  }
  return found;
}

describe("every component in every pack", () => {
  it("the check sees English: in the English pack it finds the kit's words on every kind of scene", async () => {
    const found = await englishOnScreen(PACKS.en!);
    for (const scene of SCENES) expect(found.some(({ line }) => line.startsWith(`${scene.name}:`)), scene.name).toBe(true);
  });

  it.each(TRANSLATIONS)("%s: no English word of the English pack on screen", async (tag) => {
    const shared = SHARED_WORDS[tag] ?? [];
    // The pack as a merchant imports it, its words as data, for the provider to compile.
    const found = await englishOnScreen(DATA[tag]!);
    expect(found.filter(({ word }) => !shared.includes(word)).map(({ line }) => line)).toEqual([]);
    // Each word the language shares with English is still on screen: a stale allowance goes.
    expect(shared.filter((word) => !found.some((hit) => hit.word === word))).toEqual([]);
  });

  it.each([["ar"], ["he"]])("%s: the components read right to left", async (tag) => {
    const pack = DATA[tag]!;
    expect(directionOf(pack.locale)).toBe("rtl");
    await SCENES[0]!.render({ locale: pack.locale, messages: pack }, mock);
    const root = document.querySelector("[lang]")!;
    expect([root.getAttribute("lang"), root.getAttribute("dir")]).toEqual([tag, "rtl"]);
  });
});
