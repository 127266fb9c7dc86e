// usePayOrder and useFailedPayments over a stand-in Polar: the banner's orders, a payment that
// succeeds refreshing what Polar changed, and a wait that stops on cancel and on unmount (fake
// timers: the waits are counted on the fake clock, never on the wall clock).
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { billingKeys, PAY_POLL, subscriptionKeys, useFailedPayments, usePayOrder, type UsePayOrderOptions } from "../../../src";
import { wrapperFor } from "../../support";
import { failedOrder, paidOrder, standInPolar, type StandInOptions } from "./polar";

const BASE = "https://api.polar.sh";

afterEach(() => vi.useRealTimers());

function open(options: StandInOptions, payOptions: UsePayOrderOptions = {}) {
  const polar = standInPolar(options);
  const { wrapper, queryClient } = wrapperFor({ fetch: polar.fetch });
  const hook = renderHook(() => ({ failed: useFailedPayments(), pay: usePayOrder(failedOrder.id, payOptions) }), { wrapper });
  const orderReads = () => polar.requests.filter((request) => request.path.startsWith("/v1/customer-portal/orders/?")).length;
  return { polar, hook, queryClient, orderReads, current: () => hook.result.current };
}

describe("useFailedPayments", () => {
  it("the renewals awaiting payment, read from the subscription orders", async () => {
    const { current, polar } = open({ orders: [failedOrder, paidOrder] });
    await waitFor(() => expect(current().failed.isPending).toBe(false));
    expect(current().failed.orders.map((order) => order.id)).toEqual([failedOrder.id]);
    expect(polar.requests[0]?.path).toBe("/v1/customer-portal/orders/?page=1&limit=100&product_billing_type=recurring&sorting=-created_at");
  });
});

describe("usePayOrder", () => {
  it("a payment that succeeds: the state walks to succeeded, and the orders (the banner), the subscriptions and the status are refreshed", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const { current, polar, orderReads, queryClient } = open({ statuses: [{ status: "pending" }, { status: "succeeded" }] });
    await waitFor(() => expect(current().failed.orders).toHaveLength(1));
    queryClient.setQueryData(subscriptionKeys.lists(BASE), []);
    act(() => current().pay.pay("pm-1"));
    expect(current().pay.state.phase).toBe("confirming");
    await waitFor(() => expect(current().pay.state).toEqual({ phase: "processing", attempt: 2 }));
    expect(polar.statusReads()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    await waitFor(() => expect(current().pay.state.phase).toBe("succeeded"));
    expect(queryClient.getQueryData(billingKeys.paymentStatus(BASE, failedOrder.id))).toEqual({ status: "succeeded", error: null });
    await waitFor(() => expect(orderReads()).toBe(2));
    expect(queryClient.getQueryState(subscriptionKeys.lists(BASE))?.isInvalidated).toBe(true);
  });

  it("unmounting stops the wait: no status is read after, on the fake clock", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const { current, polar, hook } = open({ statuses: [{ status: "pending" }] });
    act(() => current().pay.pay("pm-1"));
    await waitFor(() => expect(polar.statusReads()).toBe(1));
    hook.unmount();
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.cap));
    expect(polar.statusReads()).toBe(1);
  });

  it("cancel stops the wait and says cancelled; reset goes back to idle", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    const { current, polar } = open({ statuses: [{ status: "pending" }] });
    act(() => current().pay.pay("pm-1"));
    await waitFor(() => expect(polar.statusReads()).toBe(1));
    act(() => current().pay.cancel());
    expect(current().pay.state).toEqual({ phase: "cancelled" });
    await act(() => vi.advanceTimersByTimeAsync(PAY_POLL.cap));
    expect(polar.statusReads()).toBe(1);
    expect(current().pay.state).toEqual({ phase: "cancelled" });
    act(() => current().pay.reset());
    expect(current().pay.state).toEqual({ phase: "idle" });
  });

  it("3-D Secure without the merchant's Stripe.js: stays at requires_action with the secret", async () => {
    const { current, polar } = open({ confirm: { status: "requires_action", client_secret: "pi_1_secret_2" } });
    act(() => current().pay.pay("pm-1"));
    await waitFor(() => expect(current().pay.state).toEqual({ phase: "requires_action", clientSecret: "pi_1_secret_2" }));
    expect(polar.statusReads()).toBe(0);
  });

  it("3-D Secure with it: the handler is called, then the payment settles", async () => {
    const handleNextAction = vi.fn(async () => {});
    const { current } = open({ confirm: { status: "requires_action", client_secret: "pi_1_secret_2" }, statuses: [{ status: "succeeded" }] }, { handleNextAction });
    act(() => current().pay.pay("pm-1"));
    await waitFor(() => expect(current().pay.state.phase).toBe("succeeded"));
    expect(handleNextAction).toHaveBeenCalledWith("pi_1_secret_2");
  });

  it("a refusal ends it as refused and reads the orders again (the page was behind Polar)", async () => {
    const { current, orderReads } = open({ confirm: { refuse: [422, "OrderNotEligibleForRetry", "Order is not eligible for payment retry."] } });
    await waitFor(() => expect(orderReads()).toBe(1));
    act(() => current().pay.pay("pm-1"));
    await waitFor(() => expect(current().pay.state).toEqual({ phase: "refused", refusal: { kind: "not_eligible_for_retry" } }));
    await waitFor(() => expect(orderReads()).toBe(2));
  });
});
