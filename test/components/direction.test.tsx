import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BillingAddressForm, OrderDetail, OrderItemsTable } from "../../src";
import { directionOf } from "../../src/i18n/direction";
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
  it("carries the locale's language and direction on its root", () => {
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG" });
    expect(screen.getByTestId("root")).toHaveAttribute("lang", "ar-EG");
    expect(screen.getByTestId("root")).toHaveAttribute("dir", "rtl");
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
    renderInPortal(<Component order={fixtures.paid} data-testid="root" />, { locale: "ar-EG", dir: "ltr" });
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
    renderInPortal(<BillingAddressForm order={fixtures.noBilling} />, { locale: "ar-EG" });
    for (const input of screen.getAllByRole("textbox")) {
      if (input.hasAttribute("readonly")) continue;
      expect(input).toHaveAttribute("dir", "auto");
    }
  });
});
