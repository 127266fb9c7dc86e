import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OrderDetail } from "../../src";
import de from "../../src/locales/de";
import fr from "../../src/locales/fr";
import pl from "../../src/locales/pl";
import pt from "../../src/locales/pt";
import ptPT from "../../src/locales/pt-PT";
import { fixtures } from "../../src/testing";
import { renderInPortal, TestPortal } from "../support";
import { compiled } from "./packs";

afterEach(cleanup);

const caption = () => screen.getByRole("table").querySelector("caption")!.textContent;
const order = fixtures.paid;
const items = order.items.length;

describe("PortalProvider's messages: a pack, several, or overrides on top", () => {
  it("speaks the pack it is given, with the locale's numbers, dates and country names", () => {
    renderInPortal(<OrderDetail order={order} />, { locale: "de-DE", messages: de });
    expect(screen.getByRole("heading", { name: "Bestelldetails" })).toBeInTheDocument();
    expect(caption()).toBe(compiled(de).itemsCaption(items, "de-DE"));
    expect(screen.getByText("Vereinigte Staaten")).toBeInTheDocument();
  });

  it.each([
    ["pl-PL", "Szczegóły zamówienia"],
    ["fr-CA", "Détails de la commande"],
    ["de-AT", "Bestelldetails"],
    ["pt-BR", "Detalhes do pedido"],
    ["pt-PT", "Detalhes da encomenda"],
    ["ja-JP", "Order details"],
  ])("given several packs, picks the one for %s (English when none fits)", (locale, heading) => {
    renderInPortal(<OrderDetail order={order} />, { locale, messages: [de, fr, pl, pt, ptPT] });
    expect(screen.getByRole("heading", { name: heading })).toBeInTheDocument();
  });

  it("takes a merchant's wording over a pack's, and English for what a partial pack leaves out", () => {
    renderInPortal(<OrderDetail order={order} />, { locale: "de-DE", messages: { ...de, detailsHeading: "Ihre Bestellung" } });
    expect(screen.getByRole("heading", { name: "Ihre Bestellung" })).toBeInTheDocument();
    cleanup();
    renderInPortal(<OrderDetail order={order} />, { locale: "de-DE", messages: [{ locale: "de", detailsHeading: "Ihre Bestellung" }] });
    expect(screen.getByRole("heading", { name: "Ihre Bestellung" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Summary" })).toBeInTheDocument();
  });

  it("switches language when the locale changes", () => {
    const packs = [de, pl];
    const { rerender } = render(
      <TestPortal locale="pl-PL" messages={packs}>
        <OrderDetail order={order} />
      </TestPortal>,
    );
    expect(screen.getByRole("heading", { name: "Szczegóły zamówienia" })).toBeInTheDocument();
    rerender(
      <TestPortal locale="de-CH" messages={packs}>
        <OrderDetail order={order} />
      </TestPortal>,
    );
    expect(screen.getByRole("heading", { name: "Bestelldetails" })).toBeInTheDocument();
  });
});
