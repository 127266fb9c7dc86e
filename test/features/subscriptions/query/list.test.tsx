// useSubscriptions with the orders list's conventions (one page ahead, each subscription seeding its
// own entry), the kit's grouping over Polar's list, and the keys: under the portal's root (a new
// customer drops them), never holding the token.
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  createPortalClient,
  subscriptionKeys,
  subscriptionPhase,
  subscriptionsQueryOptions,
  usePlanOptions,
  useSubscription,
  useSubscriptions,
  type ListSubscriptionsParams,
} from "../../../../src";
import { productFixtures, subscriptionFixtures } from "../../../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { serveForFile, TestPortal } from "../../../support";
import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";

const server = serveForFile();
const PROD = "https://api.polar.sh";

function setup() {
  const mock = createPolarMock();
  server.resetHandlers(...mock.handlers);
  const queryClient = new QueryClient();
  let token = POLAR_TEST_TOKEN;
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <TestPortal token={token} queryClient={queryClient}>
      {children}
    </TestPortal>
  );
  const lists = () => mock.requests.filter((request) => request.method === "GET" && /subscriptions\/?$/.test(request.path)).map((request) => new URL(request.url).searchParams.get("page"));
  return { mock, queryClient, wrapper, lists, setToken: (next: string) => (token = next) };
}

describe("subscriptionsQueryOptions", () => {
  const key = (params: ListSubscriptionsParams) => subscriptionsQueryOptions(createPortalClient({ token: POLAR_TEST_TOKEN }), params).queryKey;

  it("one key per parameter set Polar answers alike, under the portal's root, without the token", () => {
    expect(key({})).toEqual(key({ page: 1, limit: 10, sorting: "-started_at", query: "" }));
    expect(key({ productId: ["b", "a", "b"] })).toEqual(key({ productId: ["a", "b"] }));
    expect(key({ active: true })).not.toEqual(key({}));
    expect(key({})).toEqual([...subscriptionKeys.server(PROD), "list", { page: 1, limit: 10, sorting: ["-started_at"] }]);
    expect(key({})[0]).toBe("react-polar-portal");
    expect(JSON.stringify(key({ query: "x" }))).not.toContain(POLAR_TEST_TOKEN);
  });
});

describe("useSubscriptions", () => {
  it("fetches the next page ahead once, and each subscription listed opens without asking Polar", async () => {
    const { wrapper, lists, mock } = setup();
    const { result } = renderHook(() => useSubscriptions({ limit: 5 }), { wrapper });
    await waitFor(() => expect(result.current.data?.items).toHaveLength(5));
    await waitFor(() => expect(lists()).toEqual(["1", "2"]));
    const first = result.current.data!.items[0]!;
    const before = mock.requests.length;
    const detail = renderHook(() => useSubscription(first.id), { wrapper });
    expect(detail.result.current.data).toStrictEqual(first);
    expect(mock.requests.length).toBe(before);
  });

  it("lists only what started, newest first, and groups past due as needing action (Polar's own filter leaves it out)", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => ({ all: useSubscriptions({ limit: 100 }), active: useSubscriptions({ active: true, limit: 100 }) }), { wrapper });
    await waitFor(() => expect(result.current.all.data && result.current.active.data).toBeTruthy());
    const all = result.current.all.data!.items;
    expect(all.map((subscription) => subscription.id)).not.toContain(subscriptionFixtures.incomplete.id);
    const starts = all.map((subscription) => Date.parse(subscription.started_at!));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const pastDue = all.find((subscription) => subscription.id === subscriptionFixtures.pastDue.id)!;
    expect(result.current.active.data!.items.map((subscription) => subscription.id)).not.toContain(pastDue.id);
    expect(subscriptionPhase(pastDue)).toBe("needs_action");
    const phases = new Set(all.map((subscription) => subscriptionPhase(subscription)));
    expect([...phases].sort()).toEqual(["current", "ended", "needs_action"]);
  });

  it("an answer that breaks Polar's contract is an invalid_response naming the subscription and the field", async () => {
    const { wrapper, mock } = setup();
    mock.failNext("malformed");
    const { result } = renderHook(() => useSubscriptions(), { wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect([result.current.error!.kind, result.current.error!.resource, result.current.error!.path?.[0]]).toEqual(["invalid_response", "subscription", "items"]);
    expect(result.current.error!.message).not.toContain(POLAR_TEST_TOKEN);
  });

  it("a new customer drops every subscription entry and its pending updates: nothing of the last customer is shown", async () => {
    const { wrapper, queryClient, mock, setToken } = setup();
    const hook = renderHook(() => useSubscriptions(), { wrapper });
    await waitFor(() => expect(hook.result.current.data).toBeDefined());
    expect(queryClient.getQueryData(subscriptionKeys.detail(PROD, subscriptionFixtures.active.id))).toBeDefined();
    setToken(mock.createSession().token);
    const gate = mock.holdNext("GET");
    hook.rerender();
    expect(queryClient.getQueryData(subscriptionKeys.detail(PROD, subscriptionFixtures.active.id))).toBeUndefined();
    // While the new customer's list is asked for, nothing of the last one stays on screen.
    await gate.arrived;
    await waitFor(() => expect(hook.result.current.isPending).toBe(true));
    expect(hook.result.current.data).toBeUndefined();
    gate.release();
    await waitFor(() => expect(hook.result.current.data).toBeDefined());
  });
});

describe("usePlanOptions", () => {
  it("every product of the organization, marked by Polar's rules; the current one marked as such", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => usePlanOptions(useSubscription(subscriptionFixtures.active.id).data), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    const verdict = Object.fromEntries(result.current.products.map((option) => [option.product.id, option.eligible ? "yes" : option.reason]));
    expect(verdict[productFixtures.pro.id]).toBe("yes");
    expect(verdict[productFixtures.starterYearly.id]).toBe("yes");
    expect(verdict[productFixtures.starter.id]).toBe("current_product");
    expect(verdict[productFixtures.euro.id]).toBe("no_price_for_currency");
    expect(verdict[productFixtures.payWhatYouWant.id]).toBe("custom_price");
    expect(verdict[productFixtures.oneTime.id]).toBe("not_recurring");
    // Polar lists only public, unarchived products: those never reach the customer.
    expect(verdict[productFixtures.archived.id]).toBeUndefined();
    expect(verdict[productFixtures.private.id]).toBeUndefined();
    expect(result.current.allowed).toBe(true);
  });

  it("a seat-based subscription may not move to a plan without seats; one set to cancel may not move at all", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => ({ seats: usePlanOptions(useSubscription(subscriptionFixtures.seats.id).data), canceling: usePlanOptions(useSubscription(subscriptionFixtures.canceling.id).data) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.seats.isPending || result.current.canceling.isPending).toBe(false));
    const verdict = Object.fromEntries(result.current.seats.products.map((option) => [option.product.id, option.eligible ? "yes" : option.reason]));
    expect([verdict[productFixtures.pro.id], verdict[productFixtures.teamPlus.id]]).toEqual(["seat_to_non_seat", "yes"]);
    expect(result.current.canceling.allowed).toBe(false);
  });
});
