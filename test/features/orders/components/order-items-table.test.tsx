import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { OrderItemsTable } from "../../../../src";
import { fixtures, makeItem, manyItemsOrder } from "../../../../src/testing";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock } = mockPolarForFile();

const money = (amount: number, currency: string, locale = "en-US") => {
  const intl = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() });
  return intl.format(amount / 10 ** (intl.resolvedOptions().maximumFractionDigits ?? 2));
};

/** The footer row whose header says `label`, as the cells' text. */
function footerCells(label: string): string[] {
  const row = screen.getByRole("rowheader", { name: label }).closest("tr")!;
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

describe("<OrderItemsTable>", () => {
  it("is a real table with a caption, column headers and one row header per line", () => {
    renderInPortal(<OrderItemsTable order={fixtures.paid} />);
    const table = screen.getByRole("table", { name: "1 item" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual(["Item", "Amount", "Tax"]);
    expect(headers.every((header) => header.getAttribute("scope") === "col")).toBe(true);
    const line = within(table).getByRole("rowheader", { name: "Pro Plan" });
    expect(line).toHaveAttribute("scope", "row");
    const cells = within(line.closest("tr")!).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual(["$100.00", "$7.20"]);
  });

  it("pluralises the caption in the locale", () => {
    renderInPortal(<OrderItemsTable order={fixtures.manyItems} />);
    expect(screen.getByRole("table", { name: "25 items" })).toBeInTheDocument();
  });

  it("shows totals that agree with the order's own amounts, discount included", () => {
    const order = fixtures.discounted;
    renderInPortal(<OrderItemsTable order={order} />);
    expect(footerCells("Subtotal")).toEqual([money(order.subtotal_amount, "usd"), money(order.tax_amount, "usd")]);
    expect(footerCells("Discount")).toEqual([money(-order.discount_amount, "usd")]);
    expect(footerCells("Total")).toEqual([money(order.total_amount, "usd")]);
    expect(footerCells("Total")).toEqual(["$86.40"]);
  });

  it("has no discount row when there is no discount", () => {
    renderInPortal(<OrderItemsTable order={fixtures.manyItems} />);
    expect(screen.queryByRole("rowheader", { name: "Discount" })).not.toBeInTheDocument();
    expect(footerCells("Total")).toEqual([money(fixtures.manyItems.total_amount, "usd")]);
  });

  it("sums lines given as items and currency", () => {
    const items = [makeItem({ id: "a", amount: 1000, tax_amount: 100 }), makeItem({ id: "b", label: "Add-on", amount: 250, tax_amount: 25 })];
    renderInPortal(<OrderItemsTable items={items} currency="eur" />, { locale: "de-DE" });
    expect(screen.getByRole("table", { name: "2 items" })).toBeInTheDocument();
    expect(footerCells("Subtotal")).toEqual(["12,50\u00a0€", "1,25\u00a0€"]);
    expect(footerCells("Total")).toEqual(["13,75\u00a0€"]);
  });

  it("formats JPY lines without decimals", () => {
    renderInPortal(<OrderItemsTable order={fixtures.jpy} />, { locale: "ja-JP" });
    const row = screen.getByRole("rowheader", { name: "Pro Plan" }).closest("tr")!;
    expect(within(row).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["￥4,980", "￥498"]);
  });

  it("formats HUF lines in hundredths, keeping a non-zero minor unit Intl would round away", () => {
    renderInPortal(<OrderItemsTable order={fixtures.huf} />, { locale: "hu-HU" });
    const row = screen.getByRole("rowheader", { name: "Pro Plan" }).closest("tr")!;
    expect(within(row).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["3990\u00a0Ft", "1077,30\u00a0Ft"]);
  });

  it("keeps English plurals right whatever the formatting locale (Japanese has no plural forms)", () => {
    renderInPortal(<OrderItemsTable order={fixtures.jpy} />, { locale: "ja-JP" });
    expect(screen.getByRole("table", { name: "1 item" })).toBeInTheDocument();
    renderInPortal(<OrderItemsTable order={fixtures.manyItems} />, { locale: "ar-EG" });
    expect(screen.getByRole("table", { name: /^[٠-٩]+ items$/ })).toBeInTheDocument();
  });

  it("shows the period each line covers and tags prorations", () => {
    renderInPortal(<OrderItemsTable order={fixtures.prorated} />);
    expect(screen.getByRole("columnheader", { name: "Period" })).toBeInTheDocument();
    const row = screen.getByRole("rowheader", { name: /Remaining time on Pro/ }).closest("tr")!;
    expect(row).toHaveAttribute("data-proration");
    expect(within(row).getByText("Prorated")).toHaveClass("pp-tag");
    const period = within(row).getByRole("cell", { name: /Mar/ });
    const times = period.querySelectorAll("time");
    expect([...times].map((time) => time.getAttribute("datetime"))).toEqual(["2026-03-15T00:00:00Z", fixtures.prorated.items[0]!.end_timestamp]);
    const intl = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
    expect(period.textContent).toBe(intl.formatRange(new Date("2026-03-15T00:00:00Z"), new Date(fixtures.prorated.items[0]!.end_timestamp!)));
    // A credit line is negative.
    const credit = screen.getByRole("rowheader", { name: /Unused time on Starter/ }).closest("tr")!;
    expect(within(credit).getAllByRole("cell").at(-2)?.textContent).toBe("-$18.37");
  });

  it("renders thousands of lines, each with its own row", () => {
    const order = manyItemsOrder(2000);
    const { container } = renderInPortal(<OrderItemsTable order={order} />);
    // Role queries over 2,000 rows are slow in jsdom; plain selectors say the same here.
    const table = container.querySelector("table")!;
    expect(table.querySelector("caption")).toHaveTextContent("2,000 items");
    const rows = table.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(2000);
    expect(rows[1999]!.querySelector("th")).toHaveTextContent("Seat add-on #2000");
    expect(rows[1999]!.querySelector("td")).toHaveTextContent(money(order.items[1999]!.amount, "usd"));
    expect(table.querySelector(".pp-items-table__total td")).toHaveTextContent(money(order.total_amount, "usd"));
  });

  it("renders an HTML-looking label as text", () => {
    const label = '<img src=x onerror=alert(1)>';
    const { container } = renderInPortal(<OrderItemsTable items={[makeItem({ label })]} currency="usd" />);
    expect(screen.getByRole("rowheader", { name: label })).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("takes message overrides for the caption and column names", () => {
    renderInPortal(<OrderItemsTable order={fixtures.manyItems} />, {
      messages: { itemsCaption: (count) => `Positionen: ${count}`, amountColumn: "Betrag", proration: "Anteilig" },
    });
    expect(screen.getByRole("table", { name: "Positionen: 25" })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Betrag" })).toBeInTheDocument();
  });

  it("accepts className and exposes its state", () => {
    const { container } = renderInPortal(<OrderItemsTable order={fixtures.paid} className="merchant-table" />);
    const root = container.querySelector(".pp-items-table")!;
    expect(root).toHaveClass("merchant-table");
    expect(root).toHaveAttribute("data-state", "ready");
    expect(root).toHaveAttribute("data-count", "1");
  });

  it("renders in a right-to-left page, its English words (no pack given) left to right, amounts in the locale", () => {
    renderInPortal(
      <div dir="rtl">
        <OrderItemsTable order={fixtures.eur} />
      </div>,
      { locale: "ar-EG" },
    );
    const table = screen.getByRole("table");
    expect(table.closest("[dir]")).toHaveAttribute("dir", "ltr");
    expect(within(table).getByRole("rowheader", { name: "Pro Plan" })).toBeInTheDocument();
    expect(footerCells("Total")).toEqual([money(fixtures.eur.total_amount, "eur", "ar-EG")]);
  });
});

describe("<OrderItemsTable orderId>", () => {
  it("shows a busy skeleton, then the lines fetched from Polar", async () => {
    const { container } = renderInPortal(<OrderItemsTable orderId={fixtures.manyItems.id} />);
    expect(container.querySelector('[aria-busy="true"]')).toHaveClass("pp-items-table");
    expect(await screen.findByRole("table", { name: "25 items" })).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it("says the order was not found, without a retry that cannot help", async () => {
    renderInPortal(<OrderItemsTable orderId={fixtures.paid.id.replace("0d6e", "ffff")} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We could not find this order.");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
  });

  it("refetches when the customer presses Try again after a failure", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      // The first request and the hook's three retries (with backoff) all fail.
      mock.failNext(503, { times: 4 });
      renderInPortal(<OrderItemsTable orderId={fixtures.paid.id} />);
      await vi.advanceTimersByTimeAsync(10_000);
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent("Something went wrong on our side.");
      expect(mock.requests).toHaveLength(4);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
      expect(await screen.findByRole("table", { name: "1 item" })).toBeInTheDocument();
      expect(mock.requests).toHaveLength(5);
    } finally {
      vi.useRealTimers();
    }
  });
});
