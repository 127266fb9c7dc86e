// The message packs as the README uses them: a pack, several, a pack with overrides, a few words.
import { describe, expectTypeOf, test } from "vitest";
import { PortalProvider, type MessageOverrides, type MessagePack, type Messages, type PortalProviderProps } from "../../src";
import de from "../../src/locales/de";
import fr from "../../src/locales/fr";

describe("message packs", () => {
  test("a pack is every message and its tag; a message that takes values may be data or a function", () => {
    expectTypeOf(de).toEqualTypeOf<MessagePack>();
    expectTypeOf(de).toMatchTypeOf<MessageOverrides>();
    expectTypeOf(de.locale).toEqualTypeOf<string>();
    expectTypeOf(de.retry).toEqualTypeOf<string>();
    expectTypeOf<Messages["itemsCaption"]>().toMatchTypeOf<MessagePack["itemsCaption"]>();
    expectTypeOf<{ one: string; other: string }>().toMatchTypeOf<MessagePack["itemsCaption"]>();
  });

  test("the provider takes a pack, several, a pack with overrides, or a few messages", () => {
    expectTypeOf<MessagePack>().toMatchTypeOf<NonNullable<PortalProviderProps["messages"]>>();
    void (<PortalProvider messages={de} />);
    void (<PortalProvider messages={[de, fr]} />);
    void (<PortalProvider messages={{ ...de, retry: "Nochmal" }} />);
    void (<PortalProvider messages={{ retry: "Reload" }} />);
    const overrides: MessageOverrides = { itemsCaption: (count) => `${count}`, listRange: "{from}–{to} / {total}" };
    void (<PortalProvider messages={[overrides, { locale: "de", retry: "Nochmal" }]} />);
    // @ts-expect-error a message is text or a function of its values, not a number
    void (<PortalProvider messages={{ retry: 1 }} />);
  });
});
