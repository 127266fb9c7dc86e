import { cleanup, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BillingAddressForm, OrderDetail, OrderItemsTable } from "../../src";
import { directionOf } from "../../src/core/i18n/direction";
import ar from "../../src/locales/ar";
import de from "../../src/locales/de";
import he from "../../src/locales/he";
import { fixtures } from "../../src/testing";
import { renderInPortal } from "../support";

// A merchant's page has its own language and direction; the kit's roots carry the customer's,
// so an Arabic order on an English page (or the reverse) reads in its own order.

describe("directionOf", () => {
  it.each(["ar", "ar-EG", "he-IL", "fa-IR", "ur-PK", "ckb", "iw"])("%s is written right to left", (locale) => {
    expect(directionOf(locale)).toBe("rtl");
  });
  it.each(["en-US", "de-DE", "ja-JP", "not a locale"])("%s is written left to right", (locale) => {
    expect(directionOf(locale)).toBe("ltr");
  });
});

describe.each([
  ["OrderDetail", OrderDetail],
  ["OrderItemsTable", OrderItemsTable],
  ["BillingAddressForm", BillingAddressForm],
] as const)("<%s>", (_, Component) => {
  const root = () => screen.getByTestId("root");

  it("carries the locale's language and direction on its root when the locale's pack speaks", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG", messages: ar });
    expect(root()).toHaveAttribute("lang", "ar-EG");
    expect(root()).toHaveAttribute("dir", "rtl");
    cleanup();
    // Picked among several: the one that fits.
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "he-IL", messages: [de, he, ar] });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["he-IL", "rtl"]);
  });

  it("says English, left to right, when no pack fits the locale and the words shown are English", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG" });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["en", "ltr"]);
    cleanup();
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "he-IL", messages: [de, ar] });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["en", "ltr"]);
    cleanup();
    // The merchant's `dir` still decides the direction.
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG", dir: "rtl" });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["en", "rtl"]);
  });

  it("says the language of the pack it shows when that is not the locale's, and trusts the merchant's untagged words", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "fr-FR", messages: ar });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["ar", "rtl"]);
    cleanup();
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "de-AT", messages: { ...de, retry: "Nochmal" } });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["de-AT", "ltr"]);
    cleanup();
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG", messages: { retry: "أعد المحاولة" } });
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["ar-EG", "rtl"]);
  });

  it("is left to right for a left-to-right locale, even inside a right-to-left page", () => {
    renderInPortal(
      <div dir="rtl">
        <Component order={fixtures.paid} data-testid="root" />
      </div>,
      { locale: "en-US" },
    );
    expect(screen.getByTestId("root")).toHaveAttribute("dir", "ltr");
    expect(screen.getByTestId("root")).toHaveAttribute("lang", "en-US");
  });

  it("follows the provider's `dir`, and the merchant's own attributes win", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG", messages: ar, dir: "ltr" });
    expect(screen.getByTestId("root")).toHaveAttribute("dir", "ltr");
  });

  it("lets the merchant set lang and dir on the component itself", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" lang="ar" dir="auto" />, { locale: "en-US" });
    expect(screen.getByTestId("root")).toHaveAttribute("dir", "auto");
    expect(screen.getByTestId("root")).toHaveAttribute("lang", "ar");
  });
});

describe("<BillingAddressForm> free text", () => {
  it("takes the direction of what is typed in each text input", () => {
    renderInPortal(<BillingAddressForm order={fixtures.noBilling} />, { locale: "ar-EG", messages: ar });
    for (const input of screen.getAllByRole("textbox")) {
      if (input.hasAttribute("readonly")) continue;
      expect(input).toHaveAttribute("dir", "auto");
    }
  });
});
