// Text from the API is data, never markup: scripts, event handlers and `javascript:` URLs render
// as the literal text Polar sent, and huge but valid amounts render as exact numbers. The kit's
// components render no link from API data; should one appear, it must be https.
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BillingAddressForm, defaultMessages, OrderDetail, OrderItemsTable, type CustomerOrder } from "../../src/index";
import { fixtures, makeItem, makeProduct } from "../../src/testing";
import { renderInPortal } from "../support";
import { answering } from "./payloads";

const HOSTILE = {
  script: "<script>window.__pwned = 1</script>",
  img: '<img src=x onerror="window.__pwned = 2">',
  js: "javascript:window.__pwned=3",
  svg: '<svg onload="window.__pwned = 4"></svg>',
  entity: "&lt;b&gt;bold&lt;/b&gt; &amp; co",
  template: "{{constructor.constructor('window.__pwned=5')()}}",
};

declare global {
  interface Window {
    __pwned?: number;
  }
}

const hostileOrder: CustomerOrder = {
  ...fixtures.paid,
  description: HOSTILE.script,
  billing_name: HOSTILE.img,
  invoice_number: HOSTILE.entity,
  status: HOSTILE.svg,
  billing_reason: HOSTILE.template,
  billing_address: { line1: HOSTILE.js, line2: HOSTILE.svg, postal_code: "94107", city: HOSTILE.img, state: "US-CA", country: "US" },
  product: makeProduct({ name: HOSTILE.img, description: HOSTILE.js }),
  items: [
    makeItem({ id: "i1", label: HOSTILE.script }),
    makeItem({ id: "i2", label: HOSTILE.js }),
    makeItem({ id: "i3", label: HOSTILE.template }),
  ],
};

afterEach(() => {
  delete window.__pwned;
});

/** No element, attribute or URL that the API's text could have created. */
function expectInert(container: HTMLElement) {
  expect(container.querySelector("script, img, svg, iframe, object, embed")).toBeNull();
  for (const element of container.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith("on"), `${element.tagName} ${attribute.name}`).toBe(false);
      expect(attribute.value.trim().toLowerCase().startsWith("javascript:"), `${element.tagName} ${attribute.name}`).toBe(false);
    }
  }
  for (const link of container.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>("a[href], area[href]")) {
    expect(new URL(link.href).protocol).toBe("https:");
  }
  for (const element of container.querySelectorAll("[src], [action], [formaction]")) {
    for (const name of ["src", "action", "formaction"]) {
      const value = element.getAttribute(name);
      if (value) expect(new URL(value, "https://merchant.example").protocol).toBe("https:");
    }
  }
  expect(window.__pwned).toBeUndefined();
}

/** Every component of the kit, given `order` or fetching the hostile order by id. */
function everyComponent(order: CustomerOrder | undefined) {
  const source = order ? { order } : { orderId: hostileOrder.id };
  return (
    <>
      <OrderDetail {...source} />
      <OrderItemsTable {...source} />
      <BillingAddressForm {...source} />
    </>
  );
}

describe("hostile strings from the API", () => {
  it.each([
    ["given as a prop", true],
    ["fetched by id", false],
  ])("render as text when the order is %s", async (_, asProp) => {
    const { container } = renderInPortal(everyComponent(asProp ? hostileOrder : undefined), { fetch: answering({ json: hostileOrder }) });
    await waitFor(() => expect(container.querySelector(".pp-order-detail")).toHaveAttribute("data-state", "ready"));
    const text = container.textContent ?? "";
    for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.js, HOSTILE.entity, HOSTILE.template]) {
      expect(text, value).toContain(value);
    }
    // The unknown status shows by its raw value, as text.
    expect(text).toContain(HOSTILE.svg);
    // The form holds the hostile name as a value, not as markup.
    expect(screen.getByLabelText(defaultMessages.formName)).toHaveValue(HOSTILE.img);
    expectInert(container);
  });

  it("stays inert after the customer opens the editor and saves hostile text", async () => {
    let stored: CustomerOrder = fixtures.paid;
    const fetchImpl: typeof fetch = async (_url, init) => {
      if (init?.method === "PATCH") stored = { ...stored, ...(JSON.parse(String(init.body)) as Partial<CustomerOrder>) };
      return new Response(JSON.stringify(stored), { status: 200, headers: { "Content-Type": "application/json" } });
    };
    const { container, user } = renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { fetch: fetchImpl });
    await user.click(await screen.findByRole("button", { name: defaultMessages.editBilling }));
    const name = await screen.findByLabelText(defaultMessages.formName);
    await user.clear(name);
    await user.click(name);
    await user.paste(HOSTILE.img);
    await user.click(screen.getByRole("button", { name: defaultMessages.formSubmit }));
    await waitFor(() => expect(container.querySelector(".pp-order-detail__billing-name")).toHaveTextContent(HOSTILE.img));
    expectInert(container);
  });
});

describe("huge amounts", () => {
  const huge = (amount: number): CustomerOrder => ({
    ...fixtures.paid,
    subtotal_amount: amount,
    net_amount: amount,
    total_amount: amount,
    due_amount: amount,
    tax_amount: 0,
    items: [makeItem({ amount, tax_amount: 0 })],
  });

  it.each([
    ["Number.MAX_SAFE_INTEGER", Number.MAX_SAFE_INTEGER, "$90,071,992,547,409.91"],
    ["-Number.MAX_SAFE_INTEGER", -Number.MAX_SAFE_INTEGER, "-$90,071,992,547,409.91"],
    ["a yen amount of 10^15", 1e15, "¥1,000,000,000,000,000"],
  ])("formats %s exactly, without float rounding", async (_, amount, expected) => {
    const order = amount === 1e15 ? { ...huge(amount), currency: "jpy" } : huge(amount);
    const { container } = renderInPortal(everyComponent(undefined), { fetch: answering({ json: order }) });
    await waitFor(() => expect(container.querySelector(".pp-order-detail")).toHaveAttribute("data-state", "ready"));
    expect(container.querySelector('.pp-order-detail__amount[data-kind="total"] dd')).toHaveTextContent(expected);
    expect(container.textContent).not.toMatch(/NaN|Infinity|e\+/);
  });

  it.each([
    ["1e308", 1e308],
    ["2^53 + 2", 2 ** 53 + 2],
  ])("refuses %s from the API as an invalid answer, not a wrong number", async (_, amount) => {
    const { container } = renderInPortal(everyComponent(undefined), { fetch: answering({ json: huge(amount) }) });
    await waitFor(() => expect(container.querySelector(".pp-order-detail")).toHaveAttribute("data-state", "error"));
    expect(container.querySelector(".pp-order-detail")).toHaveAttribute("data-error-kind", "invalid_response");
    expect(container.textContent).not.toMatch(/NaN|Infinity|e\+308/);
  });
});
