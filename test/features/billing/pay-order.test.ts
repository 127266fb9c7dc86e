// Paying a failed order, React-free, over fake timers: the waits between status reads, the cap,
// cancelling, 3-D Secure with and without the merchant's handler, and every way it ends.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPortalClient, PAY_POLL, payPollDelay, type PayOrderState } from "../../../src";
import { payOrder } from "../../../src/features/billing/query/pay-order.js";
import { failedOrder, standInPolar, type StandInOptions } from "./polar";

const START = new Date("2026-03-14T12:00:00Z").getTime();

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: START }));
afterEach(() => vi.useRealTimers());

function start(options: StandInOptions, more: { handleNextAction?: (secret: string) => Promise<void> } = {}) {
  const polar = standInPolar(options);
  const client = createPortalClient({ token: "polar_cst_secret", fetch: polar.fetch });
  const states: PayOrderState[] = [];
  const controller = new AbortController();
  // When (on the fake clock, ms after the start) each status read reached Polar.
  const readAt: number[] = [];
  const done = payOrder({
    client: {
      request: (call) => {
        if (call.path.endsWith("/payment-status")) readAt.push(Date.now() - START);
        return client.request(call);
      },
    },
    orderId: failedOrder.id,
    paymentMethodId: "pm-1",
    onState: (state) => states.push(state),
    signal: controller.signal,
    ...more,
  });
  return { polar, states, done, readAt, cancel: () => controller.abort(), phases: () => states.map((state) => state.phase) };
}

const pending = (n: number) => Array.from({ length: n }, () => ({ status: "pending" }));

describe("the waits between status reads", () => {
  it("reads at once, then after 1 s, growing ×1.5 up to 8 s apart", () => {
    expect(Array.from({ length: 10 }, (_, i) => payPollDelay(i + 1))).toEqual([0, 1000, 1500, 2250, 3375, 5063, 7594, 8000, 8000, 8000]);
    expect(PAY_POLL).toMatchObject({ max: 8000, cap: 300_000 });
  });

  it("a payment that settles on the sixth read: read at those moments on Polar's clock, then succeeded", async () => {
    const run = start({ statuses: [...pending(5), { status: "succeeded" }] });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(run.readAt).toEqual([0, 1000, 2500, 4750, 8125, 13188]);
    expect(run.phases()).toEqual(["confirming", "processing", "processing", "processing", "processing", "processing", "processing", "succeeded"]);
    expect(run.states.filter((state) => state.phase === "processing").map((state) => (state as { attempt: number }).attempt)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("no_payment (not recorded yet) is read as not settled", async () => {
    const run = start({ statuses: [{ status: "no_payment" }, { status: "succeeded" }] });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
  });

  it("still pending after five minutes of waiting: timed_out, and nothing is read after", async () => {
    const run = start({ statuses: [{ status: "pending" }] });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "timed_out" });
    const last = run.readAt.at(-1)!;
    expect(last).toBeLessThanOrEqual(PAY_POLL.cap);
    expect(last + PAY_POLL.max).toBeGreaterThan(PAY_POLL.cap);
    // About one read every 8 s once slow, not one every 2 s as Polar's own portal does.
    expect(run.readAt.length).toBeLessThan(45);
    const reads = run.polar.statusReads();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.polar.statusReads()).toBe(reads);
  });

  it("a declined card while settling: failed with Polar's decline message", async () => {
    const run = start({ statuses: [{ status: "pending" }, { status: "failed", error: "Your card has insufficient funds." }] });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "failed", error: "Your card has insufficient funds." });
  });
});

describe("cancelling", () => {
  it("stops the reads; no state is reported after", async () => {
    const run = start({ statuses: [{ status: "pending" }] });
    await vi.advanceTimersByTimeAsync(2600);
    const reads = run.polar.statusReads();
    expect(reads).toBe(3);
    const reported = run.states.length;
    run.cancel();
    await vi.advanceTimersByTimeAsync(PAY_POLL.cap);
    expect(run.polar.statusReads()).toBe(reads);
    expect(run.states).toHaveLength(reported);
    expect((await run.done).phase).toBe("cancelled");
  });
});

describe("3-D Secure", () => {
  const action = { confirm: { status: "requires_action", client_secret: "pi_1_secret_2" }, statuses: [{ status: "pending" }, { status: "succeeded" }] };

  it("with the merchant's handleNextAction: called with the client secret, then the status is read until it settles", async () => {
    const handleNextAction = vi.fn(async () => {});
    const run = start(action, { handleNextAction });
    await vi.runAllTimersAsync();
    expect(handleNextAction).toHaveBeenCalledWith("pi_1_secret_2");
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(run.phases().slice(0, 3)).toEqual(["confirming", "requires_action", "processing"]);
    expect(run.states[1]).toEqual({ phase: "requires_action", clientSecret: "pi_1_secret_2" });
  });

  it("without it: stays at requires_action and reads nothing", async () => {
    const run = start(action);
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "requires_action", clientSecret: "pi_1_secret_2" });
    expect(run.polar.statusReads()).toBe(0);
  });

  it("the customer fails or abandons the challenge: failed with the handler's message, nothing read", async () => {
    const run = start(action, { handleNextAction: async () => Promise.reject(new Error("Authentication failed.")) });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "failed", error: "Authentication failed." });
    expect(run.polar.statusReads()).toBe(0);
  });
});

describe("how a payment ends at once", () => {
  it("confirm answers failed: failed with Polar's words, nothing read", async () => {
    const run = start({ confirm: { status: "failed", error: "Your card was declined." } });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "failed", error: "Your card was declined." });
    expect(run.polar.statusReads()).toBe(0);
  });

  it.each([
    [[422, "OrderNotEligibleForRetry", "Order is not eligible for payment retry."], "not_eligible_for_retry"],
    [[409, "PaymentAlreadyInProgress", "Payment for order is already in progress."], "payment_in_progress"],
    [[429, "ManualRetryLimitExceeded", "Maximum number of payment retry attempts has been reached for this order."], "retry_limit_exceeded"],
    [[403, "NotPermitted", "Only owners and billing managers can access billing features."], "forbidden"],
  ] as const)("Polar refuses %j: refused %s, nothing read", async (refuse, kind) => {
    const run = start({ confirm: { refuse: [...refuse] } });
    await vi.runAllTimersAsync();
    expect(await run.done).toMatchObject({ phase: "refused", refusal: { kind } });
    expect(run.polar.statusReads()).toBe(0);
  });

  it("sends the saved method and Polar's processor, the token only in the header", async () => {
    const run = start({});
    await vi.runAllTimersAsync();
    const confirm = run.polar.requests.find((request) => request.path.endsWith("/confirm-payment"))!;
    expect(confirm.body).toEqual({ payment_method_id: "pm-1", payment_processor: "stripe" });
    expect(confirm.authorization).toBe("Bearer polar_cst_secret");
    for (const request of run.polar.requests) expect(request.path).not.toContain("polar_cst_secret");
  });
});
