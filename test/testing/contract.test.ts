// @vitest-environment node
// Fixtures and mock answers checked against Polar's published OpenAPI document (2026-04), so the
// testing kit cannot drift from the real API without a failing test.
import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { CustomerOrder } from "../../src/index";
import { fixtures, manyItemsOrder, manyOrders, otherCustomerOrder, type FixtureName } from "../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN } from "../../src/testing/msw";
import { mockPolarForFile } from "../support";

// Committed beside the other fixtures; where and when it was taken: the .md file next to it.
const documentUrl = new URL("../fixtures/polar-openapi-customer-portal-orders.json", import.meta.url);
const document = JSON.parse(readFileSync(documentUrl, "utf8")) as {
  components: { schemas: Record<string, Record<string, unknown>> };
};

// OpenAPI 3.1 schemas are JSON Schema 2020-12; `strict: false` lets the vendor keywords
// (x-speakeasy-enums, discriminator) pass as annotations.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("uuid4", /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
ajv.addSchema({ $id: "polar-openapi.json", components: document.components });
const schema = (name: string): ValidateFunction => ajv.compile({ $ref: `polar-openapi.json#/components/schemas/${name}` });

const CustomerOrder = schema("CustomerOrder");
const CustomerOrderUpdate = schema("CustomerOrderUpdate");
const HTTPValidationError = schema("HTTPValidationError");
const ResourceNotFound = schema("ResourceNotFound");
const ListResource = schema("ListResource_CustomerOrder_");
const CustomerOrderInvoice = schema("CustomerOrderInvoice");
const CustomerOrderReceipt = schema("CustomerOrderReceipt");
const OrderNotEligibleForInvoice = schema("OrderNotEligibleForInvoice");
const MissingInvoiceBillingDetails = schema("MissingInvoiceBillingDetails");

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Fixtures built on purpose outside the document: the seed's older shape and a future one. */
const OFF_DOCUMENT: FixtureName[] = ["legacy", "future"];
const documented = (Object.entries(fixtures) as [FixtureName, CustomerOrder][]).filter(([name]) => !OFF_DOCUMENT.includes(name));

describe("fixtures against the OpenAPI document", () => {
  it.each([...documented, ["otherCustomerOrder", otherCustomerOrder] as const, ["manyItemsOrder(3)", manyItemsOrder(3)] as const, ...manyOrders(4).map((order, index) => [`manyOrders(4)[${index}]`, order] as const)])(
    "%s is a valid CustomerOrder",
    (_name, order) => {
      expect(errorsOf(CustomerOrder, order)).toEqual([]);
    },
  );

  it("the document allows unknown fields (it never sets additionalProperties), so `units` and newer keys validate", () => {
    expect(JSON.stringify(document)).not.toMatch(/"(additionalProperties|unevaluatedProperties)"\s*:\s*false/);
    expect(errorsOf(CustomerOrder, { ...fixtures.paid, units: 4, brand_new_field: { nested: true } })).toEqual([]);
  });

  it("the legacy fixture differs from the document only by the keys the seed's shape lacks", () => {
    const errors = errorsOf(CustomerOrder, fixtures.legacy);
    expect(new Set(errors.map((error) => `${error.instancePath} ${error.keyword} ${String(error.params.missingProperty ?? "")}`))).toEqual(
      new Set([" required receipt_number", " required refundable_amount", " required refundable_tax_amount"]),
    );
  });

  it("the future fixture differs from the document only by its unknown status and billing reason", () => {
    const errors = errorsOf(CustomerOrder, fixtures.future);
    expect(new Set(errors.map((error) => `${error.instancePath} ${error.keyword}`))).toEqual(new Set(["/status enum", "/billing_reason enum"]));
  });

  it("the validator is not a pushover: a broken amount and a non-v4 id are refused", () => {
    expect(errorsOf(CustomerOrder, { ...fixtures.paid, total_amount: 107.2 })).not.toEqual([]);
    expect(errorsOf(CustomerOrder, { ...fixtures.paid, id: "0d6e2f1a-3b4c-1d5e-9f60-718293a4b5c6" })).not.toEqual([]);
  });
});

describe("mock answers against the OpenAPI document", () => {
  const { mock, server } = mockPolarForFile();
  const API = "https://api.polar.sh/v1/customer-portal/orders";
  const request = (id: string, body?: unknown, token: string | null = POLAR_TEST_TOKEN) =>
    fetch(`${API}/${id}`, {
      method: body === undefined ? "GET" : "PATCH",
      headers: {
        ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it.each(documented)("GET 200 of %s is a CustomerOrder", async (_name, order) => {
    const response = await request(order.id);
    expect(response.status).toBe(200);
    expect(errorsOf(CustomerOrder, await response.json())).toEqual([]);
  });

  it.each([
    ["a new name", { billing_name: "Grace Hopper" }],
    ["a new address", { billing_address: { line1: "2 Analytical Way", postal_code: "94107", city: "San Francisco", state: "CA", country: "us" } }],
    ["cleared billing details", { billing_name: null, billing_address: null }],
  ])("PATCH 200 with %s is a CustomerOrder", async (_name, body) => {
    const response = await request(fixtures.paid.id, body);
    expect(response.status).toBe(200);
    expect(errorsOf(CustomerOrder, await response.json())).toEqual([]);
  });

  it("404 is a ResourceNotFound, for an unknown order and for another customer's", async () => {
    for (const id of [otherCustomerOrder.id, "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"]) {
      const response = await request(id);
      expect(response.status).toBe(404);
      expect(errorsOf(ResourceNotFound, await response.json())).toEqual([]);
    }
  });

  it.each([
    ["a malformed id", "not-a-uuid", undefined],
    ["a refused country", fixtures.noBilling.id, { billing_address: { line1: "1 Main St", country: "CU" } }],
    ["an invalid US state", fixtures.noBilling.id, { billing_address: { line1: "1 Main St", state: "ZZ", country: "US" } }],
    ["a country change", fixtures.paid.id, { billing_address: { line1: "1 Main St", country: "FR" } }],
    ["a state change", fixtures.paid.id, { billing_address: { line1: "1 Main St", state: "US-NY", country: "US" } }],
    ["a NUL in the name", fixtures.paid.id, { billing_name: "A\u0000B" }],
    ["a missing country", fixtures.paid.id, { billing_address: { line1: "1 Main St" } }],
  ])("422 for %s is an HTTPValidationError", async (_name, id, body) => {
    const response = await request(id, body);
    expect(response.status).toBe(422);
    expect(errorsOf(HTTPValidationError, await response.json())).toEqual([]);
  });

  it("the mock accepts and refuses countries exactly as the document's AddressInput enum does", async () => {
    for (const country of ["US", "FR", "JP", "CU", "IR", "KP", "SY", "RU", "XX"]) {
      const body = { billing_address: { line1: "1 Main St", city: "Town", state: country === "US" ? "US-NY" : null, country } };
      const documentAccepts = errorsOf(CustomerOrderUpdate, body).length === 0;
      mock.reset();
      const response = await request(fixtures.noBilling.id, body);
      expect(response.status === 200, country).toBe(documentAccepts);
    }
  });

  it("401 answers are the contract's shapes (the document leaves 401 undescribed)", async () => {
    expect(await (await request(fixtures.paid.id, undefined, null)).json()).toEqual({ error: "Unauthorized", detail: "Unauthorized" });
    expect(Object.keys((await (await request(fixtures.paid.id, undefined, "polar_cst_wrong")).json()) as object).sort()).toEqual([
      "error",
      "error_description",
    ]);
  });

  it("list answers are a ListResource of CustomerOrder, and a bad parameter an HTTPValidationError", async () => {
    // The documented fixtures only: the legacy and future shapes are off the document on purpose.
    server.use(...createPolarMock({ orders: [...documented.map(([, order]) => order), ...manyOrders(30)] }).handlers);
    for (const query of ["", "?limit=500", "?product_billing_type=recurring&sorting=-amount", "?query=pro&page=2&limit=1"]) {
      const response = await fetch(`${API}/${query}`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
      expect(response.status).toBe(200);
      expect(errorsOf(ListResource, await response.json())).toEqual([]);
    }
    const bad = await fetch(`${API}/?page=0&sorting=price`, { headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
    expect(bad.status).toBe(422);
    expect(errorsOf(HTTPValidationError, await bad.json())).toEqual([]);
  });

  it("invoice and receipt answers are the document's schemas", async () => {
    const send = (path: string, method = "GET") => fetch(`${API}/${path}`, { method, headers: { Authorization: `Bearer ${POLAR_TEST_TOKEN}` } });
    mock.setInvoice(fixtures.paid.id, "current");
    expect(errorsOf(CustomerOrderInvoice, await (await send(`${fixtures.paid.id}/invoice`)).json())).toEqual([]);
    mock.setReceiptRenders(fixtures.paid.id, 0);
    expect(errorsOf(CustomerOrderReceipt, await (await send(`${fixtures.paid.id}/receipt`)).json())).toEqual([]);

    const conflict = await send(`${fixtures.void.id}/invoice`, "POST");
    expect(conflict.status).toBe(409);
    expect(errorsOf(OrderNotEligibleForInvoice, await conflict.json())).toEqual([]);
    const missing = await send(`${fixtures.noBilling.id}/invoice`, "POST");
    expect(missing.status).toBe(422);
    expect(errorsOf(MissingInvoiceBillingDetails, await missing.json())).toEqual([]);

    // The document describes these 404s as ResourceNotFound, but Polar answers its own error
    // names (InvoiceDoesNotExist, ReceiptNotAllocated) in the same {error, detail} shape.
    for (const path of [`${fixtures.eur.id}/invoice`, `${fixtures.pending.id}/receipt`]) {
      const response = await send(path);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: string };
      expect(errorsOf(ResourceNotFound, { ...body, error: "ResourceNotFound" })).toEqual([]);
      expect(Object.keys(body).sort()).toEqual(["detail", "error"]);
    }
  });
});
