// The message packs as the README uses them: a pack, several, a pack with overrides, a few words.
import { describe, expectTypeOf, test } from "vitest";
import { PortalProvider, type MessageOverrides, type MessagePack, type Messages, type PortalProviderProps } from "../../src";
import de from "../../src/locales/de";
import fr from "../../src/locales/fr";

describe("message packs", () => {
  test("a pack is every message and its tag", () => {
    expectTypeOf(de).toEqualTypeOf<MessagePack>();
    expectTypeOf(de).toMatchTypeOf<Messages>();
    expectTypeOf(de.locale).toEqualTypeOf<string>();
  });

  test("the provider takes a pack, several, a pack with overrides, or a few messages", () => {
    expectTypeOf<MessagePack>().toMatchTypeOf<NonNullable<PortalProviderProps["messages"]>>();
    void (<PortalProvider messages={de} />);
    void (<PortalProvider messages={[de, fr]} />);
    void (<PortalProvider messages={{ ...de, retry: "Nochmal" }} />);
    void (<PortalProvider messages={{ retry: "Reload" }} />);
    const overrides: MessageOverrides = { itemsCaption: (count) => `${count}` };
    void (<PortalProvider messages={[overrides, { locale: "de", retry: "Nochmal" }]} />);
    // @ts-expect-error a message is text or a function of its values, not a number
    void (<PortalProvider messages={{ retry: 1 }} />);
  });
});
