// useCustomer and useUpdateCustomer over a stand-in Polar: billing details wait for Polar's answer
// (it validates tax IDs), its answer fills the cache without a second read, and each refusal lands
// under the form field it is about while the cache keeps Polar's truth.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { billingRefusal, useCustomer, useUpdateCustomer, type BillingRefusalKind, type CustomerUpdate } from "../../../src";
import { wrapperFor } from "../../support";
import { customer, standInPolar, type StandInOptions } from "./polar";

async function open(options: StandInOptions = {}) {
  const polar = standInPolar(options);
  const { wrapper } = wrapperFor({ fetch: polar.fetch });
  const hook = renderHook(() => ({ customer: useCustomer(), update: useUpdateCustomer() }), { wrapper });
  await waitFor(() => expect(hook.result.current.customer.data).toBeDefined());
  const reads = () => polar.requests.filter((request) => request.method === "GET").length;
  return { polar, hook, reads, current: () => hook.result.current };
}

describe("useUpdateCustomer", () => {
  it("shows nothing before Polar answers, then its answer, without reading the customer again", async () => {
    const { polar, current, reads } = await open();
    polar.holdNext();
    act(() => current().update.mutate({ billing_name: "Ada King", tax_id: "FR61954506077" }));
    await waitFor(() => expect(polar.requests.at(-1)?.method).toBe("PATCH"));
    expect(current().customer.data?.billing_name).toBe("Ada Lovelace");
    polar.release();
    await waitFor(() => expect(current().update.isSuccess).toBe(true));
    expect(current().customer.data).toMatchObject({ billing_name: "Ada King", tax_id: ["FR61954506077", "eu_vat"] });
    expect(polar.requests.at(-1)?.body).toEqual({ billing_name: "Ada King", tax_id: "FR61954506077" });
    expect(reads()).toBe(1);
    expect(current().update.refusal).toBeNull();
  });

  const rows: [string, StandInOptions, CustomerUpdate, BillingRefusalKind, string][] = [
    ["a tax ID Polar does not accept", {}, { tax_id: "FR123" }, "tax_id_invalid", "tax_id"],
    ["a tax ID without a billing address", { customer: customer({ billing_address: null }) }, { tax_id: "FR61954506077" }, "tax_id_country_required", "billing_address.country"],
    ["removing the billing address once set", {}, { billing_address: null }, "address_required", "billing_address"],
  ];

  it.each(rows)("%s: refused, the refusal under its field, the cache as Polar has it", async (_, options, update, kind, field) => {
    const { current, polar } = await open(options);
    const before = current().customer.data;
    act(() => current().update.mutate(update));
    await waitFor(() => expect(current().update.isError).toBe(true));
    expect(current().update.refusal?.kind).toBe(kind);
    expect(current().update.fieldErrors[field]?.kind).toBe(kind);
    expect(current().customer.data).toEqual(before);
    expect(polar.state.customer).toEqual(before);
  });

  it("a 422 the kit has no word for: validation, with Polar's field errors under their fields", async () => {
    const { current } = await open();
    act(() => current().update.mutate({ billing_address: { country: "US", postal_code: "ABCDE", state: "US-CA" } }));
    await waitFor(() => expect(current().update.isError).toBe(true));
    const refusal = current().update.refusal;
    expect(refusal).toMatchObject({ kind: "validation", fieldErrors: { "billing_address.postal_code": [expect.any(String)] } });
    expect(current().update.fieldErrors["billing_address.postal_code"]).toBe(refusal);
  });

  it("a plain member: forbidden", async () => {
    const polar = standInPolar({ member: true });
    const { wrapper } = wrapperFor({ fetch: polar.fetch });
    const hook = renderHook(() => useCustomer(), { wrapper });
    await waitFor(() => expect(hook.result.current.error).toBeTruthy());
    expect(billingRefusal(hook.result.current.error).kind).toBe("forbidden");
  });

  it("two saves reach Polar one at a time, in order", async () => {
    const { current, polar } = await open();
    polar.holdNext();
    act(() => current().update.mutate({ billing_name: "One" }));
    act(() => current().update.mutate({ billing_name: "Two" }));
    const patches = () => polar.requests.filter((request) => request.method === "PATCH");
    await waitFor(() => expect(patches()).toHaveLength(1));
    polar.release();
    await waitFor(() => expect(patches().map((request) => request.body)).toEqual([{ billing_name: "One" }, { billing_name: "Two" }]));
    await waitFor(() => expect(current().customer.data?.billing_name).toBe("Two"));
  });
});
