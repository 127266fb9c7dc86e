// Paying a failed order, React-free, against the testing kit's mock Polar over fake timers: the
// waits between status reads (counted on the fake clock), the cap, cancelling, 3-D Secure with
// and without the merchant's handler, and every way it ends.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPortalClient, PAY_POLL, payPollDelay, type PayOrderState } from "../../../src";
import { payOrder } from "../../../src/features/billing/query/pay-order.js";
import { failedPaymentFixtures, fixtures, paymentMethodFixtures } from "../../../src/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMockOptions } from "../../../src/testing/msw";
import { serveForFile } from "../../support";

const server = serveForFile();
const ORDER = failedPaymentFixtures.order;
const START = new Date("2026-03-20T12:00:00Z").getTime();

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: START }));
afterEach(() => vi.useRealTimers());

function start(options: PolarMockOptions, more: { handleNextAction?: (secret: string) => Promise<void>; token?: string; orderId?: string } = {}) {
  const mock = createPolarMock({ orders: [...Object.values(fixtures), ORDER], ...options });
  server.resetHandlers(...mock.handlers);
  const client = createPortalClient({ token: more.token ?? POLAR_TEST_TOKEN });
  const states: PayOrderState[] = [];
  const controller = new AbortController();
  // When (ms on the fake clock after the start) each status read was sent.
  const readAt: number[] = [];
  const done = payOrder({
    client: {
      request: (call) => {
        if (call.path.endsWith("/payment-status")) readAt.push(Date.now() - START);
        return client.request(call);
      },
    },
    orderId: more.orderId ?? ORDER.id,
    paymentMethodId: paymentMethodFixtures.visa.id,
    onState: (state) => states.push(state),
    signal: controller.signal,
    handleNextAction: more.handleNextAction,
  });
  const statusReads = () => mock.requests.filter((request) => request.path.endsWith("/payment-status")).length;
  return { mock, states, done, readAt, statusReads, cancel: () => controller.abort(), phases: () => states.map((state) => state.phase) };
}

const passed = async () => {};
/** 3-D Secure that the mock completes by itself after `reads` pending status reads. */
const action = (reads?: number): PolarMockOptions => ({ paymentOutcome: "requires_action", actionSettlesAfter: reads });

describe("the waits between status reads", () => {
  it("1 s, growing ×1.5 up to 8 s apart", () => {
    expect(Array.from({ length: 9 }, (_, i) => payPollDelay(i + 1))).toEqual([1000, 1500, 2250, 3375, 5063, 7594, 8000, 8000, 8000]);
    expect(PAY_POLL).toMatchObject({ max: 8000, cap: 300_000 });
  });

  it("a payment that settles on the sixth read: read at those moments, then succeeded", async () => {
    const run = start(action(5), { handleNextAction: passed });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(run.readAt).toEqual([1000, 2500, 4750, 8125, 13188, 20782]);
    expect(run.phases()).toEqual(["confirming", "requires_action", ...Array(6).fill("processing"), "succeeded"]);
    expect(run.states.flatMap((state) => (state.phase === "processing" ? [state.attempt] : []))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("still pending after five minutes of waiting: timed_out, and nothing is read after", async () => {
    const run = start(action(), { handleNextAction: passed });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "timed_out" });
    const last = run.readAt.at(-1)!;
    expect(last).toBeLessThanOrEqual(PAY_POLL.cap);
    expect(last + PAY_POLL.max).toBeGreaterThan(PAY_POLL.cap);
    // One read every 8 s once slow, not one every 2 s as Polar's own portal does.
    expect(run.readAt).toHaveLength(40);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run.statusReads()).toBe(40);
  });

  it("a failure on the way (503, network) is read as not yet; the wait goes on", async () => {
    const run = start(action(2), { handleNextAction: passed });
    run.mock.failNext(503, { method: "GET" });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(run.statusReads()).toBe(4);
  });

  it("the challenge fails at the bank: failed with Polar's words", async () => {
    const run = start(action(), { handleNextAction: passed });
    await vi.advanceTimersByTimeAsync(3000);
    run.mock.completePaymentAction("failed");
    await vi.runAllTimersAsync();
    expect(await run.done).toMatchObject({ phase: "failed", error: expect.stringContaining("unable to authenticate") });
  });
});

describe("cancelling", () => {
  it("stops the reads; no state is reported after", async () => {
    const run = start(action(), { handleNextAction: passed });
    await vi.advanceTimersByTimeAsync(2600);
    expect(run.statusReads()).toBe(2);
    const reported = run.states.length;
    run.cancel();
    await vi.advanceTimersByTimeAsync(PAY_POLL.cap);
    expect(run.statusReads()).toBe(2);
    expect(run.states).toHaveLength(reported);
    expect((await run.done).phase).toBe("cancelled");
  });
});

describe("3-D Secure", () => {
  it("with the merchant's handleNextAction: called with the client secret, then the status is read until it settles", async () => {
    const handleNextAction = vi.fn(async (_secret: string) => {});
    const run = start(action(1), { handleNextAction });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(handleNextAction).toHaveBeenCalledWith(expect.stringMatching(/^pi_.*_secret_/));
    expect(run.states[1]).toEqual({ phase: "requires_action", clientSecret: handleNextAction.mock.calls[0]![0] });
  });

  it("without it: stays at requires_action and reads nothing", async () => {
    const run = start(action(1));
    await vi.runAllTimersAsync();
    expect(await run.done).toMatchObject({ phase: "requires_action", clientSecret: expect.any(String) });
    expect(run.statusReads()).toBe(0);
  });

  it("the customer fails or abandons the challenge: failed with the handler's message, nothing read", async () => {
    const run = start(action(1), { handleNextAction: async () => Promise.reject(new Error("Authentication failed.")) });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "failed", error: "Authentication failed." });
    expect(run.statusReads()).toBe(0);
  });
});

describe("how a payment ends at once", () => {
  it("charged at once: succeeded, nothing read (Polar's record of it follows by webhook)", async () => {
    const run = start({ paymentOutcome: "succeeded" });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "succeeded" });
    expect(run.statusReads()).toBe(0);
    expect(run.mock.getOrder(ORDER.id)?.status).toBe("paid");
  });

  it("declined: failed with Polar's words, nothing read", async () => {
    const run = start({ paymentOutcome: "failed" });
    await vi.runAllTimersAsync();
    expect(await run.done).toEqual({ phase: "failed", error: "Your card was declined." });
    expect(run.statusReads()).toBe(0);
  });

  it.each([
    ["a paid order", "not_eligible_for_retry", {}, { orderId: fixtures.paid.id }],
    ["Polar's own retry under way", "payment_in_progress", { paymentOutcome: "in_progress" }, {}],
    ["five tries already", "retry_limit_exceeded", { retryAttempts: 5 }, {}],
  ] as const)("%s: refused %s, nothing read", async (_, kind, options, more) => {
    const run = start(options, more);
    await vi.runAllTimersAsync();
    expect(await run.done).toMatchObject({ phase: "refused", refusal: { kind } });
    expect(run.statusReads()).toBe(0);
  });

  it("a plain member: refused forbidden", async () => {
    const mock = createPolarMock({ orders: [ORDER] });
    server.resetHandlers(...mock.handlers);
    const token = mock.createSession({ role: "member" }).token;
    const states: PayOrderState[] = [];
    const end = payOrder({ client: createPortalClient({ token }), orderId: ORDER.id, paymentMethodId: "x", onState: (s) => states.push(s), signal: new AbortController().signal });
    await vi.runAllTimersAsync();
    expect(await end).toEqual({ phase: "refused", refusal: { kind: "forbidden" } });
  });

  it("sends the saved method and Polar's processor, the token only in the header", async () => {
    const run = start({});
    await vi.runAllTimersAsync();
    const confirm = run.mock.requests.find((request) => request.path.endsWith("/confirm-payment"))!;
    expect(confirm.body).toEqual({ payment_method_id: paymentMethodFixtures.visa.id, payment_processor: "stripe" });
    expect(JSON.stringify(run.mock.requests.map((request) => [request.path, request.body]))).not.toContain(POLAR_TEST_TOKEN);
  });
});
