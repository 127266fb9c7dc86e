// useCustomer and useUpdateCustomer against the testing kit's mock Polar: billing details wait for
// Polar's answer (it validates tax IDs), its answer fills the cache without a second read, and each
// refusal lands under the form field it is about while the cache keeps Polar's truth.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { billingRefusal, useCustomer, useUpdateCustomer, type BillingRefusalKind, type CustomerUpdate } from "../../../src";
import { customerFixture, newCustomerFixture } from "../../../src/testing";
import { createPolarMock, type PolarMockOptions } from "../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../support";

const server = serveForFile();

async function open(options: PolarMockOptions = {}, member = false) {
  const mock = createPolarMock(options);
  server.resetHandlers(...mock.handlers);
  const { wrapper } = wrapperFor(member ? { token: mock.createSession({ role: "member" }).token } : {});
  const hook = renderHook(() => ({ customer: useCustomer(), update: useUpdateCustomer() }), { wrapper });
  await waitFor(() => expect(hook.result.current.customer.isPending).toBe(false));
  const reads = () => mock.requests.filter((request) => request.method === "GET" && request.path.endsWith("/customers/me")).length;
  return { mock, hook, reads, current: () => hook.result.current };
}

describe("useCustomer", () => {
  it("the customer's billing details, the tax ID as Polar's [value, format]", async () => {
    const { current } = await open();
    expect(current().customer.data).toMatchObject({ billing_name: customerFixture.billing_name, tax_id: ["DE123456788", "eu_vat"] });
    expect(current().customer.data).not.toHaveProperty("stripe_customer_id");
  });

  it("a plain member: refused as forbidden", async () => {
    const { current } = await open({}, true);
    // Polar lets any session read `customers/me` (UnionRead); only billing changes are refused.
    act(() => current().update.mutate({ billing_name: "Team" }));
    await waitFor(() => expect(current().update.isError).toBe(true));
    expect(current().update.refusal?.kind).toBe("forbidden");
    expect(billingRefusal(current().update.error).kind).toBe("forbidden");
  });
});

describe("useUpdateCustomer", () => {
  it("shows nothing before Polar answers, then its answer, without reading the customer again", async () => {
    const { mock, current, reads } = await open();
    const gate = mock.holdNext("PATCH");
    act(() => current().update.mutate({ billing_name: "Ada King", tax_id: "DE 123456788 " }));
    expect((await gate.arrived).body).toEqual({ billing_name: "Ada King", tax_id: "DE 123456788" });
    expect(current().customer.data?.billing_name).toBe(customerFixture.billing_name);
    gate.release();
    await waitFor(() => expect(current().update.isSuccess).toBe(true));
    expect(current().customer.data).toEqual(current().update.data);
    expect(current().customer.data?.billing_name).toBe("Ada King");
    expect(reads()).toBe(1);
    expect(current().update.refusal).toBeNull();
  });

  const rows: [string, PolarMockOptions, CustomerUpdate, BillingRefusalKind, string][] = [
    ["a tax ID Polar does not accept", {}, { tax_id: "DE123" }, "tax_id_invalid", "tax_id"],
    ["a tax ID without a billing address", { customer: newCustomerFixture }, { tax_id: "DE123456788" }, "tax_id_country_required", "billing_address.country"],
    ["removing the billing address once set", {}, { billing_address: null }, "address_required", "billing_address"],
    ["a new country the stored tax ID does not fit", {}, { billing_address: { country: "GB", line1: "1 Strand", city: "London", postal_code: "WC2N 5HR" } }, "tax_id_invalid", "tax_id"],
  ];

  it.each(rows)("%s: refused, the refusal under its field, the cache as Polar has it", async (_, options, update, kind, field) => {
    const { current, mock } = await open(options);
    const before = current().customer.data;
    act(() => current().update.mutate(update));
    await waitFor(() => expect(current().update.isError).toBe(true));
    expect(current().update.refusal?.kind).toBe(kind);
    expect(current().update.fieldErrors[field]?.kind).toBe(kind);
    expect(current().customer.data).toEqual(before);
    expect(mock.customer).toMatchObject({ billing_address: before?.billing_address ?? null, tax_id: before?.tax_id ?? null });
  });

  it("a 422 the kit has no word for: validation, with Polar's field errors under their field", async () => {
    const { current } = await open();
    // Polar refuses NUL in every string (Postgres cannot store it).
    act(() => current().update.mutate({ billing_name: "Ada\u0000" }));
    await waitFor(() => expect(current().update.isError).toBe(true));
    const refusal = current().update.refusal;
    expect(refusal).toMatchObject({ kind: "validation", fieldErrors: { billing_name: [expect.stringContaining("invalid characters")] } });
    expect(Object.keys(current().update.fieldErrors)).toEqual(["billing_name"]);
  });

  it("two saves reach Polar one at a time, in order", async () => {
    const { current, mock } = await open();
    const gate = mock.holdNext("PATCH");
    act(() => current().update.mutate({ billing_name: "One" }));
    act(() => current().update.mutate({ billing_name: "Two" }));
    await gate.arrived;
    const patches = () => mock.requests.filter((request) => request.method === "PATCH");
    expect(patches()).toHaveLength(1);
    gate.release();
    await waitFor(() => expect(patches().map((request) => request.body)).toEqual([{ billing_name: "One" }, { billing_name: "Two" }]));
    await waitFor(() => expect(current().customer.data?.billing_name).toBe("Two"));
  });
});
