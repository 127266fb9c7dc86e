// @vitest-environment node
// `…/customers/me` of the mock Polar (PORTAL.md C1, C4; Polar's `customer_portal/service/customer.py`
// and `tax/tax_id.py`): what GET answers, and each rule of PATCH with Polar's status, error class,
// loc, type and words, in Polar's order.
import { describe, expect, it } from "vitest";
import { customerFixture, newCustomerFixture, paymentMethodFixtures } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../../src/testing/msw";
import { serveForFile } from "../support";

const API = "https://api.polar.sh/v1/customer-portal";
const server = serveForFile();

function polar(options: PolarMockOptions = {}): PolarMock {
  const mock = createPolarMock(options);
  server.use(...mock.handlers);
  return mock;
}

async function call(method: string, body?: unknown, token = POLAR_TEST_TOKEN) {
  const response = await fetch(`${API}/customers/me`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const patch = (body: unknown, token?: string) => call("PATCH", body, token);

/** Polar's `PolarRequestValidationError`: one issue, as each of the service's rules raises alone. */
const refused = (loc: string, type: string, msg: string, input: unknown) => ({
  status: 422,
  body: { error: "PolarRequestValidationError", detail: [{ type, loc: ["body", loc], msg, input }] },
});

const BERLIN = { line1: "Friedrichstraße 123", line2: null, postal_code: "10117", city: "Berlin", state: null, country: "DE" };
const LONDON = { line1: "10 Downing Street", line2: null, postal_code: "SW1A 2AA", city: "London", state: null, country: "GB" };
const BOSTON = { line1: "1 Main St", line2: null, postal_code: "02110", city: "Boston", state: "MA", country: "US" };

describe("GET customers/me", () => {
  it("answers the customer with billing details, the tax ID tuple and the default card, never the Stripe customer", async () => {
    polar();
    const { status, body } = await call("GET");
    expect(status).toBe(200);
    const { stripe_customer_id: _hidden, ...shown } = customerFixture;
    expect(body).toEqual(shown);
    expect(body).not.toHaveProperty("stripe_customer_id");
    expect(body.default_payment_method_id).toBe(paymentMethodFixtures.visa.id);
  });

  it("is open to a plain member (Polar's UnionRead), while PATCH is refused with 403 and Polar's words", async () => {
    const mock = polar();
    const member = mock.createSession({ role: "member" });
    expect((await call("GET", undefined, member.token)).status).toBe(200);
    expect(await patch({ billing_name: "X" }, member.token)).toEqual({
      status: 403,
      body: { error: "NotPermitted", detail: "Only owners and billing managers can access billing features." },
    });
    expect(mock.customer.billing_name).toBe(customerFixture.billing_name);
  });

  it("takes `customer` over the fixture, and a customer with no default card answers null", async () => {
    polar({ customer: newCustomerFixture });
    const { body } = await call("GET");
    expect(body).toMatchObject({ billing_name: null, billing_address: null, tax_id: null, default_payment_method_id: null });
  });
});

describe("PATCH customers/me: billing name and address", () => {
  it("saves the billing name (trimmed) and moves modified_at", async () => {
    const mock = polar();
    const { status, body } = await patch({ billing_name: "  Lovelace Ltd  " });
    expect(status).toBe(200);
    expect(body.billing_name).toBe("Lovelace Ltd");
    expect(body.modified_at).not.toBe(customerFixture.modified_at);
    expect(mock.customer.billing_name).toBe("Lovelace Ltd");
  });

  it("an empty billing name is null, and null leaves the stored name (Polar writes only a given name)", async () => {
    polar();
    expect((await patch({ billing_name: "   " })).body.billing_name).toBe(customerFixture.billing_name);
    expect((await patch({ billing_name: null })).body.billing_name).toBe(customerFixture.billing_name);
  });

  it("refuses to reset the address to null: 422 type missing, Polar's words", async () => {
    const mock = polar();
    expect(await patch({ billing_address: null })).toEqual(
      refused("billing_address", "missing", "Customer billing address cannot be reset to null once set.", null),
    );
    expect(mock.customer.billing_address).toEqual(customerFixture.billing_address);
  });

  it("a pydantic refusal is a RequestValidationError (missing country, wrong type)", async () => {
    polar();
    const { status, body } = await patch({ billing_address: { line1: "x" }, tax_id: 7 });
    expect(status).toBe(422);
    expect(body.error).toBe("RequestValidationError");
    expect(body.detail).toEqual([
      { type: "missing", loc: ["body", "billing_address", "country"], msg: "Field required", input: { line1: "x" } },
      { type: "string_type", loc: ["body", "tax_id"], msg: "Input should be a valid string", input: 7 },
    ]);
  });
});

describe("PATCH customers/me: tax ID", () => {
  it.each([
    ["a German VAT number, spaced", BERLIN, "de 123 456 788", ["DE123456788", "eu_vat"]],
    ["a French one for a German address (Polar does not compare the prefix)", BERLIN, "FR 61 954 506 077", ["FR61954506077", "eu_vat"]],
    ["a Dutch one", { ...BERLIN, country: "NL" }, "NL004495445B01", ["NL004495445B01", "eu_vat"]],
    ["a UK VAT number, stored without its prefix", LONDON, "GB 980 7806 84", ["980780684", "gb_vat"]],
    ["a US EIN", BOSTON, "91-1144442", ["911144442", "us_ein"]],
  ])("%s is stored as Polar normalises it", async (_name, address, taxId, stored) => {
    polar();
    const { status, body } = await patch({ billing_address: address, tax_id: taxId });
    expect(status).toBe(200);
    expect(body.tax_id).toEqual(stored);
  });

  it.each([
    ["a German number with a wrong check digit", BERLIN, "DE123456789"],
    ["a VAT number without its country prefix", BERLIN, "123456788"],
    ["a UK number with a wrong checksum", LONDON, "GB802311781"],
    ["an EIN with a prefix the IRS never assigns", BOSTON, "07-1144442"],
    ["any number in a country Polar has no format for", { ...BERLIN, country: "AF" }, "123456789"],
  ])("%s: 422 Invalid tax ID.", async (_name, address, taxId) => {
    const mock = polar();
    expect(await patch({ billing_address: address, tax_id: taxId })).toEqual(refused("tax_id", "invalid", "Invalid tax ID.", taxId));
    // Nothing of the refused request is kept, the address included.
    expect(mock.customer.billing_address).toEqual(customerFixture.billing_address);
  });

  it("a NUL character is refused as Polar's base schema refuses it", async () => {
    polar();
    const { status, body } = await patch({ tax_id: "DE123\u0000456788" });
    expect(status).toBe(422);
    expect(body.detail).toMatchObject([{ type: "value_error", loc: ["body", "tax_id"], msg: "Value error, This value contains invalid characters" }]);
  });

  it("without an address: 422 Country is required to validate tax ID. (loc billing_address)", async () => {
    polar({ customer: newCustomerFixture });
    expect(await patch({ tax_id: "DE123456788" })).toEqual(refused("billing_address", "missing", "Country is required to validate tax ID.", null));
  });

  it("validates against the address sent with it, and an empty tax ID clears it", async () => {
    polar({ customer: newCustomerFixture });
    expect((await patch({ billing_address: LONDON, tax_id: "980780684" })).body.tax_id).toEqual(["980780684", "gb_vat"]);
    expect((await patch({ tax_id: "" })).body.tax_id).toBeNull();
  });

  it("an address change re-validates the stored tax ID against the new country", async () => {
    polar();
    expect(await patch({ billing_address: LONDON })).toEqual(refused("tax_id", "invalid", "Invalid tax ID.", "DE123456788"));
    // Another EU country keeps it (eu_vat for both).
    expect((await patch({ billing_address: { ...BERLIN, country: "FR", postal_code: "75001", city: "Paris" } })).body.tax_id).toEqual(["DE123456788", "eu_vat"]);
  });
});

describe("PATCH customers/me: default payment method", () => {
  const withCards = { paymentMethods: [paymentMethodFixtures.visa, paymentMethodFixtures.mastercard] };

  it("sets the default to another of the customer's methods", async () => {
    const mock = polar(withCards);
    const { status, body } = await patch({ default_payment_method_id: paymentMethodFixtures.mastercard.id });
    expect(status).toBe(200);
    expect(body.default_payment_method_id).toBe(paymentMethodFixtures.mastercard.id);
    expect(mock.paymentMethods.find((method) => method.default)?.id).toBe(paymentMethodFixtures.mastercard.id);
  });

  it("null: 422 Default payment method cannot be reset to null.", async () => {
    polar(withCards);
    expect(await patch({ default_payment_method_id: null })).toEqual(
      refused("default_payment_method_id", "missing", "Default payment method cannot be reset to null.", null),
    );
  });

  it("an unknown (or another customer's) id: 422 Payment method not found.", async () => {
    polar(withCards);
    const unknown = "8b9c0d1e-0000-4000-8000-0000000000ff";
    expect(await patch({ default_payment_method_id: unknown })).toEqual(refused("default_payment_method_id", "invalid", "Payment method not found.", unknown));
  });

  it("is checked before the tax ID, after the address (Polar's order)", async () => {
    polar(withCards);
    expect((await patch({ billing_address: null, default_payment_method_id: null })).body.detail).toMatchObject([{ loc: ["body", "billing_address"] }]);
    expect((await patch({ default_payment_method_id: null, tax_id: "nope" })).body.detail).toMatchObject([{ loc: ["body", "default_payment_method_id"] }]);
  });
});

describe("reset()", () => {
  it("restores the customer and the default card", async () => {
    const mock = polar({ paymentMethods: [paymentMethodFixtures.visa, paymentMethodFixtures.mastercard] });
    await patch({ billing_name: "Changed", default_payment_method_id: paymentMethodFixtures.mastercard.id });
    mock.reset();
    const { body } = await call("GET");
    expect(body.billing_name).toBe(customerFixture.billing_name);
    expect(body.default_payment_method_id).toBe(paymentMethodFixtures.visa.id);
  });
});
