// usePayOrder and useFailedPayments against the testing kit's mock Polar: the banner's orders, a
// payment that succeeds refreshing what Polar changed (the banner empties, the subscription is
// active again), and a wait that stops on cancel and on unmount (fake timers: waits are counted
// on the fake clock, never on the wall clock).
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { billingKeys, PAY_POLL, useFailedPayments, usePayOrder, useSubscription, type UsePayOrderOptions } from "../../../src";
import { failedPaymentFixtures, fixtures, paymentMethodFixtures } from "../../../src/testing";
import { createPolarMock, type PolarMockOptions } from "../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../support";

const server = serveForFile();
const BASE = "https://api.polar.sh";
const ORDER = failedPaymentFixtures.order;
const CARD = paymentMethodFixtures.visa.id;

afterEach(() => vi.useRealTimers());

async function open(options: PolarMockOptions = {}, payOptions: UsePayOrderOptions = {}) {
  const mock = createPolarMock({ orders: [...Object.values(fixtures), ORDER], ...options });
  server.resetHandlers(...mock.handlers);
  const { wrapper, queryClient } = wrapperFor();
  const hook = renderHook(
    () => ({ failed: useFailedPayments(), pay: usePayOrder(ORDER.id, payOptions), subscription: useSubscription(failedPaymentFixtures.subscription.id) }),
    { wrapper },
  );
  await waitFor(() => expect(hook.result.current.failed.isPending).toBe(false));
  const statusReads = () => mock.requests.filter((request) => request.path.endsWith("/payment-status")).length;
  return { mock, hook, queryClient, statusReads, current: () => hook.result.current };
}

describe("useFailedPayments", () => {
  it("the renewals awaiting payment, read from the newest subscription orders", async () => {
    const { current, mock } = await open();
    expect(current().failed.orders.map((order) => order.id).sort()).toEqual([fixtures.dunning.id, ORDER.id].sort());
    expect(new URL(mock.requests.find((request) => request.path.startsWith("/v1/customer-portal/orders"))!.url).search).toBe(
      "?page=1&limit=100&product_billing_type=recurring&sorting=-created_at",
    );
  });
});

describe("usePayOrder", () => {
  it("charged at once: succeeded, and the banner and the subscription show Polar's new truth", async () => {
    const { current } = await open();
    await waitFor(() => expect(current().subscription.data?.status).toBe("past_due"));
    act(() => current().pay.pay(CARD));
    expect(current().pay.state.phase).toBe("confirming");
    await waitFor(() => expect(current().pay.state.phase).toBe("succeeded"));
    await waitFor(() => expect(current().failed.orders.map((order) => order.id)).toEqual([fixtures.dunning.id]));
    await waitFor(() => expect(current().subscription.data?.status).toBe("active"));
  });

  it("3-D Secure with the merchant's handler: processing, then succeeded, the last status in the cache", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const handleNextAction = vi.fn(async () => {});
    const { current, queryClient } = await open({ paymentOutcome: "requires_action", actionSettlesAfter: 1 }, { handleNextAction });
    act(() => current().pay.pay(CARD));
    await waitFor(() => expect(current().pay.state).toEqual({ phase: "processing", attempt: 1 }));
    expect(handleNextAction).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.first + 1500));
    await waitFor(() => expect(current().pay.state.phase).toBe("succeeded"));
    expect(queryClient.getQueryData(billingKeys.paymentStatus(BASE, ORDER.id))).toEqual({ status: "succeeded", error: null });
    await waitFor(() => expect(current().failed.orders.map((order) => order.id)).toEqual([fixtures.dunning.id]));
  });

  it("3-D Secure without it: stays at requires_action, nothing read", async () => {
    const { current, statusReads } = await open({ paymentOutcome: "requires_action" });
    act(() => current().pay.pay(CARD));
    await waitFor(() => expect(current().pay.state).toMatchObject({ phase: "requires_action", clientSecret: expect.stringContaining("_secret_") }));
    expect(statusReads()).toBe(0);
  });

  it("unmounting stops the wait: nothing is read after, on the fake clock", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const { current, hook, statusReads } = await open({ paymentOutcome: "requires_action" }, { handleNextAction: async () => {} });
    act(() => current().pay.pay(CARD));
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.first));
    await waitFor(() => expect(statusReads()).toBe(1));
    hook.unmount();
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.cap));
    expect(statusReads()).toBe(1);
  });

  it("cancel stops the wait and says cancelled; reset goes back to idle", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const { current, statusReads } = await open({ paymentOutcome: "requires_action" }, { handleNextAction: async () => {} });
    act(() => current().pay.pay(CARD));
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.first));
    await waitFor(() => expect(statusReads()).toBe(1));
    act(() => current().pay.cancel());
    expect(current().pay.state).toEqual({ phase: "cancelled" });
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.cap));
    expect(statusReads()).toBe(1);
    expect(current().pay.state).toEqual({ phase: "cancelled" });
    act(() => current().pay.reset());
    expect(current().pay.state).toEqual({ phase: "idle" });
  });

  it("a refusal ends it as refused, and the orders are read again (the page was behind Polar)", async () => {
    const { current, mock } = await open({ retryAttempts: 5 });
    const orderReads = () => mock.requests.filter((request) => request.path.startsWith("/v1/customer-portal/orders/") && request.method === "GET" && request.url.includes("?")).length;
    expect(orderReads()).toBe(1);
    act(() => current().pay.pay(CARD));
    await waitFor(() => expect(current().pay.state).toEqual({ phase: "refused", refusal: { kind: "retry_limit_exceeded" } }));
    await waitFor(() => expect(orderReads()).toBe(2));
  });
});
