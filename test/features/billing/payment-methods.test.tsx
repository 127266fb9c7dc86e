// The payment-method hooks over a stand-in Polar: the list joined with the default (every page),
// a new default shown at once and rolled back when refused, a removal that waits for Polar and
// keeps the card when refused, a plain member's 403, and no token in any cache key.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  billingKeys,
  orderKeys,
  useDeletePaymentMethod,
  usePaymentMethods,
  useSetDefaultPaymentMethod,
  type BillingRefusalKind,
} from "../../../src";
import { POLAR_TEST_TOKEN } from "../../../src/testing/msw";
import { wrapperFor } from "../../support";
import { card, standInPolar, type StandInOptions } from "./polar";

async function open(options: StandInOptions = {}) {
  const polar = standInPolar(options);
  const { wrapper, queryClient } = wrapperFor({ fetch: polar.fetch });
  const hook = renderHook(() => ({ list: usePaymentMethods(), setDefault: useSetDefaultPaymentMethod(), remove: useDeletePaymentMethod() }), { wrapper });
  await waitFor(() => expect(hook.result.current.list.isPending).toBe(false));
  const ids = () => hook.result.current.list.methods.map((method) => method.id);
  return { polar, hook, queryClient, ids, current: () => hook.result.current };
}

describe("usePaymentMethods", () => {
  it("lists every page, the default first", async () => {
    const methods = [card("pm-1", "4242"), card("pm-2", "4444"), card("pm-3", "1111")];
    const { polar, ids, current } = await open({ methods, pageLimit: 2, customer: undefined });
    expect(ids()).toEqual(["pm-1", "pm-2", "pm-3"]);
    expect(polar.requests.filter((request) => request.path.includes("payment-methods")).map((request) => request.path)).toEqual([
      "/v1/customer-portal/customers/me/payment-methods?page=1&limit=100",
      "/v1/customer-portal/customers/me/payment-methods?page=2&limit=100",
    ]);
    expect(current().list.defaultId).toBe("pm-1");
  });

  it("a plain member: the error says forbidden", async () => {
    const polar = standInPolar({ member: true });
    const { wrapper } = wrapperFor({ fetch: polar.fetch });
    const hook = renderHook(() => usePaymentMethods(), { wrapper });
    await waitFor(() => expect(hook.result.current.error?.kind).toBe("forbidden"));
    expect(hook.result.current.methods).toEqual([]);
  });
});

describe("useSetDefaultPaymentMethod", () => {
  it("shows the new default at once, keeps it when Polar agrees, and marks the orders stale (Polar schedules a retry)", async () => {
    const { polar, queryClient, ids, current } = await open();
    queryClient.setQueryData([...orderKeys.server("https://api.polar.sh"), "list", {}], { items: [], pagination: { total_count: 0, max_page: 0 } });
    polar.holdNext();
    act(() => current().setDefault.mutate("pm-2"));
    await waitFor(() => expect(ids()).toEqual(["pm-2", "pm-1"]));
    expect(current().list.defaultId).toBe("pm-2");
    await waitFor(() => expect(polar.requests.at(-1)).toMatchObject({ method: "PATCH", body: { default_payment_method_id: "pm-2" } }));
    polar.release();
    await waitFor(() => expect(current().setDefault.isSuccess).toBe(true));
    expect(ids()).toEqual(["pm-2", "pm-1"]);
    expect(queryClient.getQueryState([...orderKeys.server("https://api.polar.sh"), "list", {}])?.isInvalidated).toBe(true);
  });

  it("a method removed elsewhere: Polar refuses, the old default comes back, and the refusal says why", async () => {
    const { polar, ids, current } = await open();
    polar.state.methods = polar.state.methods.filter((method) => method.id !== "pm-2");
    polar.holdNext();
    act(() => current().setDefault.mutate("pm-2"));
    await waitFor(() => expect(current().list.defaultId).toBe("pm-2"));
    polar.release();
    await waitFor(() => expect(current().setDefault.isError).toBe(true));
    expect(current().setDefault.refusal?.kind).toBe("payment_method_not_found");
    expect(current().list.defaultId).toBe("pm-1");
    // Read again: the removed method leaves the list.
    await waitFor(() => expect(ids()).toEqual(["pm-1"]));
  });

  it("two changes in a row reach Polar one at a time, and the screen ends on the last", async () => {
    const { polar, current } = await open({ methods: [card("pm-1", "4242"), card("pm-2", "4444"), card("pm-3", "1111")] });
    polar.holdNext();
    act(() => current().setDefault.mutate("pm-2"));
    act(() => current().setDefault.mutate("pm-3"));
    await waitFor(() => expect(current().list.defaultId).toBe("pm-3"));
    const patches = () => polar.requests.filter((request) => request.method === "PATCH");
    await waitFor(() => expect(patches()).toHaveLength(1));
    polar.release();
    await waitFor(() => expect(patches().map((request) => request.body)).toEqual([{ default_payment_method_id: "pm-2" }, { default_payment_method_id: "pm-3" }]));
    await waitFor(() => expect(polar.state.customer.default_payment_method_id).toBe("pm-3"));
    expect(current().list.defaultId).toBe("pm-3");
  });
});

describe("useDeletePaymentMethod", () => {
  it("waits for Polar, then the card leaves the list and the customer is read again (the default moved)", async () => {
    const { polar, ids, current } = await open();
    polar.holdNext();
    act(() => current().remove.mutate("pm-1"));
    await waitFor(() => expect(polar.requests.at(-1)?.method).toBe("DELETE"));
    expect(ids()).toEqual(["pm-1", "pm-2"]);
    polar.release();
    await waitFor(() => expect(ids()).toEqual(["pm-2"]));
    await waitFor(() => expect(current().list.defaultId).toBe("pm-2"));
    expect(polar.requests.filter((request) => request.method === "GET" && request.path.endsWith("/customers/me"))).toHaveLength(2);
  });

  const refused: [string, StandInOptions, string, BillingRefusalKind, string[]][] = [
    ["the last card an active subscription needs", { methods: [card("pm-1", "4242")], inUse: true }, "pm-1", "payment_method_in_use", ["pm-1"]],
    ["a card already removed elsewhere", {}, "pm-9", "payment_method_not_found", ["pm-1", "pm-2"]],
  ];

  it.each(refused)("%s: refused, and the list stays as Polar has it", async (_, options, id, kind, after) => {
    const { ids, current } = await open(options);
    act(() => current().remove.mutate(id));
    await waitFor(() => expect(current().remove.isError).toBe(true));
    expect(current().remove.refusal?.kind).toBe(kind);
    expect(ids()).toEqual(after);
  });
});

describe("the cache", () => {
  it("never holds the session token in a key or a mutation scope", async () => {
    const { queryClient, current } = await open();
    await act(async () => {
      await current().setDefault.mutateAsync("pm-2").catch(() => {});
      await current().remove.mutateAsync("pm-1").catch(() => {});
    });
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys).toContainEqual(billingKeys.customer("https://api.polar.sh"));
    const mutations = queryClient.getMutationCache().getAll().map((mutation) => [mutation.options.mutationKey, mutation.options.scope]);
    expect(mutations).toHaveLength(2);
    expect(JSON.stringify([keys, mutations])).not.toContain(POLAR_TEST_TOKEN);
  });
});
