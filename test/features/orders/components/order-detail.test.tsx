import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultMessages, OrderDetail, type CustomerOrder } from "../../../../src";
import { PortalErrorBoundary } from "../../../../src/core/shell/ErrorBoundary";
import { fixtures, makeOrder } from "../../../../src/testing";
import { POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock } = mockPolarForFile();
afterEach(() => vi.restoreAllMocks());

const money = (amount: number, currency = "usd", locale = "en-US") => {
  const intl = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() });
  return intl.format(amount / 10 ** (intl.resolvedOptions().maximumFractionDigits ?? 2));
};

/** The amounts list as [label, value] pairs, in order. */
function amounts(): [string, string][] {
  const list = document.querySelector(".pp-order-detail__amounts")!;
  return [...list.querySelectorAll(".pp-order-detail__amount")].map((row) => [
    row.querySelector("dt")!.textContent ?? "",
    row.querySelector("dd")!.textContent ?? "",
  ]);
}

/** The value next to the term `label` in any of the detail's description lists. */
function detail(label: string): HTMLElement {
  const term = screen.getAllByRole("term").find((element) => element.textContent === label);
  if (!term) throw new Error(`no term ${label}`);
  return term.nextElementSibling as HTMLElement;
}

function root(): HTMLElement {
  return document.querySelector(".pp-order-detail") as HTMLElement;
}

describe("<OrderDetail> statuses and reasons", () => {
  it.each([
    ["paid", fixtures.paid, "Paid"],
    ["pending", fixtures.pending, "Pending"],
    ["refunded", fixtures.refunded, "Refunded"],
    ["partially_refunded", fixtures.partiallyRefunded, "Partially refunded"],
    ["draft", fixtures.draft, "Draft"],
    ["void", fixtures.void, "Void"],
  ])("shows the %s status in words", (status, order, label) => {
    renderInPortal(<OrderDetail order={order} />);
    const badge = document.querySelector(".pp-status-badge")!;
    expect(badge).toHaveTextContent(label);
    expect(badge).toHaveAttribute("data-status", status);
    expect(root()).toHaveAttribute("data-status", status);
  });

  it("shows a status and billing reason it does not know as words, not raw identifiers, and the rest of the order", () => {
    renderInPortal(<OrderDetail order={fixtures.future} />);
    expect(document.querySelector(".pp-status-badge")).toHaveTextContent("Status Disputed");
    expect(root()).toHaveAttribute("data-status", "disputed");
    expect(detail("Type")).toHaveTextContent(/^Subscription seats change$/);
    expect(detail("Type")).toHaveAttribute("data-billing-reason", "subscription_seats_change");
    expect(screen.getByRole("heading", { level: 2, name: "Pro Plan" })).toBeInTheDocument();
    expect(amounts()).toContainEqual(["Total", money(fixtures.future.total_amount)]);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it.each([
    ["purchase", "One-time purchase"],
    ["subscription_create", "New subscription"],
    ["subscription_cycle", "Subscription renewal"],
    ["subscription_update", "Subscription change"],
    ["subscription_meter_cycle", "Usage charges"],
  ])("describes the billing reason %s in words", (reason, words) => {
    renderInPortal(<OrderDetail order={makeOrder({ billing_reason: reason })} />);
    expect(detail("Type")).toHaveTextContent(words);
  });

  it("does not mistake an inherited object key for a known status", () => {
    renderInPortal(<OrderDetail order={makeOrder({ status: "constructor", billing_reason: "toString" })} />);
    expect(document.querySelector(".pp-status-badge")).toHaveTextContent("Constructor");
    expect(detail("Type")).toHaveTextContent("ToString");
  });
});

describe("<OrderDetail> receipt", () => {
  it("reads like a receipt: description, product, date, invoice number", () => {
    renderInPortal(<OrderDetail order={fixtures.subscription} />);
    expect(screen.getByRole("article", { name: "Starter" })).toBe(root());
    expect(screen.getByText("The Starter plan, billed monthly.")).toBeInTheDocument();
    const created = detail("Order date").querySelector("time")!;
    expect(created).toHaveAttribute("datetime", fixtures.subscription.created_at);
    expect(created).toHaveTextContent("Mar 14, 2026");
    expect(detail("Invoice number")).toHaveTextContent("POLAR-0047");
    expect(screen.getByRole("heading", { level: 3, name: "Summary" })).toBeInTheDocument();
  });

  it("leaves out the invoice number while there is none", () => {
    renderInPortal(<OrderDetail order={fixtures.draft} />);
    expect(screen.queryByText("Invoice number")).not.toBeInTheDocument();
  });

  it("shows only subtotal, tax and total for a plain paid order", () => {
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    expect(amounts()).toEqual([
      ["Subtotal", "$100.00"],
      ["Tax", "$7.20"],
      ["Total", "$107.20"],
    ]);
  });

  it("shows the discount as a deduction and the net amount when there is a discount", () => {
    renderInPortal(<OrderDetail order={fixtures.discounted} />);
    expect(amounts()).toEqual([
      ["Subtotal", "$100.00"],
      ["Discount", "-$20.00"],
      ["Net amount", "$80.00"],
      ["Tax", "$6.40"],
      ["Total", "$86.40"],
    ]);
  });

  it("shows the balance applied, with its sign, and what was actually charged", () => {
    renderInPortal(<OrderDetail order={fixtures.balanceCredit} />);
    expect(amounts()).toContainEqual(["Account balance applied", "-$30.00"]);
    expect(amounts()).toContainEqual(["Amount paid", money(fixtures.balanceCredit.due_amount)]);
  });

  it("shows a balance the customer owed as positive", () => {
    renderInPortal(<OrderDetail order={fixtures.balanceOwed} />);
    expect(amounts()).toContainEqual(["Account balance applied", "$15.00"]);
  });

  it("shows the amount due on an unpaid order, and never on a paid one", () => {
    renderInPortal(<OrderDetail order={fixtures.pending} />);
    expect(amounts()).toContainEqual(["Amount due", "$107.20"]);
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    expect(document.querySelectorAll('[data-kind="due"]')).toHaveLength(1);
  });

  it("shows refunds as deductions after the total, ending with the net amount paid, as an invoice reads", () => {
    renderInPortal(<OrderDetail order={fixtures.partiallyRefunded} />);
    expect(amounts()).toEqual([
      ["Subtotal", "$100.00"],
      ["Tax", "$7.20"],
      ["Total", "$107.20"],
      ["Refunded", "-$40.00"],
      ["Refunded tax", "-$2.88"],
      ["Net amount paid", "$64.32"],
    ]);
  });

  it("ends a fully refunded order at nothing paid, and shows no refund lines where nothing was refunded", () => {
    renderInPortal(<OrderDetail order={fixtures.refunded} />);
    expect(amounts().slice(-3)).toEqual([
      ["Refunded", "-$100.00"],
      ["Refunded tax", "-$7.20"],
      ["Net amount paid", "$0.00"],
    ]);
    cleanup();
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    expect(amounts().map(([label]) => label)).toEqual(["Subtotal", "Tax", "Total"]);
  });

  it("deducts refunds from what the payment method was charged when a balance lowered it", () => {
    const order = { ...fixtures.balanceCredit, status: "partially_refunded", refunded_amount: 1000, refunded_tax_amount: 72 };
    renderInPortal(<OrderDetail order={order} />);
    expect(amounts().slice(-6)).toEqual([
      ["Total", "$107.20"],
      ["Account balance applied", "-$30.00"],
      ["Amount paid", "$77.20"],
      ["Refunded", "-$10.00"],
      ["Refunded tax", "-$0.72"],
      ["Net amount paid", "$66.48"],
    ]);
  });

  it("formats the amounts in the order's currency for the customer's locale", () => {
    renderInPortal(<OrderDetail order={fixtures.jpy} />, { locale: "ja-JP" });
    expect(amounts()).toContainEqual(["Total", "￥5,478"]);
  });

  it("counts HUF in hundredths, as Polar does, though Intl writes forints without decimals", () => {
    renderInPortal(<OrderDetail order={fixtures.huf} />, { locale: "hu-HU" });
    expect(amounts()).toContainEqual(["Total", "5067,30\u00a0Ft"]);
    expect(amounts()).toContainEqual(["Subtotal", "3990\u00a0Ft"]);
  });

  it("formats EUR in German", () => {
    renderInPortal(<OrderDetail order={fixtures.eur} />, { locale: "de-DE" });
    expect(amounts()).toContainEqual(["Total", "58,80\u00a0€"]);
    expect(detail("Order date")).toHaveTextContent("14.03.2026");
    expect(detail("Address")).toHaveTextContent("Frankreich");
  });

  it("shows the subscription: interval, current period, and a coming cancellation", () => {
    const { unmount } = renderInPortal(<OrderDetail order={fixtures.subscription} />);
    const sub = fixtures.subscription.subscription!;
    expect(screen.getByRole("heading", { name: "Subscription" })).toBeInTheDocument();
    expect(detail("Billed")).toHaveTextContent("Every month");
    const period = detail("Current period");
    expect([...period.querySelectorAll("time")].map((time) => time.getAttribute("datetime"))).toEqual([
      sub.current_period_start,
      sub.current_period_end,
    ]);
    const intl = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
    expect(period.textContent).toBe(intl.formatRange(new Date(sub.current_period_start), new Date(sub.current_period_end!)));
    expect(screen.queryByText("Cancels at the end of the current period")).not.toBeInTheDocument();
    unmount();

    renderInPortal(<OrderDetail order={fixtures.subscriptionCanceling} />);
    expect(screen.getByText("Cancels at the end of the current period")).toBeInTheDocument();
  });

  it("words intervals of more than one unit with plurals", () => {
    const order = makeOrder({ subscription: { ...fixtures.subscription.subscription!, recurring_interval: "week", recurring_interval_count: 2 } });
    renderInPortal(<OrderDetail order={order} />);
    expect(detail("Billed")).toHaveTextContent("Every 2 weeks");
  });

  it("shows when the next payment attempt is while the order is in dunning", () => {
    renderInPortal(<OrderDetail order={fixtures.dunning} />);
    const next = detail("Next payment attempt").querySelector("time")!;
    expect(next).toHaveAttribute("datetime", "2026-03-17T09:26:53Z");
    expect(next).toHaveTextContent("Mar 17, 2026");
    expect(screen.getByText(/The last payment attempt failed/)).toBeInTheDocument();
  });

  it("has no dunning line when no retry is scheduled", () => {
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    expect(screen.queryByText("Next payment attempt")).not.toBeInTheDocument();
  });

  it("shows the billing name and address with the country's name and a readable state", () => {
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    expect(detail("Name")).toHaveTextContent("Ada Lovelace");
    const lines = [...detail("Address").querySelectorAll(".pp-order-detail__address-line")].map((line) => line.textContent);
    expect(lines).toEqual(["1 Analytical Way", "San Francisco, CA 94107", "United States"]);
  });

  it.each([
    ["Germany: the postal code before the city", fixtures.longText, [fixtures.longText.billing_address!.line1, fixtures.longText.billing_address!.line2, "10115 Berlin-Charlottenburg-Wilmersdorf", "Germany"]],
    ["Japan: from the postal code down", fixtures.jpy, ["〒100-0001", "東京都 千代田区", "千代田1-1", "Japan"]],
    [
      "the UK: town and postcode on lines of their own",
      makeOrder({ billing_address: { line1: "10 Downing St", line2: null, postal_code: "SW1A 2AA", city: "London", state: null, country: "GB" } }),
      ["10 Downing St", "London", "SW1A 2AA", "United Kingdom"],
    ],
  ])("writes the address as its country does (%s)", (_, order, expected) => {
    renderInPortal(<OrderDetail order={order} />);
    const lines = [...detail("Address").querySelectorAll(".pp-order-detail__address-line")].map((line) => line.textContent);
    expect(lines).toEqual(expected);
  });

  it("says so when there are no billing details", () => {
    renderInPortal(<OrderDetail order={fixtures.noBilling} />);
    expect(screen.getByText("No billing details yet.")).toBeInTheDocument();
  });

  it("composes the items table", () => {
    renderInPortal(<OrderDetail order={fixtures.manyItems} />);
    expect(screen.getByRole("table", { name: "25 items" })).toBeInTheDocument();
  });

  it("renders an HTML-looking billing name and item label as text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const order = makeOrder({ billing_name: evil, description: evil, items: [{ ...fixtures.paid.items[0]!, label: evil }] });
    const { container } = renderInPortal(<OrderDetail order={order} />);
    expect(detail("Name").textContent).toBe(evil);
    expect(screen.getByRole("rowheader", { name: evil })).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders the seed's older shape and fields it does not know", () => {
    renderInPortal(<OrderDetail order={fixtures.legacy} />);
    expect(amounts()).toContainEqual(["Total", "$107.20"]);
  });

  it("uses the merchant's messages", () => {
    renderInPortal(<OrderDetail order={fixtures.discounted} />, {
      messages: { statusPaid: "Bezahlt", subtotal: "Zwischensumme", discount: "Rabatt", amountsHeading: "Übersicht" },
    });
    expect(document.querySelector(".pp-status-badge")).toHaveTextContent("Bezahlt");
    expect(screen.getByRole("heading", { name: "Übersicht" })).toBeInTheDocument();
    expect(amounts().slice(0, 2)).toEqual([
      ["Zwischensumme", "$100.00"],
      ["Rabatt", "-$20.00"],
    ]);
  });

  it("takes className and headingLevel", () => {
    renderInPortal(<OrderDetail order={fixtures.paid} className="merchant-order" headingLevel={3} />);
    expect(root()).toHaveClass("pp-order-detail", "merchant-order");
    expect(root()).toHaveAttribute("data-state", "ready");
    expect(screen.getByRole("heading", { level: 3, name: "Pro Plan" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "Summary" })).toBeInTheDocument();
  });

  it("renders inside a right-to-left page, its English words (no pack given) left to right, amounts in the locale", () => {
    renderInPortal(
      <div dir="rtl" lang="ar">
        <OrderDetail order={fixtures.eur} />
      </div>,
      { locale: "ar-EG" },
    );
    expect([root().getAttribute("lang"), root().getAttribute("dir")]).toEqual(["en", "ltr"]);
    expect(amounts()).toContainEqual(["Total", money(fixtures.eur.total_amount, "eur", "ar-EG")]);
    expect(detail("Address")).toHaveTextContent(new Intl.DisplayNames("ar-EG", { type: "region" }).of("FR")!);
  });
});

describe("<OrderDetail orderId>", () => {
  it("shows a busy skeleton, then the order fetched from Polar", async () => {
    renderInPortal(<OrderDetail orderId={fixtures.refunded.id} />);
    expect(root()).toHaveAttribute("aria-busy", "true");
    expect(root()).toHaveAttribute("data-state", "loading");
    expect(await screen.findByText("Refunded", { selector: ".pp-status-badge" })).toBeInTheDocument();
    expect(root()).toHaveAttribute("data-state", "ready");
    expect(root()).not.toHaveAttribute("aria-busy");
    expect(mock.requests[0]).toMatchObject({ method: "GET", auth: "valid" });
  });

  it("says the session expired, without a retry button", async () => {
    mock.expireSession();
    const onUnauthorized = vi.fn();
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { onUnauthorized });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your session has expired");
    expect(alert).toHaveAttribute("data-error-kind", "unauthorized");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    expect(alert.textContent).not.toContain(POLAR_TEST_TOKEN);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("says the order was not found (another customer's order too)", async () => {
    const { otherCustomerOrder } = await import("../../../../src/testing");
    renderInPortal(<OrderDetail orderId={otherCustomerOrder.id} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We could not find this order.");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByText("Charles Babbage")).not.toBeInTheDocument();
  });

  it("says access is denied for a member without billing rights", async () => {
    mock.failNext(403);
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("You do not have access to this order.");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
  });

  it("says an unreadable answer could not be read, without blanking the page", async () => {
    mock.failNext("malformed");
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We received an order we could not read.");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
  });

  it.each([
    ["network", "We could not connect."],
    [500, "Something went wrong on our side."],
    [429, "Too many requests right now."],
  ] as const)("offers a retry after %s failures, and the retry refetches", async (failure, text) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      mock.failNext(failure, { times: 4 }); // the first request and the hook's three retries
      renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
      await vi.advanceTimersByTimeAsync(10_000);
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent(text);
      const requestsBefore = mock.requests.length;
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
      expect(await screen.findByText("Ada Lovelace")).toBeInTheDocument();
      expect(mock.requests.length).toBe(requestsBefore + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  describe("a long rate limit (429 with Retry-After: 3600)", () => {
    beforeEach(() => {
      vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date("2026-03-14T14:14:00Z") });
      mock.failNext({ status: 429, headers: { "Retry-After": "3600" } });
    });
    afterEach(() => vi.useRealTimers());

    it.each([
      ["en-US", "Mar 14, 2026, 3:14 PM"],
      ["de-DE", "14.03.2026, 15:14"],
    ])("says at once, in %s, that it is busy and when it will try again, with no button that could not ask before then", async (locale, time) => {
      renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { locale });
      const alert = await screen.findByRole("alert"); // no minutes of skeleton first
      expect(alert).toHaveTextContent(`Too many requests right now. We will try again at ${time}.`);
      expect(alert).toHaveAttribute("data-error-kind", "rate_limited");
      // Polar named the time: nothing is asked before it (the client refuses), so no "Try again".
      expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
      expect(mock.requests).toHaveLength(1);
    });

    it("asks Polar again by itself when the hour is up, not before", async () => {
      renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
      await screen.findByRole("alert");
      await act(() => vi.advanceTimersByTimeAsync(3_590_000));
      expect(mock.requests).toHaveLength(1);
      expect(screen.getByRole("alert")).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(15_000));
      expect(await screen.findByText("Ada Lovelace")).toBeInTheDocument();
      expect(mock.requests).toHaveLength(2);
    });
  });

  it("says an order link with a malformed id is not valid (Polar's 422), without a retry that cannot help", async () => {
    renderInPortal(<OrderDetail orderId="not-an-order-id" />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This order link is not valid.");
    expect(alert).not.toHaveTextContent(/highlighted fields|UUID/);
    expect(alert).toHaveAttribute("data-error-kind", "validation");
    expect(within(alert).queryByRole("button")).not.toBeInTheDocument();
  });

  it("uses the merchant's wording for errors", async () => {
    mock.failNext(404);
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { messages: { errorNotFound: "Bestellung nicht gefunden." } });
    expect(await screen.findByRole("alert")).toHaveTextContent("Bestellung nicht gefunden.");
  });
});

describe("<OrderDetail> with a malformed locale", () => {
  it("still shows the whole order, in the browser's language, when the locale is not a valid tag", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail order={fixtures.subscription} />, { locale: "en_US" });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("table", { name: "1 item" })).toBeInTheDocument();
    expect(detail("Billed")).toHaveTextContent("Every month");
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    expect(await screen.findByRole("form")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("<OrderDetail> error boundary", () => {
  it("keeps one broken order inside its box: the rest of the page stays", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { ...fixtures.paid, billing_address: { country: 42 } } as unknown as CustomerOrder;
    renderInPortal(
      <>
        <p>Merchant header</p>
        <OrderDetail order={broken} className="merchant-order" />
        <OrderDetail order={fixtures.pending} />
      </>,
    );
    expect(screen.getByText("Merchant header")).toBeInTheDocument();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(defaultMessages.errorInvalidResponse);
    expect(alert).toHaveClass("pp-order-detail", "merchant-order");
    expect(screen.getByText("Pending", { selector: ".pp-status-badge" })).toBeInTheDocument();
  });

  it("refuses an order prop that breaks the contract rather than show wrong amounts", () => {
    const broken = { ...fixtures.paid, items: null, total_amount: "107.20" } as unknown as CustomerOrder;
    renderInPortal(<OrderDetail order={broken} />);
    expect(screen.getByRole("alert")).toHaveTextContent(defaultMessages.errorInvalidResponse);
    expect(screen.queryByText(/\$1\.07|NaN/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: defaultMessages.retry })).not.toBeInTheDocument();
  });

  it("catches a render crash in a child and shows the error view", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const onError = vi.fn();
    function Crash(): ReactNode {
      throw new Error("boom");
    }
    renderInPortal(
      <PortalErrorBoundary root={{ className: "pp-order-detail" }} onError={onError}>
        <Crash />
      </PortalErrorBoundary>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "boom" }), expect.anything());
  });

  it("shows a readable error, not a blank page, when used outside the provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<OrderDetail order={fixtures.paid} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong");
  });

  it("renders again when given a new order after a crash", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { ...fixtures.paid, billing_address: { country: 42 } } as unknown as CustomerOrder;
    const { rerender } = renderInPortal(<OrderDetail order={broken} />);
    expect(screen.getByRole("alert")).toBeInTheDocument();
    rerender(<OrderDetail order={fixtures.paid} />);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText("Ada Lovelace")).toBeInTheDocument();
  });
});

/** Opens the billing editor once the order is shown and replaces the billing name; returns the form. */
async function renameInEditor(user: ReturnType<typeof userEvent.setup>, billingName: string): Promise<HTMLElement> {
  await user.click(await screen.findByRole("button", { name: "Edit billing details" }));
  const form = await screen.findByRole("form", { name: "Billing details" });
  const name = within(form).getByLabelText("Billing name");
  await user.clear(name);
  await user.type(name, billingName);
  return form;
}

describe("<OrderDetail> billing edit", () => {
  it("opens the billing form in place of its button, in one step, and Cancel brings the button back focused", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    const button = screen.getByRole("button", { name: "Edit billing details" });
    // Not a disclosure: the button is gone while the form is open, so it has no state to announce.
    expect(button).not.toHaveAttribute("aria-expanded");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    await user.click(button);
    const form = screen.getByRole("form", { name: "Billing details" });
    expect(screen.queryByRole("button", { name: "Edit billing details" })).not.toBeInTheDocument();
    expect(within(form).getByLabelText("Billing name")).toHaveFocus();
    expect(root()).toHaveAttribute("data-editing");
    await user.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Edit billing details" })).toHaveFocus());
    expect(root()).not.toHaveAttribute("data-editing");
  });

  it("closes the form on Escape, as Cancel, keeping nothing typed", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    await user.type(screen.getByLabelText("Billing name"), " Jr");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Edit billing details" })).toHaveFocus());
    expect(detail("Name")).toHaveTextContent("Ada Lovelace");
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    expect(screen.getByLabelText("Billing name")).toHaveValue("Ada Lovelace");
  });

  it("says a save succeeded once, in a status, until the customer's next action", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
    const form = await renameInEditor(user, "Grace Hopper");
    await user.click(within(form).getByRole("button", { name: "Save billing details" }));
    const status = await screen.findByText("Billing details saved.");
    // One live region says it: the form (and its own status) is gone.
    expect(screen.getAllByRole("status").filter((region) => region.textContent)).toEqual([status]);
    expect(status).toHaveClass("pp-order-detail__status");
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    expect(screen.queryByText("Billing details saved.")).not.toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByText("Billing details saved.")).not.toBeInTheDocument();
  });

  it("offers to add billing details, not edit them, on an order without an address", () => {
    renderInPortal(<OrderDetail order={fixtures.noBilling} />);
    expect(screen.getByRole("button", { name: "Add billing details" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit billing details" })).not.toBeInTheDocument();
  });

  it("hides the control when editing is turned off", () => {
    renderInPortal(<OrderDetail order={fixtures.paid} editableBilling={false} />);
    expect(screen.queryByRole("button", { name: "Edit billing details" })).not.toBeInTheDocument();
  });

  it("shows the new name before Polar answers, then settles on Polar's answer", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
    const form = await renameInEditor(user, "Grace Hopper");
    const gate = mock.holdNext("PATCH");
    await user.click(within(form).getByRole("button", { name: "Save billing details" }));
    await gate.arrived;

    // Polar has not answered yet (the PATCH is held): the receipt already shows the change.
    await waitFor(() => expect(detail("Name")).toHaveTextContent("Grace Hopper"));
    expect(root()).toHaveAttribute("data-pending");

    gate.release();
    expect(await screen.findByRole("status")).toHaveTextContent("Billing details saved.");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    // The form and the focus inside it are gone: the keyboard stays on the disclosure button.
    expect(screen.getByRole("button", { name: "Edit billing details" })).toHaveFocus();
    expect(detail("Name")).toHaveTextContent("Grace Hopper");
    await waitFor(() => expect(root()).not.toHaveAttribute("data-pending"));
    expect(mock.getOrder(fixtures.paid.id)?.billing_name).toBe("Grace Hopper");
  });

  it("puts the old name back when Polar refuses the change", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />);
    const form = await renameInEditor(user, "Grace Hopper");
    mock.failNext(500, { method: "PATCH" });
    await user.click(within(form).getByRole("button", { name: "Save billing details" }));
    await waitFor(() => expect(within(form).getByRole("alert")).toBeInTheDocument());
    expect(detail("Name")).toHaveTextContent("Ada Lovelace");
    expect(screen.getByRole("form")).toBeInTheDocument();
  });

  it("with the merchant's own save handler, still shows the change at once and keeps it", async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onBillingSubmit = vi.fn(
      (update: { billing_name?: string | null }) =>
        new Promise<void>((resolve) => {
          finish = resolve;
          expect(update).toEqual({ billing_name: "Grace Hopper" });
        }),
    );
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} onBillingSubmit={onBillingSubmit} />);
    const form = await renameInEditor(user, "Grace Hopper");
    await user.click(within(form).getByRole("button", { name: "Save billing details" }));

    await waitFor(() => expect(onBillingSubmit).toHaveBeenCalledTimes(1));
    // The handler has not finished: the receipt already shows the change.
    await waitFor(() => expect(detail("Name")).toHaveTextContent("Grace Hopper"));
    finish();
    expect(await screen.findByRole("status")).toHaveTextContent("Billing details saved.");
    expect(detail("Name")).toHaveTextContent("Grace Hopper");
    // The merchant's handler saved it: nothing went to Polar.
    expect(mock.requests.filter((request) => request.method === "PATCH")).toEqual([]);
  });

  it("with an order prop, shows the saved details and hands them to the merchant", async () => {
    const user = userEvent.setup();
    const onBillingUpdated = vi.fn();
    renderInPortal(<OrderDetail order={fixtures.paid} onBillingUpdated={onBillingUpdated} />);
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    const name = screen.getByLabelText("Billing name");
    await user.clear(name);
    await user.type(name, "Grace Hopper");
    await user.click(screen.getByRole("button", { name: "Save billing details" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Billing details saved.");
    expect(detail("Name")).toHaveTextContent("Grace Hopper");
    expect(onBillingUpdated).toHaveBeenCalledWith(expect.objectContaining({ billing_name: "Grace Hopper" }));
  });

  it("saves through the merchant's own handler when given one", async () => {
    const user = userEvent.setup();
    const onBillingSubmit = vi.fn(async (update: { billing_name?: string | null }, order: CustomerOrder) => ({ ...order, billing_name: update.billing_name ?? null }));
    renderInPortal(<OrderDetail order={fixtures.paid} onBillingSubmit={onBillingSubmit} />);
    await user.click(screen.getByRole("button", { name: "Edit billing details" }));
    const name = screen.getByLabelText("Billing name");
    await user.clear(name);
    await user.type(name, "Grace Hopper");
    await user.click(screen.getByRole("button", { name: "Save billing details" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Billing details saved.");
    expect(onBillingSubmit).toHaveBeenCalledWith({ billing_name: "Grace Hopper" }, fixtures.paid);
    expect(mock.requests.filter((request) => request.method === "PATCH")).toHaveLength(0);
    expect(detail("Name")).toHaveTextContent("Grace Hopper");
  });
});

describe("<OrderDetail> billing form, loaded when asked for", () => {
  it("puts the keyboard in the form's first field once the form's code has loaded", async () => {
    const user = userEvent.setup();
    renderInPortal(<OrderDetail order={fixtures.paid} />);
    const edit = screen.getByRole("button", { name: "Edit billing details" });
    // Pointing at the button starts loading the form's code (the size bench measures the split).
    await user.hover(edit);
    await user.click(edit);
    const form = await screen.findByRole("form", { name: "Billing details" });
    await waitFor(() => expect(within(form).getByLabelText("Billing name")).toHaveFocus());
  });
});
