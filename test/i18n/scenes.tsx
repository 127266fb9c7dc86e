// Every state a customer can meet, rendered for the message-pack tests: each order fixture in
// <OrderDetail>, the items table alone, loading, every kind of error, and the billing form empty,
// refused by its own rules and by Polar, saved and unchanged. Each scene leaves its DOM on screen
// for the caller to read (and `cleanup` after).
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { expect, vi } from "vitest";
import {
  BillingAddressForm,
  CustomerPortal,
  InvoiceButton,
  OrderDetail,
  OrderDocuments,
  OrderItemsTable,
  OrdersTable,
  ordersSection,
  PortalError,
  ReceiptButton,
  subscriptionsSection,
  type CustomerOrder,
  type PortalErrorKind,
} from "../../src";
import { ErrorView } from "../../src/core/shell/ErrorView";
import type { MessagePack } from "../../src/core/i18n/messages";
import { subdivisionName } from "../../src/core/address/subdivisions";
import { formatCountry, formatState } from "../../src/core/format/region";
import { formatMoney } from "../../src/core/format/money";
import { fixtures, makeItem, makeOrder } from "../../src/testing";
import type { PolarMock } from "../../src/testing/msw";
import { renderInPortal, type PortalTestOptions } from "../support";

export interface Scene {
  name: string;
  /** The orders whose data may show (their strings, amounts, country); none for an error. */
  orders?: CustomerOrder[];
  render(options: PortalTestOptions, mock: PolarMock): Promise<void>;
}

const SEAT = makeItem({ label: "Seat", amount: 500, tax_amount: 0 });

/** An address stored before Polar stopped taking its country. */
const MOSCOW = makeOrder({
  id: "0d6e2f1a-3b4c-4d5e-9f60-00000000007a",
  billing_address: { line1: "Tverskaya 1", line2: null, postal_code: "125009", city: "Moscow", state: null, country: "RU" },
});

const KINDS: PortalErrorKind[] = ["unauthorized", "forbidden", "not_found", "validation", "rate_limited", "server", "http", "network", "invalid_response"];

const form = () => screen.getByRole("form");
const field = (name: string) => form().querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const change = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const submit = () => fireEvent.submit(form());

export const SCENES: Scene[] = [
  ...Object.entries(fixtures).map(
    ([name, order]): Scene => ({
      name: `OrderDetail, ${name}`,
      orders: [order],
      async render(options) {
        renderInPortal(<OrderDetail order={order} />, options);
      },
    }),
  ),
  {
    name: "OrderItemsTable alone, with proration, with a discount, and items without an order",
    orders: [fixtures.prorated, fixtures.discounted, makeOrder({ items: [SEAT] })],
    async render(options) {
      renderInPortal(<OrderItemsTable order={fixtures.prorated} />, options);
      renderInPortal(<OrderItemsTable order={fixtures.discounted} />, options);
      renderInPortal(<OrderItemsTable items={[SEAT]} currency="usd" />, options);
    },
  },
  {
    name: "OrdersTable: a page of many, with an actions cell; nothing matching a search; no orders at all",
    orders: Object.values(fixtures),
    async render(options, mock) {
      renderInPortal(<OrdersTable defaultParams={{ limit: 5 }} renderActions={() => null} />, options);
      renderInPortal(<OrdersTable defaultParams={{ query: "zzzz" }} />, options);
      await waitFor(() => expect(document.querySelectorAll('.pp-orders-table[data-state="ready"]')).toHaveLength(2));
      mock.failNext({ status: 200, body: { items: [], pagination: { total_count: 0, max_page: 0 } } });
      renderInPortal(<OrdersTable />, options);
      await waitFor(() => expect(document.querySelectorAll('.pp-orders-table[data-state="ready"]')).toHaveLength(3));
    },
  },
  {
    name: "CustomerPortal: the tabs between its sections, the orders open; what a plain member of a team reads in place of the orders",
    orders: Object.values(fixtures),
    async render(options, mock) {
      renderInPortal(<CustomerPortal sections={[subscriptionsSection(), ordersSection()]} defaultSection="orders" />, options);
      await waitFor(() => expect(document.querySelectorAll(".pp-portal__tab")).toHaveLength(2));
      await waitFor(() => expect(document.querySelector('.pp-orders-table[data-state="ready"]')).not.toBeNull());
      renderInPortal(<CustomerPortal />, { ...options, token: mock.createSession({ role: "member" }).token });
      await waitFor(() => expect(document.querySelector(".pp-portal__notice")).not.toBeNull());
    },
  },
  {
    name: "loading",
    async render(options, mock) {
      mock.holdNext("GET");
      renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, options);
      await waitFor(() => expect(document.querySelector('[data-state="loading"]')).not.toBeNull());
    },
  },
  {
    name: "an order that is not there (the component's own error path)",
    async render(options, mock) {
      mock.failNext(404);
      renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, options);
      await screen.findByRole("alert");
    },
  },
  {
    name: "every kind of error, a long rate limit and an unknown failure",
    async render(options) {
      for (const kind of KINDS) renderInPortal(<ErrorView error={new PortalError({ kind, message: "-" })} onRetry={() => {}} />, options);
      renderInPortal(<ErrorView error={new PortalError({ kind: "rate_limited", message: "-", retryAfter: 3600 })} onRetry={() => {}} />, options);
      renderInPortal(<ErrorView error={new Error("boom")} />, options);
    },
  },
  {
    name: "the billing form, refused by its own rules (no country; then Canada and a bad postal code; then the US)",
    orders: [fixtures.noBilling],
    async render(options) {
      renderInPortal(<BillingAddressForm order={fixtures.noBilling} />, options);
      submit();
      await waitFor(() => expect(form().querySelectorAll(".pp-billing-form__error").length).toBeGreaterThan(3));
      // A second form beside it for Canada, a third for the US: their labels and errors differ.
      for (const country of ["CA", "US"]) {
        renderInPortal(<BillingAddressForm order={fixtures.noBilling} />, options);
        const forms = screen.getAllByRole("form");
        const last = forms[forms.length - 1]!;
        const input = (name: string) => last.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        fireEvent.change(input("country"), { target: { value: country } });
        fireEvent.change(input("postalCode"), { target: { value: "abc" } });
        fireEvent.change(input("name"), { target: { value: "\u0000" } });
        fireEvent.submit(last);
        await waitFor(() => expect(within(last).getAllByText((_, element) => element?.classList.contains("pp-billing-form__error") ?? false).length).toBeGreaterThan(3));
      }
    },
  },
  {
    name: "the billing form, refused by Polar without a word (422 with no messages)",
    orders: [fixtures.paid],
    async render(options, mock) {
      mock.failNext(
        { status: 422, body: { detail: [{ loc: ["body", "billing_name"], type: "value_error" }, { loc: ["body"], type: "value_error" }] } },
        { method: "PATCH" },
      );
      renderInPortal(<BillingAddressForm order={fixtures.paid} />, options);
      change("name", "Grace Hopper");
      submit();
      await within(form()).findByRole("alert");
    },
  },
  {
    name: "the billing form, refused by Polar in the words it is known to send (a locked country, an invalid US state, a NUL, a missing and an unknown field, a refusal of no field; a country Polar no longer takes)",
    orders: [fixtures.paid, MOSCOW],
    async render(options, mock) {
      const issue = (loc: string[], msg: string, type = "value_error") => ({ type, loc: ["body", ...loc], msg, input: null });
      mock.failNext(
        {
          status: 422,
          body: {
            detail: [
              issue(["billing_address", "country"], "Country cannot be changed"),
              issue(["billing_address"], "Value error, Invalid US state"),
              issue(["billing_name"], "Value error, This value contains invalid characters"),
              issue(["billing_address", "city"], "Field required", "missing"),
              issue(["billing_address", "line1"], "String should have at most 255 characters", "string_too_long"),
              issue([], "Input should be a valid dictionary", "dict_type"),
            ],
          },
        },
        { method: "PATCH" },
      );
      renderInPortal(<BillingAddressForm order={fixtures.paid} />, options);
      change("name", "Grace Hopper");
      submit();
      await waitFor(() => expect(form().querySelectorAll(".pp-billing-form__error").length).toBe(5));
      // The mock answers as Polar does: an address in a country it now refuses cannot be saved.
      mock.setOrder(MOSCOW);
      renderInPortal(<BillingAddressForm orderId={MOSCOW.id} />, options);
      await waitFor(() => expect(screen.getAllByRole("form")).toHaveLength(2));
      const last = screen.getAllByRole("form")[1]!;
      fireEvent.change(last.querySelector('[name="city"]')!, { target: { value: "Grace Hopper" } });
      fireEvent.submit(last);
      await within(last).findByRole("alert");
    },
  },
  {
    name: "the billing form, its save refused for no field's reason: rate limited, session over, forbidden, no connection",
    orders: [fixtures.paid, fixtures.pending, fixtures.refunded, fixtures.void],
    async render(options, mock) {
      const failures = [429, 401, 403, "network"] as const;
      const orders = [fixtures.paid, fixtures.pending, fixtures.refunded, fixtures.void];
      for (const [index, failure] of failures.entries()) {
        mock.failNext(failure, { method: "PATCH" });
        renderInPortal(<BillingAddressForm order={orders[index]!} />, options);
        const last = screen.getAllByRole("form")[index]!;
        fireEvent.change(last.querySelector('[name="name"]')!, { target: { value: "Grace Hopper" } });
        fireEvent.submit(last);
        await within(last).findByRole("alert");
      }
    },
  },
  {
    name: "the billing form open in <OrderDetail>, saving",
    orders: [fixtures.paid],
    async render(options, mock) {
      mock.holdNext("PATCH");
      renderInPortal(<OrderDetail order={fixtures.paid} />, options);
      fireEvent.click(document.querySelector(".pp-order-detail__edit")!);
      // The form's code loads when it is asked for.
      await screen.findByRole("form");
      change("name", "Grace Hopper");
      submit();
      await waitFor(() => expect(form()).toHaveAttribute("data-state", "pending"));
    },
  },
  {
    name: "the billing form, saved",
    orders: [fixtures.paid],
    async render(options) {
      renderInPortal(<BillingAddressForm order={fixtures.paid} />, options);
      change("name", "Grace Hopper");
      submit();
      await waitFor(() => expect(form().querySelector('[role="status"]')!.textContent).not.toBe(""));
    },
  },
  {
    name: "the billing form, nothing changed",
    orders: [fixtures.paid],
    async render(options) {
      renderInPortal(<BillingAddressForm order={fixtures.paid} />, options);
      submit();
      await waitFor(() => expect(form().querySelector('[role="status"]')!.textContent).not.toBe(""));
    },
  },
  {
    name: "the invoice and receipt actions with nothing to download (a draft, a void order, no billing details)",
    orders: [fixtures.draft, fixtures.void, fixtures.noBilling],
    async render(options) {
      renderInPortal(<OrderDocuments order={fixtures.draft} />, options);
      renderInPortal(<InvoiceButton order={fixtures.void} />, options);
      renderInPortal(<OrderDocuments order={fixtures.noBilling} onEditBillingDetails={() => {}} />, options);
    },
  },
  {
    name: "the invoice and receipt actions, preparing (with Cancel)",
    orders: [fixtures.paid],
    async render(options, mock) {
      mock.holdNext("POST");
      mock.holdNext("GET");
      renderInPortal(<OrderDocuments order={fixtures.paid} />, options);
      for (const button of screen.getAllByRole("button")) fireEvent.click(button);
      await waitFor(() => expect(screen.getAllByRole("button", { name: (_, element) => element.classList.contains("pp-document__cancel") })).toHaveLength(2));
    },
  },
  {
    name: "the invoice and receipt actions, downloading",
    orders: [fixtures.paid],
    async render(options, mock) {
      // jsdom cannot navigate: the same-tab download is recorded, not followed.
      vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
      mock.setInvoice(fixtures.paid.id, "current");
      mock.setReceiptRenders(fixtures.paid.id, 0);
      renderInPortal(<OrderDocuments order={fixtures.paid} />, options);
      for (const button of screen.getAllByRole("button")) fireEvent.click(button);
      await waitFor(() => expect(document.querySelectorAll('.pp-document[data-state="ready"]')).toHaveLength(2));
    },
  },
  {
    name: "the invoice and receipt actions, failed (refused, an ended session)",
    orders: [fixtures.paid, fixtures.eur],
    async render(options, mock) {
      mock.failNext(403);
      renderInPortal(<InvoiceButton order={fixtures.paid} />, options);
      fireEvent.click(screen.getByRole("button"));
      await waitFor(() => expect(document.querySelector('.pp-document[data-state="error"]')).not.toBeNull());
      renderInPortal(<ReceiptButton order={fixtures.eur} />, options);
      mock.expireSession();
      fireEvent.click(document.querySelector('[data-document="receipt"] button')!);
      await waitFor(() => expect(document.querySelector('.pp-document[data-state="unauthorized"]')).not.toBeNull());
    },
  },
];

// Grace Hopper is what the form scenes type; the rest comes from the order.
const TYPED = ["Grace Hopper", "abc"];

/** The orders' own data as it may show: their texts, amounts (in `locale`), country's name and state. */
export function orderData(orders: CustomerOrder[] = [], locale: string): string[] {
  const strings = new Set<string>(TYPED);
  for (const order of orders) {
    const visit = (value: unknown) => {
      if (typeof value === "string") {
        strings.add(value);
        // A value the kit has no message for (a status Polar added later) shows as words.
        strings.add(value.charAt(0).toUpperCase() + value.slice(1).replaceAll("_", " "));
      }
      else if (typeof value === "number") {
        strings.add(formatMoney(value, order.currency, locale));
        strings.add(formatMoney(-value, order.currency, locale));
      } else if (value && typeof value === "object") Object.values(value).forEach(visit);
    };
    visit(order);
    const address = order.billing_address;
    if (address) strings.add(formatCountry(address.country, locale));
    if (address?.state) strings.add(formatState(address.state, address.country));
  }
  // Longest first, so that a name is removed before a word inside it.
  return [...strings].filter((text) => text.trim() !== "").sort((a, b) => b.length - a.length);
}

const ATTRIBUTES = ["aria-label", "placeholder", "title", "alt", "data-label"];

/**
 * What a customer reads (or hears) on the page: text nodes and the attributes that are read out
 * or drawn, with the element each belongs to.
 */
export function readableTexts(root: ParentNode = document.body): { text: string; element: Element }[] {
  const found: { text: string; element: Element }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim()) found.push({ text: node.textContent, element: node.parentElement! });
  }
  for (const element of root.querySelectorAll("*")) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value?.trim()) found.push({ text: value, element });
    }
  }
  return found;
}

/**
 * Data the kit shows that is not a message: a date (in a <time>), a country's name from Intl (an
 * option of the country list) and the English name of a US state or Canadian province its pack
 * does not name (a name the pack gives is checked like any message).
 */
export function isKitData(element: Element, pack: MessagePack): boolean {
  if (element.closest("time")) return true;
  const option = element.closest("option");
  const code = option?.value ?? "";
  return /^[A-Z]{2}$/.test(code) || (/^(US|CA)-/.test(code) && !pack.subdivisions?.[code] && option!.textContent === subdivisionName(code));
}
