// The payment-method hooks against the testing kit's mock Polar: the list joined with the default
// (every page), a new default shown at once and rolled back when refused, a removal that waits for
// Polar and keeps the card when refused, a plain member's 403, and no token in any cache key.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  billingKeys,
  orderKeys,
  subscriptionKeys,
  useDeletePaymentMethod,
  usePaymentMethods,
  useSetDefaultPaymentMethod,
  type BillingRefusalKind,
} from "../../../src";
import { paymentMethodFixtures, type FixturePaymentMethod } from "../../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMockOptions } from "../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../support";

const server = serveForFile();
const BASE = "https://api.polar.sh";
const { visa, mastercard, krCard, sepaDebit, expired } = paymentMethodFixtures;

async function open(options: PolarMockOptions = {}, member = false) {
  const mock = createPolarMock({ paymentMethods: [visa, mastercard], ...options });
  server.resetHandlers(...mock.handlers);
  // A plain member's session, minted as the merchant's server would.
  const { wrapper, queryClient } = wrapperFor(member ? { token: mock.createSession({ role: "member" }).token } : {});
  const hook = renderHook(() => ({ list: usePaymentMethods(), setDefault: useSetDefaultPaymentMethod(), remove: useDeletePaymentMethod() }), { wrapper });
  await waitFor(() => expect(hook.result.current.list.isPending).toBe(false));
  const ids = () => hook.result.current.list.methods.map((method) => method.id);
  return { mock, hook, queryClient, ids, current: () => hook.result.current };
}

describe("usePaymentMethods", () => {
  it("every kind Polar lists, the default first", async () => {
    const { ids, current } = await open({ paymentMethods: [sepaDebit, krCard, { ...visa, default: false }, expired], customer: { default_payment_method_id: expired.id } });
    expect(ids()[0]).toBe(expired.id);
    expect(new Set(ids())).toEqual(new Set([sepaDebit.id, krCard.id, visa.id, expired.id]));
    expect(current().list.defaultId).toBe(expired.id);
    expect(current().list.methods.map((method) => method.type).sort()).toEqual(["card", "card", "kr_card", "sepa_debit"]);
  });

  it("reads every page: Polar answers at most 100 a page", async () => {
    const many: FixturePaymentMethod[] = Array.from({ length: 101 }, (_, n) => ({ ...mastercard, id: `8b9c0d1e-0000-4000-8000-1${String(n).padStart(11, "0")}`, default: n === 0 }));
    const { mock, ids } = await open({ paymentMethods: many });
    expect(ids()).toHaveLength(101);
    expect(mock.requests.filter((request) => request.path.includes("/payment-methods")).map((request) => new URL(request.url).search)).toEqual(["?page=1&limit=100", "?page=2&limit=100"]);
  });

  it("a plain member: the error says forbidden", async () => {
    const { current } = await open({}, true);
    expect(current().list.error?.kind).toBe("forbidden");
    expect(current().list.methods).toEqual([]);
  });
});

describe("useSetDefaultPaymentMethod", () => {
  it("shows the new default at once, keeps it when Polar agrees, and marks the orders stale (Polar schedules a retry)", async () => {
    const { mock, queryClient, ids, current } = await open();
    const ordersKey = [...orderKeys.server(BASE), "list", {}];
    queryClient.setQueryData(ordersKey, { items: [], pagination: { total_count: 0, max_page: 0 } });
    const gate = mock.holdNext("PATCH");
    act(() => current().setDefault.mutate(mastercard.id));
    await waitFor(() => expect(ids()).toEqual([mastercard.id, visa.id]));
    expect(current().list.defaultId).toBe(mastercard.id);
    expect((await gate.arrived).body).toEqual({ default_payment_method_id: mastercard.id });
    gate.release();
    await waitFor(() => expect(current().setDefault.isSuccess).toBe(true));
    expect(ids()).toEqual([mastercard.id, visa.id]);
    expect(mock.customer.default_payment_method_id).toBe(mastercard.id);
    expect(queryClient.getQueryState(ordersKey)?.isInvalidated).toBe(true);
  });

  it("a method removed elsewhere: Polar refuses, the old default comes back, the refusal says why", async () => {
    const { mock, ids, current } = await open();
    mock.setPaymentMethods([visa]);
    const gate = mock.holdNext("PATCH");
    act(() => current().setDefault.mutate(mastercard.id));
    await waitFor(() => expect(current().list.defaultId).toBe(mastercard.id));
    gate.release();
    await waitFor(() => expect(current().setDefault.isError).toBe(true));
    expect(current().setDefault.refusal?.kind).toBe("payment_method_not_found");
    expect(current().list.defaultId).toBe(visa.id);
    // Read again: the removed method leaves the list.
    await waitFor(() => expect(ids()).toEqual([visa.id]));
  });

  it("two changes in a row reach Polar one at a time, and the screen ends on the last", async () => {
    const { mock, current } = await open({ paymentMethods: [visa, mastercard, krCard] });
    const gate = mock.holdNext("PATCH");
    act(() => current().setDefault.mutate(mastercard.id));
    act(() => current().setDefault.mutate(krCard.id));
    await waitFor(() => expect(current().list.defaultId).toBe(krCard.id));
    await gate.arrived;
    const patches = () => mock.requests.filter((request) => request.method === "PATCH");
    expect(patches()).toHaveLength(1);
    gate.release();
    await waitFor(() => expect(patches().map((request) => request.body)).toEqual([{ default_payment_method_id: mastercard.id }, { default_payment_method_id: krCard.id }]));
    await waitFor(() => expect(current().setDefault.isSuccess).toBe(true));
    expect(mock.customer.default_payment_method_id).toBe(krCard.id);
    expect(current().list.defaultId).toBe(krCard.id);
  });
});

describe("useDeletePaymentMethod", () => {
  it("waits for Polar, then the card leaves the list, and the customer and the subscriptions are read again", async () => {
    const { mock, ids, current, queryClient } = await open();
    queryClient.setQueryData(subscriptionKeys.lists(BASE), []);
    const gate = mock.holdNext("DELETE");
    act(() => current().remove.mutate(visa.id));
    await gate.arrived;
    expect(ids()).toEqual([visa.id, mastercard.id]);
    gate.release();
    await waitFor(() => expect(ids()).toEqual([mastercard.id]));
    // Polar unset the default with it.
    await waitFor(() => expect(current().list.defaultId).toBeNull());
    expect(queryClient.getQueryState(subscriptionKeys.lists(BASE))?.isInvalidated).toBe(true);
  });

  const refused: [string, PolarMockOptions, string, BillingRefusalKind, string[]][] = [
    ["the last card active subscriptions need", { paymentMethods: [visa] }, visa.id, "payment_method_in_use", [visa.id]],
    ["a card already removed elsewhere", {}, krCard.id, "payment_method_not_found", [visa.id, mastercard.id]],
  ];

  it.each(refused)("%s: refused, and the list stays as Polar has it", async (_, options, id, kind, after) => {
    const { ids, current } = await open(options);
    act(() => current().remove.mutate(id));
    await waitFor(() => expect(current().remove.isError).toBe(true));
    expect(current().remove.refusal?.kind).toBe(kind);
    expect(ids()).toEqual(after);
  });
});

describe("a failure that is no refusal", () => {
  it("Polar fails (500): unknown with the error for the kit's error views, the card kept, the list read again", async () => {
    const { mock, ids, current } = await open();
    mock.failNext(500, { method: "DELETE" });
    act(() => current().remove.mutate(mastercard.id));
    await waitFor(() => expect(current().remove.isError).toBe(true));
    expect(current().remove.refusal).toMatchObject({ kind: "unknown", error: { kind: "server" } });
    expect(ids()).toEqual([visa.id, mastercard.id]);
    await waitFor(() => expect(mock.requests.filter((request) => request.path.endsWith("/payment-methods")).length).toBe(2));
  });
});

describe("the cache", () => {
  it("never holds the session token in a key or a mutation scope", async () => {
    const { queryClient, current } = await open();
    await act(async () => {
      await current().setDefault.mutateAsync(mastercard.id).catch(() => {});
      await current().remove.mutateAsync(visa.id).catch(() => {});
    });
    const keys = queryClient.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys).toContainEqual(billingKeys.customer(BASE));
    expect(keys).toContainEqual(billingKeys.paymentMethods(BASE));
    const mutations = queryClient.getMutationCache().getAll().map((mutation) => [mutation.options.mutationKey, mutation.options.scope]);
    expect(mutations).toHaveLength(2);
    expect(JSON.stringify([keys, mutations])).not.toContain(POLAR_TEST_TOKEN);
  });
});
