import { notifyManager } from "@tanstack/react-query";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { OrderDetail } from "../../../../src/features/orders/components/OrderDetail/OrderDetail";
import { BillingAddressForm, PortalError, type CustomerOrder, type OrderBillingUpdate } from "../../../../src/index";
import { fixtures, makeOrder } from "../../../../src/testing";
import fr from "../../../../src/locales/fr";
import { mockPolarForFile, renderInPortal } from "../../../support";

const { mock, server } = mockPolarForFile();

const paid = fixtures.paid;
const noBilling = fixtures.noBilling;

const patchBodies = () => mock.requests.filter((request) => request.method === "PATCH").map((request) => request.body);
const form = () => screen.getByRole("form", { name: "Billing details" });
const submitButton = () => screen.getByRole("button", { name: /save billing details|saving/i });
const nameInput = () => screen.getByLabelText("Billing name");

/** The text of the elements that describe a field (its error, a hint). */
function description(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" | ");
}

async function replaceText(user: UserEvent, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) await user.type(element, text);
}

describe("BillingAddressForm: loading and the order source", () => {
  it("shows a skeleton while the order loads, then the stored values", async () => {
    renderInPortal(<BillingAddressForm orderId={paid.id} className="merchant-form" />);
    expect(document.querySelector('[data-state="loading"]')).toHaveAttribute("aria-busy", "true");
    expect(await screen.findByLabelText("Billing name")).toHaveValue("Ada Lovelace");
    expect(form()).toHaveClass("pp-billing-form", "merchant-form");
    expect(form()).toHaveAttribute("data-state", "idle");
    expect(screen.getByLabelText("Address line 1")).toHaveValue(paid.billing_address!.line1);
    expect(screen.getByLabelText("ZIP code")).toHaveValue("94107");
  });

  it("shows the error view when the order cannot be loaded", async () => {
    renderInPortal(<BillingAddressForm orderId="0d6e2f1a-3b4c-4d5e-9f60-000000000000" />);
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not find this order.");
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });
});

describe("BillingAddressForm: country and state", () => {
  it("shows country and state read-only, with the reason, once the order has an address", async () => {
    renderInPortal(<BillingAddressForm order={paid} />);
    const country = screen.getByLabelText("Country");
    const state = screen.getByLabelText("State");
    expect(country).toHaveAttribute("readonly");
    expect(country).toHaveValue("United States");
    expect(state).toHaveAttribute("readonly");
    expect(state).toHaveValue("California");
    for (const field of [country, state]) {
      expect(description(field)).toContain("cannot be changed once set");
    }
    expect(form()).toHaveAttribute("data-locked");
  });

  it("lets an order without an address pick any country Polar accepts, named and sorted in the locale", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />, { locale: "de-DE" });
    const country = screen.getByLabelText("Country");
    expect(country.tagName).toBe("SELECT");
    expect(country).not.toBeDisabled();
    const names = within(country).getAllByRole("option").map((option) => option.textContent);
    expect(names).toContain("Deutschland");
    // German collation puts Ä with A; a plain code-unit sort would put it after Z.
    expect(names.indexOf("Ägypten")).toBeLessThan(names.indexOf("Albanien"));
    expect(within(country).queryByRole("option", { name: "Russland" })).not.toBeInTheDocument();
    expect(within(country).queryByRole("option", { name: "Kuba" })).not.toBeInTheDocument();

    await user.selectOptions(country, "US");
    const state = screen.getByLabelText("State");
    expect(state.tagName).toBe("SELECT");
    expect(within(state).getAllByRole("option")).toHaveLength(52); // placeholder + 50 states + DC
    expect(within(state).getByRole("option", { name: "California" })).toHaveValue("US-CA");

    await user.selectOptions(state, "US-CA");
    await user.selectOptions(country, "CA");
    const province = screen.getByLabelText("Province or territory");
    expect(within(province).getAllByRole("option")).toHaveLength(14);
    expect(province).toHaveValue(""); // a US state means nothing in Canada

    await user.selectOptions(country, "DE");
    const region = screen.getByLabelText("State or region (optional)");
    expect(region.tagName).toBe("INPUT");
    expect(screen.getByLabelText("Postal code")).toBeInTheDocument();
  });

  it("offers only the merchant's countries when `countries` is given, dropping those Polar refuses", async () => {
    renderInPortal(<BillingAddressForm order={noBilling} countries={["FR", "US", "RU", "DE"]} />);
    const options = within(screen.getByLabelText("Country")).getAllByRole("option");
    expect(options.map((option) => option.getAttribute("value"))).toEqual(["", "FR", "DE", "US"]);
  });

  it("reads the merchant's `countries` in lower case like upper case", async () => {
    renderInPortal(<BillingAddressForm order={noBilling} countries={["us", "de"]} />);
    const options = within(screen.getByLabelText("Country")).getAllByRole("option");
    expect(options.map((option) => option.getAttribute("value"))).toEqual(["", "DE", "US"]);
  });
});

describe("BillingAddressForm: client-side validation", () => {
  it("marks every missing required field, links the errors, focuses the first, and sends nothing", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.click(submitButton());

    const expected: [string, string][] = [
      ["Billing name", "Enter the billing name."],
      ["Country", "Select a country."],
      ["Address line 1", "Enter the street address."],
      ["City", "Enter the city."],
      ["Postal code", "Enter the postal code."],
    ];
    for (const [label, message] of expected) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute("aria-invalid", "true");
      expect(description(field)).toBe(message);
    }
    expect(screen.getByLabelText("Address line 2 (optional)")).not.toHaveAttribute("aria-invalid");
    expect(nameInput()).toHaveFocus();
    expect(form()).toHaveAttribute("data-state", "invalid");
    expect(patchBodies()).toEqual([]);
  });

  it("sums the errors up in an alert with their count, each a link that focuses its field", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.click(submitButton());

    const summary = screen.getByRole("alert");
    expect(summary.querySelector(".pp-billing-form__summary-message")).toHaveTextContent("5 fields need a correction:");
    const links = within(summary).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Enter the billing name.",
      "Select a country.",
      "Enter the street address.",
      "Enter the city.",
      "Enter the postal code.",
    ]);
    await user.click(links[3]!);
    expect(screen.getByLabelText("City")).toHaveFocus();

    // A snapshot of the submit: typing does not rewrite (and re-announce) it...
    await user.type(screen.getByLabelText("City"), "Paris");
    expect(within(screen.getByRole("alert")).getAllByRole("link")).toHaveLength(5);
    // ...the next submit does.
    await user.type(nameInput(), "Ada");
    await user.click(submitButton());
    expect(screen.getByRole("alert")).toHaveTextContent("3 fields need a correction:");
  });

  it("says one field in the singular", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await user.clear(nameInput());
    await user.click(submitButton());
    expect(screen.getByRole("alert")).toHaveTextContent("1 field needs a correction:Enter the billing name.");
  });

  it("US: requires a state and a 5-digit ZIP, and focuses the state first", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.type(nameInput(), "Ada Lovelace");
    await user.selectOptions(screen.getByLabelText("Country"), "US");
    await user.type(screen.getByLabelText("Address line 1"), "1 Analytical Way");
    await user.type(screen.getByLabelText("City"), "San Francisco");
    await user.type(screen.getByLabelText("ZIP code"), "9410");
    await user.click(submitButton());

    expect(screen.getByLabelText("State")).toHaveFocus();
    expect(description(screen.getByLabelText("State"))).toBe("Select a state.");
    expect(description(screen.getByLabelText("ZIP code"))).toBe("Enter a 5-digit ZIP code, such as 94107.");
    expect(patchBodies()).toEqual([]);

    // Fixing a field clears its error as the customer types.
    await user.type(screen.getByLabelText("ZIP code"), "7-1234");
    expect(screen.getByLabelText("ZIP code")).not.toHaveAttribute("aria-invalid");
  });

  it("CA: requires a province and an A1A 1A1 postal code", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.type(nameInput(), "Ada");
    await user.selectOptions(screen.getByLabelText("Country"), "CA");
    await user.type(screen.getByLabelText("Address line 1"), "1 Rideau St");
    await user.type(screen.getByLabelText("City"), "Ottawa");
    await user.type(screen.getByLabelText("Postal code"), "12345");
    await user.click(submitButton());

    expect(description(screen.getByLabelText("Province or territory"))).toBe("Select a province or territory.");
    expect(description(screen.getByLabelText("Postal code"))).toMatch(/K1A 0B1/);
    expect(patchBodies()).toEqual([]);
  });

  it("GB, DE, FR and NL postal codes are checked; elsewhere any postal code goes", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.type(nameInput(), "Ada");
    await user.type(screen.getByLabelText("Address line 1"), "1 Street");
    await user.type(screen.getByLabelText("City"), "Town");
    const postal = () => screen.getByLabelText("Postal code");
    for (const [country, bad] of [["GB", "12345"], ["DE", "1234"], ["FR", "ABCDE"], ["NL", "12345"]] as const) {
      await user.selectOptions(screen.getByLabelText("Country"), country);
      await replaceText(user, postal(), bad);
      await user.click(submitButton());
      expect(postal(), country).toHaveAttribute("aria-invalid", "true");
      expect(postal()).toHaveFocus();
    }
    expect(patchBodies()).toEqual([]);

    await user.selectOptions(screen.getByLabelText("Country"), "BR");
    await replaceText(user, postal(), "anything 12");
    await user.click(submitButton());
    await waitFor(() => expect(patchBodies()).toHaveLength(1));
    expect(patchBodies()[0]).toMatchObject({ billing_address: { country: "BR", postal_code: "anything 12", state: null } });
  });
});

describe("BillingAddressForm: fields in the country's order", () => {
  const fieldOrder = () => [...form().querySelectorAll<HTMLElement>("[data-field]")].map((field) => field.dataset.field);

  it("puts the postal code before the city where the country writes it so, keeping what was typed", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    expect(fieldOrder()).toEqual(["name", "country", "line1", "line2", "city", "state", "postalCode"]);
    await user.type(screen.getByLabelText("City"), "Berlin");
    await user.type(screen.getByLabelText("Postal code"), "10115");
    const city = screen.getByLabelText("City");

    await user.selectOptions(screen.getByLabelText("Country"), "DE");
    expect(fieldOrder()).toEqual(["name", "country", "line1", "line2", "postalCode", "city", "state"]);
    // The same input moved (a screen reader's or the browser's hold on it stays), not another relabelled.
    expect(screen.getByLabelText("City")).toBe(city);
    expect(city).toHaveValue("Berlin");
    expect(screen.getByLabelText("Postal code")).toHaveValue("10115");

    await user.selectOptions(screen.getByLabelText("Country"), "US");
    expect(fieldOrder()).toEqual(["name", "country", "line1", "line2", "city", "state", "postalCode"]);
    expect(screen.getByLabelText("City")).toHaveValue("Berlin");
  });

  it("asks a Japanese address from the postal code down: prefecture, city, then the street", () => {
    renderInPortal(<BillingAddressForm order={fixtures.jpy} />);
    expect(fieldOrder()).toEqual(["name", "country", "postalCode", "state", "city", "line1", "line2"]);
  });

  it("focuses the first field in error as shown: the postal code before the city in France", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.type(nameInput(), "Émilie Dubois");
    await user.selectOptions(screen.getByLabelText("Country"), "FR");
    await user.type(screen.getByLabelText("Address line 1"), "12 Rue de Rivoli");
    await user.click(submitButton());
    expect(screen.getByLabelText("City")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Postal code")).toHaveFocus();
  });
});

describe("BillingAddressForm: what is sent", () => {
  it("sends only billing_name when only the name changed, and announces the save", async () => {
    const onSuccess = vi.fn();
    const { user } = renderInPortal(<BillingAddressForm orderId={paid.id} onSuccess={onSuccess} />);
    await replaceText(user, await screen.findByLabelText("Billing name"), "  Grace Hopper ");
    await user.click(submitButton());

    expect(await screen.findByRole("status")).toHaveTextContent("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_name: "Grace Hopper" }]);
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ billing_name: "Grace Hopper" }));
    expect(form()).toHaveAttribute("data-state", "saved");
  });

  it("sends the whole address, with the unchanged country and state, when one part changed", async () => {
    const { user } = renderInPortal(<BillingAddressForm orderId={paid.id} />);
    await user.type(await screen.findByLabelText("Address line 2 (optional)"), "Suite 5");
    await user.click(submitButton());

    expect(await screen.findByText("Billing details saved.")).toBeInTheDocument();
    expect(patchBodies()).toEqual([
      { billing_address: { line1: "1 Analytical Way", line2: "Suite 5", postal_code: "94107", city: "San Francisco", state: "US-CA", country: "US" } },
    ]);
    expect(mock.getOrder(paid.id)?.billing_address?.line2).toBe("Suite 5");
  });

  it("sends nothing when nothing changed, and says so", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, nameInput(), "Ada Lovelace  ");
    await user.click(submitButton());
    expect(await screen.findByText("Nothing to save: no details were changed.")).toBeInTheDocument();
    expect(mock.requests).toEqual([]);
  });

  it("sends a stored bare US state back in US-CA form", async () => {
    const bare = makeOrder({ billing_address: { ...makeOrder().billing_address!, state: "CA" } });
    const bodies: unknown[] = [];
    server.use(
      http.patch("*/v1/customer-portal/orders/:id", async ({ request }) => {
        const body = (await request.json()) as OrderBillingUpdate;
        bodies.push(body);
        return HttpResponse.json({ ...bare, billing_address: body.billing_address });
      }),
    );
    const { user } = renderInPortal(<BillingAddressForm order={bare} />);
    expect(screen.getByLabelText("State")).toHaveValue("California");
    await replaceText(user, screen.getByLabelText("City"), "Oakland");
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(bodies).toEqual([{ billing_address: expect.objectContaining({ city: "Oakland", state: "US-CA", country: "US" }) }]);
  });

  it("sets the chosen country and state on an order without an address, then locks them", async () => {
    const { user } = renderInPortal(<BillingAddressForm orderId={noBilling.id} />);
    await user.type(await screen.findByLabelText("Billing name"), "Ada Lovelace");
    await user.selectOptions(screen.getByLabelText("Country"), "CA");
    await user.type(screen.getByLabelText("Address line 1"), "1 Rideau St");
    await user.type(screen.getByLabelText("City"), "Ottawa");
    await user.selectOptions(screen.getByLabelText("Province or territory"), "CA-ON");
    await user.type(screen.getByLabelText("Postal code"), "K1N 5Y3");
    await user.click(submitButton());

    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([
      {
        billing_name: "Ada Lovelace",
        billing_address: { line1: "1 Rideau St", line2: null, postal_code: "K1N 5Y3", city: "Ottawa", state: "CA-ON", country: "CA" },
      },
    ]);
    expect(screen.getByLabelText("Country")).toHaveAttribute("readonly");
    expect(screen.getByLabelText("Country")).toHaveValue("Canada");
    expect(screen.getByLabelText("Province or territory")).toHaveValue("Ontario");
  });

  it("measures the next change against what was saved (the dirty baseline moves)", async () => {
    // An order given as a prop stays the same object after the save.
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, nameInput(), "Grace Hopper");
    expect(form()).toHaveAttribute("data-dirty");
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(nameInput()).toHaveValue("Grace Hopper");
    expect(form()).not.toHaveAttribute("data-dirty");

    await user.click(submitButton());
    expect(await screen.findByText("Nothing to save: no details were changed.")).toBeInTheDocument();
    await replaceText(user, nameInput(), "Ada Lovelace");
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_name: "Grace Hopper" }, { billing_name: "Ada Lovelace" }]);
  });
});

describe("BillingAddressForm: what is stored never blocks what is edited", () => {
  // Polar stores any postal code (it only trims): these came from elsewhere and fit no form.
  const odd = makeOrder({
    billing_address: { line1: "Unter den Linden 1", line2: null, postal_code: "10115 Berlin", city: "Berlin", state: null, country: "DE" },
  });
  const partial = makeOrder({
    billing_address: { line1: null, line2: null, postal_code: null, city: null, state: null, country: "FR" },
  });

  it.each([
    ["an odd postal code", odd],
    ["only a country", partial],
  ])("saves a name change on an order whose stored address holds %s", async (_, order) => {
    mock.setOrder(order);
    const { user } = renderInPortal(<BillingAddressForm orderId={order.id} />);
    await replaceText(user, await screen.findByLabelText("Billing name"), "Grace Hopper");
    await user.click(submitButton());

    expect(await screen.findByText("Billing details saved.")).toBeInTheDocument();
    expect(patchBodies()).toEqual([{ billing_name: "Grace Hopper" }]);
  });

  it("sends a stored postal code back as stored when another part changes, and checks it once edited", async () => {
    mock.setOrder(odd);
    const { user } = renderInPortal(<BillingAddressForm orderId={odd.id} />);
    await user.type(await screen.findByLabelText("Address line 2 (optional)"), "Hof 2");
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_address: expect.objectContaining({ line2: "Hof 2", postal_code: "10115 Berlin" }) }]);

    const postal = screen.getByLabelText("Postal code");
    await replaceText(user, postal, "10115 Mitte");
    await user.click(submitButton());
    expect(postal).toHaveAttribute("aria-invalid", "true");
    expect(patchBodies()).toHaveLength(1);
  });
});

describe("BillingAddressForm: postal codes as people type them", () => {
  it("sends a typed 941071234 as 94107-1234, and <OrderDetail> shows that before Polar answers", async () => {
    const gate = mock.holdNext("PATCH");
    const { user } = renderInPortal(
      <>
        <OrderDetail orderId={paid.id} />
        <BillingAddressForm orderId={paid.id} />
      </>,
    );
    const detail = await screen.findByRole("article");
    await replaceText(user, await screen.findByLabelText("ZIP code"), "941071234");
    await user.click(submitButton());
    await gate.arrived;
    expect(await within(detail).findByText(/94107-1234/)).toBeInTheDocument();
    gate.release();

    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_address: expect.objectContaining({ postal_code: "94107-1234", country: "US" }) }]);
    expect(screen.getByLabelText("ZIP code")).toHaveValue("94107-1234");
  });

  it.each([
    ["CA", "k1a-0b1", "K1A 0B1", "CA-ON"],
    ["GB", "sw1a  1aa", "SW1A 1AA", ""],
    ["NL", "1012-ab", "1012 AB", ""],
    ["DE", "D-10115", "10115", ""],
  ])("%s: accepts the typed %j and sends %j", async (country, typed, sent, state) => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />);
    await user.type(nameInput(), "Ada");
    await user.selectOptions(screen.getByLabelText("Country"), country);
    await user.type(screen.getByLabelText("Address line 1"), "1 Street");
    await user.type(screen.getByLabelText("City"), "Town");
    if (state) await user.selectOptions(screen.getByLabelText("Province or territory"), state);
    await user.type(screen.getByLabelText("Postal code"), typed);
    await user.click(submitButton());

    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_name: "Ada", billing_address: expect.objectContaining({ country, postal_code: sent }) }]);
  });
});

describe("BillingAddressForm: the order changing elsewhere", () => {
  it("follows a refetched order in untouched fields, but never overwrites what the customer typed", async () => {
    const { user, queryClient } = renderInPortal(<BillingAddressForm orderId={paid.id} />);
    expect(await screen.findByLabelText("Billing name")).toHaveValue("Ada Lovelace");

    mock.setOrder({ ...paid, billing_name: "Ada King" });
    await queryClient.invalidateQueries();
    await waitFor(() => expect(nameInput()).toHaveValue("Ada King"));

    await replaceText(user, screen.getByLabelText("City"), "Oakland");
    mock.setOrder({ ...paid, billing_name: "Countess of Lovelace" });
    await queryClient.invalidateQueries();
    await waitFor(() => expect(mock.requests.filter((request) => request.method === "GET")).toHaveLength(3));
    await waitFor(() => expect(nameInput()).toHaveValue("Countess of Lovelace"));
    expect(screen.getByLabelText("City")).toHaveValue("Oakland");

    // Only the customer's own edit is sent, not a revert of the change made elsewhere.
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_address: expect.objectContaining({ city: "Oakland" }) }]);
  });
});

describe("BillingAddressForm: in flight, optimistic", () => {
  it("sends one request for two quick submits", async () => {
    const gate = mock.holdNext("PATCH");
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, nameInput(), "Grace Hopper");
    fireEvent.submit(form());
    fireEvent.submit(form());
    await gate.arrived;
    gate.release();
    await screen.findByText("Billing details saved.");
    expect(patchBodies()).toEqual([{ billing_name: "Grace Hopper" }]);
  });

  it("shows the new name in an <OrderDetail> of the same order before Polar answers, and blocks a second submit", async () => {
    const gate = mock.holdNext("PATCH");
    const { user } = renderInPortal(
      <>
        <OrderDetail orderId={paid.id} />
        <BillingAddressForm orderId={paid.id} />
      </>,
    );
    const detail = await screen.findByRole("article");
    await within(detail).findByText("Ada Lovelace");
    await replaceText(user, await screen.findByLabelText("Billing name"), "Grace Hopper");
    await user.click(submitButton());
    await gate.arrived;

    expect(await within(detail).findByText("Grace Hopper")).toBeInTheDocument();
    // Marked unavailable, not disabled: a disabled button would drop the keyboard's focus to the page.
    expect(submitButton()).toHaveAttribute("aria-disabled", "true");
    expect(submitButton()).toBeEnabled();
    expect(submitButton()).toHaveTextContent("Saving…");
    // "Saving…" is said in the live region; the form is not aria-busy, which would silence it.
    expect(within(form()).getByRole("status")).toHaveTextContent("Saving…");
    expect(form()).not.toHaveAttribute("aria-busy");
    expect(form()).toHaveAttribute("data-pending");
    await user.keyboard("{Enter}"); // implicit submission must not send a second request
    await user.click(submitButton()); // nor a click on the unavailable button
    fireEvent.submit(form()); // nor a programmatic one
    expect(patchBodies()).toHaveLength(1);

    gate.release();
    expect(await screen.findByText("Billing details saved.")).toBeInTheDocument();
    expect(submitButton()).not.toHaveAttribute("aria-disabled");
    expect(submitButton()).toHaveFocus();
    expect(form()).not.toHaveAttribute("data-pending");
    expect(within(detail).getByText("Grace Hopper")).toBeInTheDocument();
    expect(patchBodies()).toHaveLength(1);
  });
});

describe("BillingAddressForm: failures", () => {
  it("puts Polar's 422 field errors under their fields (a whole-address error under the state) in the kit's words, and keeps the typing", async () => {
    const onError = vi.fn();
    mock.failNext(
      {
        status: 422,
        body: {
          detail: [
            { type: "value_error", loc: ["body", "billing_name"], msg: "Value error, name refused", input: "x" },
            { type: "value_error", loc: ["body", "billing_address"], msg: "Value error, Invalid US state", input: {} },
            { type: "value_error", loc: ["body", "billing_address", "postal_code"], msg: "Postal code refused", input: "x" },
          ],
        },
      },
      { method: "PATCH" },
    );
    const { user } = renderInPortal(<BillingAddressForm orderId={paid.id} onError={onError} />);
    await replaceText(user, await screen.findByLabelText("Billing name"), "Grace  Hopper");
    await replaceText(user, screen.getByLabelText("ZIP code"), "10001");
    // Polar takes a moment, so the optimistic guess renders before the refusal rolls it back.
    mock.setLatency(30);
    await user.click(submitButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Some details were not accepted. Correct them and try again.");
    // The summary links each refused field, in the form's order.
    expect(within(alert).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Billing name: Invalid value.", `#${nameInput().id}`],
      ["Select a state.", `#${screen.getByLabelText("State").id}`],
      ["ZIP code: Invalid value.", `#${screen.getByLabelText("ZIP code").id}`],
    ]);
    // Polar's English is for developers (onError); the customer reads the kit's messages, each
    // naming its field (the summary's links are read apart from the fields) where its words do not.
    expect(description(nameInput())).toBe("Billing name: Invalid value.");
    expect(nameInput()).toHaveAttribute("aria-invalid", "true");
    expect(description(screen.getByLabelText("State"))).toContain("Select a state.");
    expect(screen.getByLabelText("State")).toHaveAttribute("aria-invalid", "true");
    expect(description(screen.getByLabelText("ZIP code"))).toBe("ZIP code: Invalid value.");
    expect(form().textContent).not.toMatch(/Value error|refused/);
    expect(nameInput()).toHaveFocus();
    expect(nameInput()).toHaveValue("Grace  Hopper");
    expect(screen.getByLabelText("ZIP code")).toHaveValue("10001");
    expect(form()).toHaveAttribute("data-state", "error");
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: "validation", fieldErrors: expect.objectContaining({ billing_name: ["Value error, name refused"] }) }),
    );

    // The rollback lands in the cache after the errors are shown; they must survive it.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(nameInput()).toHaveAttribute("aria-invalid", "true");
    expect(description(nameInput())).toBe("Billing name: Invalid value.");
    expect(nameInput()).toHaveValue("Grace  Hopper");
  });

  // The cache's rollback reaches the form on react-query's next notify; under load, or when a
  // merchant schedules notifications on animation frames (notifyManager.setScheduler), the form's
  // own error render comes first, with the guess (an order with an address) still as its order.
  it.each([
    ["react-query's default notifications", 0],
    ["react-query's notifications a frame late", 16],
  ])("keeps a first address's country and state editable while Polar decides, and focuses the refused one (%s)", async (_timing, notifyDelay) => {
    if (notifyDelay) {
      notifyManager.setScheduler((callback) => setTimeout(callback, notifyDelay));
      onTestFinished(() => notifyManager.setScheduler((callback) => setTimeout(callback, 0)));
    }
    mock.setLatency(30); // the optimistic guess (an order with an address) renders before the refusal
    mock.failNext(
      { status: 422, body: { error: "RequestValidationError", detail: [{ type: "value_error", loc: ["body", "billing_address"], msg: "Value error, Invalid CA state", input: {} }] } },
      { method: "PATCH" },
    );
    const { user } = renderInPortal(<BillingAddressForm orderId={noBilling.id} />);
    await user.type(await screen.findByLabelText("Billing name"), "Ada");
    await user.selectOptions(screen.getByLabelText("Country"), "CA");
    await user.type(screen.getByLabelText("Address line 1"), "1 Rideau St");
    await user.type(screen.getByLabelText("City"), "Ottawa");
    await user.selectOptions(screen.getByLabelText("Province or territory"), "CA-ON");
    await user.type(screen.getByLabelText("Postal code"), "K1N 5Y3");
    await user.click(submitButton());

    expect(screen.getByLabelText("Country").tagName).toBe("SELECT");
    expect(screen.queryByText(/cannot be changed once set/)).not.toBeInTheDocument();
    await screen.findByRole("alert");
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const province = screen.getByLabelText("Province or territory");
    expect(province.tagName).toBe("SELECT");
    expect(province).toHaveValue("CA-ON");
    expect(province).toHaveAttribute("aria-invalid", "true");
    expect(province).toHaveFocus();
  });

  it("shows an error on a read-only field and focuses it", async () => {
    mock.failNext(
      { status: 422, body: { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "billing_address", "country"], msg: "Country cannot be changed", input: "DE" }] } },
      { method: "PATCH" },
    );
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, screen.getByLabelText("City"), "Oakland");
    await user.click(submitButton());
    await screen.findByRole("alert");
    const country = screen.getByLabelText("Country");
    expect(country).toHaveAttribute("aria-invalid", "true");
    // The kit's sentence (the hint's, as the error), not Polar's "Country cannot be changed".
    expect(description(country)).toContain("cannot be changed once set");
    expect(description(country)).not.toContain("Country cannot be changed");
    expect(country).toHaveFocus();
  });

  it("says in one short sentence that Polar no longer accepts a stored address's country (RU), not Polar's list of every other", async () => {
    const moscow = { line1: "Tverskaya 1", line2: null, postal_code: "125009", city: "Moscow", state: null, country: "RU" };
    mock.setOrder({ ...paid, billing_address: moscow });
    const { user } = renderInPortal(<BillingAddressForm orderId={paid.id} />);
    await replaceText(user, await screen.findByLabelText("City"), "Saint Petersburg");
    await user.click(submitButton());

    const alert = await screen.findByRole("alert");
    expect(patchBodies()).toEqual([{ billing_address: { ...moscow, city: "Saint Petersburg" } }]); // Polar answers with its 422
    const country = screen.getByLabelText("Country");
    expect(country).toHaveAttribute("aria-invalid", "true");
    expect(country).toHaveFocus();
    expect(description(country)).toContain("We no longer accept this country.");
    expect(description(country)).toContain("cannot be changed once set");
    expect(form().textContent).not.toMatch(/Input should be|'AD'/);
    expect(alert.textContent!.length).toBeLessThan(100);
    expect(screen.getByLabelText("City")).toHaveValue("Saint Petersburg");
  });

  it("says in the summary, in the kit's words, that a 422 message belonging to no field was refused", async () => {
    mock.failNext(
      { status: 422, body: { error: "RequestValidationError", detail: [{ type: "uuid_parsing", loc: ["path", "id"], msg: "Input should be a valid UUID", input: "x" }] } },
      { method: "PATCH" },
    );
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, nameInput(), "Grace");
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The request could not be completed.");
    expect(alert).not.toHaveTextContent("UUID");
    expect(submitButton()).toHaveFocus(); // focus is not lost to the page
  });

  it("on a 500, rolls the <OrderDetail> back to the server's truth and keeps what was typed", async () => {
    mock.failNext(500, { method: "PATCH" });
    const onError = vi.fn();
    const { user } = renderInPortal(
      <>
        <OrderDetail orderId={paid.id} />
        <BillingAddressForm orderId={paid.id} onError={onError} />
      </>,
    );
    const detail = await screen.findByRole("article");
    await replaceText(user, await screen.findByLabelText("Billing name"), "Grace Hopper");
    await replaceText(user, screen.getByLabelText("City"), "Oakland");
    await user.click(submitButton());

    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong on our side. Please try again.");
    expect(await within(detail).findByText("Ada Lovelace")).toBeInTheDocument();
    expect(within(detail).queryByText("Grace Hopper")).not.toBeInTheDocument();
    expect(nameInput()).toHaveValue("Grace Hopper");
    expect(screen.getByLabelText("City")).toHaveValue("Oakland");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "server" }));

    // Trying again sends the same change.
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(within(detail).getByText("Grace Hopper")).toBeInTheDocument();
    expect(patchBodies()).toHaveLength(2);
    expect(patchBodies()[1]).toEqual(patchBodies()[0]);
  });

  it("says the connection failed on a network error", async () => {
    mock.failNext("network", { method: "PATCH" });
    const { user } = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(user, nameInput(), "Grace");
    await user.click(submitButton());
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not connect. Check your connection and try again.");
    expect(nameInput()).toHaveValue("Grace");
  });

  it("uses the merchant's messages for the summary", async () => {
    mock.failNext(500, { method: "PATCH" });
    const { user } = renderInPortal(<BillingAddressForm order={paid} />, { messages: { errorServer: "Oups, réessayez.", formSubmit: "Enregistrer" } });
    await replaceText(user, nameInput(), "Grace");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Oups, réessayez.");
  });
});

describe("BillingAddressForm: keyboard and callbacks", () => {
  it("can be filled and submitted with the keyboard alone", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={paid} onCancel={() => {}} />);
    const order = ["Billing name", "Country", "Address line 1", "Address line 2 (optional)", "City", "State", "ZIP code"];
    for (const label of order) {
      await user.tab();
      expect(screen.getByLabelText(label)).toHaveFocus();
    }
    await user.tab();
    expect(submitButton()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();

    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.keyboard("{Control>}a{/Control}{Backspace}94110");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Billing details saved.")).toBeInTheDocument();
    expect(patchBodies()).toEqual([{ billing_address: expect.objectContaining({ postal_code: "94110", state: "US-CA" }) }]);
  });

  it("calls onCancel from the Cancel button", async () => {
    const onCancel = vi.fn();
    const { user } = renderInPortal(<BillingAddressForm order={paid} onCancel={onCancel} />);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("takes Escape as Cancel when there is one", async () => {
    const onCancel = vi.fn();
    const { user } = renderInPortal(<BillingAddressForm order={paid} onCancel={onCancel} />);
    await user.click(screen.getByLabelText("City"));
    await user.keyboard("{Escape}");
    expect(onCancel).toHaveBeenCalledTimes(1);
    cleanup();
    // Without a Cancel, Escape is left to the page (a dialog the form sits in, say).
    const { user: again } = renderInPortal(<BillingAddressForm order={paid} />);
    await again.click(screen.getByLabelText("City"));
    await again.keyboard("{Escape}");
    expect(form()).toBeInTheDocument();
  });

  it("submits through the merchant's onSubmit instead of Polar", async () => {
    const onSubmit = vi.fn(async (update: OrderBillingUpdate, order: CustomerOrder) => ({ ...order, ...update }) as CustomerOrder);
    const onSuccess = vi.fn();
    const { user } = renderInPortal(<BillingAddressForm order={paid} onSubmit={onSubmit} onSuccess={onSuccess} />);
    await replaceText(user, nameInput(), "Grace Hopper");
    await user.click(submitButton());

    await screen.findByText("Billing details saved.");
    expect(onSubmit).toHaveBeenCalledWith({ billing_name: "Grace Hopper" }, paid);
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ billing_name: "Grace Hopper" }));
    expect(mock.requests).toEqual([]);
  });

  it("shows the field errors of a PortalError the merchant's onSubmit rejects with", async () => {
    const onSubmit = vi.fn(async () => {
      throw new PortalError({ kind: "validation", message: "refused", fieldErrors: { "billing_address.city": ["We do not ship there"] } });
    });
    const onError = vi.fn();
    const { user } = renderInPortal(<BillingAddressForm order={paid} onSubmit={onSubmit} onError={onError} />);
    await replaceText(user, screen.getByLabelText("City"), "Atlantis");
    await user.click(submitButton());

    await screen.findByRole("alert");
    expect(description(screen.getByLabelText("City"))).toBe("We do not ship there");
    expect(screen.getByLabelText("City")).toHaveFocus();
    expect(screen.getByLabelText("City")).toHaveValue("Atlantis");
    expect(onError).toHaveBeenCalledWith(expect.any(PortalError));
  });

  it("renders a name that looks like markup as text, in the form and in <OrderDetail>", async () => {
    const markup = '<img src=x onerror="window.__pwned=1"><b>Eve</b>';
    const { user } = renderInPortal(
      <>
        <OrderDetail orderId={paid.id} />
        <BillingAddressForm orderId={paid.id} />
      </>,
    );
    const detail = await screen.findByRole("article");
    const name = await screen.findByLabelText("Billing name");
    await user.clear(name);
    await user.click(name);
    await user.paste(markup);
    await user.click(submitButton());
    await screen.findByText("Billing details saved.");

    expect(within(detail).getByText(markup)).toBeInTheDocument();
    expect(name).toHaveValue(markup);
    expect(document.querySelector("img, b")).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe("BillingAddressForm: accessibility", () => {
  async function violations(container: HTMLElement) {
    // `region` is about page landmarks, which a component on its own cannot have.
    const result = await axe.run(container, { rules: { region: { enabled: false } } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  }

  it("has no axe violations, editable or locked, before and after errors", async () => {
    const editable = renderInPortal(<BillingAddressForm order={noBilling} onCancel={() => {}} />);
    await editable.user.selectOptions(screen.getByLabelText("Country"), "US");
    await editable.user.click(submitButton());
    expect(await violations(editable.container)).toEqual([]);
    editable.unmount();

    mock.failNext(
      { status: 422, body: { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: "x" }] } },
      { method: "PATCH" },
    );
    const locked = renderInPortal(<BillingAddressForm order={paid} />);
    await replaceText(locked.user, screen.getByLabelText("City"), "Oakland");
    await locked.user.click(submitButton());
    await screen.findByRole("alert");
    expect(screen.getByLabelText("State")).toHaveFocus();
    expect(await violations(locked.container)).toEqual([]);
  });
});

describe("BillingAddressForm: in the customer's language", () => {
  const inFrench = { locale: "fr-CA", messages: fr };

  it("names Canada's provinces and territories in French (the pack's names, English where the pack has none), sorted in French", async () => {
    const { user } = renderInPortal(<BillingAddressForm order={noBilling} />, inFrench);
    await user.selectOptions(await screen.findByLabelText("Pays"), "CA");
    const names = within(screen.getByLabelText("Province ou territoire"))
      .getAllByRole("option")
      .slice(1)
      .map((option) => option.textContent);
    expect(names).toEqual([
      "Alberta",
      "Colombie-Britannique",
      "Île-du-Prince-Édouard",
      "Manitoba",
      "Nouveau-Brunswick",
      "Nouvelle-Écosse",
      "Nunavut",
      "Ontario",
      "Québec",
      "Saskatchewan",
      "Terre-Neuve-et-Labrador",
      "Territoires du Nord-Ouest",
      "Yukon",
    ]);
    // A pack without names keeps the English ones.
    cleanup();
    const english = renderInPortal(<BillingAddressForm order={noBilling} />, { locale: "fr-CA" });
    await english.user.selectOptions(await screen.findByLabelText("Country"), "CA");
    expect(within(screen.getByLabelText("Province or territory")).getByRole("option", { name: "Quebec" })).toBeInTheDocument();
  });

  it("shows a stored province by its French name", async () => {
    const quebec = { line1: "1 rue Sainte-Catherine", line2: null, postal_code: "H2X 1K4", city: "Montréal", state: "CA-QC", country: "CA" };
    renderInPortal(<BillingAddressForm order={{ ...paid, billing_address: quebec }} />, inFrench);
    expect(await screen.findByLabelText("Province ou territoire")).toHaveValue("Québec");
  });

  it("words Polar's refusals in French, keeping Polar's English for developers", async () => {
    const onError = vi.fn();
    mock.failNext(
      {
        status: 422,
        body: {
          detail: [
            { type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: "US-NY" },
            { type: "value_error", loc: ["body", "billing_address", "city"], msg: "Value error, City not served", input: "x" },
            { type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {} },
          ],
        },
      },
      { method: "PATCH" },
    );
    const { user } = renderInPortal(<BillingAddressForm order={paid} onError={onError} />, inFrench);
    await replaceText(user, screen.getByLabelText("Ville"), "Oakland");
    await user.click(screen.getByRole("button", { name: fr.formSubmit }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(fr.errorValidation);
    // The refused fields, linked in the form's order, then what belongs to no field.
    // A refusal whose words name no field is named by its label, in French ("Ville : Valeur non valide.").
    const city = `${fr.formCity}\u00a0: ${fr.formErrorInvalidValue}`;
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([city, fr.formLockedHint, fr.errorHttp]);
    expect(description(screen.getByLabelText("État"))).toContain(fr.formLockedHint);
    expect(description(screen.getByLabelText("Ville"))).toBe(city);
    expect(document.body.textContent).not.toMatch(/cannot be changed|Value error|City not served|JSON/);
    expect(onError.mock.calls[0]![0]).toMatchObject({
      fieldErrors: { "billing_address.state": ["State cannot be changed"], "billing_address.city": ["Value error, City not served"] },
      issues: [
        { path: "billing_address.state", type: "value_error", msg: "State cannot be changed" },
        { path: "billing_address.city", type: "value_error", msg: "Value error, City not served" },
        { path: "0", type: "json_invalid", msg: "JSON decode error" },
      ],
    });
  });
});
