// useUpdateSubscription against the testing kit's mock Polar: the request of each action, what the
// cache shows while Polar decides, the rollback to Polar's truth on each refusal, changes of one
// subscription reaching Polar in order, and what a change makes stale around it.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  createPortalClient,
  getSubscription,
  subscriptionKeys,
  useOrder,
  useSubscription,
  useSubscriptionChargePreview,
  useSubscriptions,
  useUpdateSubscription,
  type SubscriptionRefusalKind,
  type SubscriptionUpdate,
} from "../../../../src";
import { makeOrder, pausableOrganization, productFixtures, subscriptionFixtures, type FixtureCustomerSubscription } from "../../../../src/testing";
import { createPolarMock, MOCK_NOW, POLAR_TEST_TOKEN, type PolarMockOptions } from "../../../../src/testing/msw";
import { embeddedSubscription } from "../../../../src/testing/mock/subscriptions.js";
import { serveForFile, wrapperFor } from "../../../support";

const server = serveForFile();
const { active, canceling, pausing, pendingPlanChange, seats, ended } = subscriptionFixtures;

function setup(options: PolarMockOptions = {}) {
  const mock = createPolarMock(options);
  server.resetHandlers(...mock.handlers);
  const { wrapper, queryClient } = wrapperFor();
  return { mock, wrapper, queryClient };
}

async function open(id: string, options: PolarMockOptions = {}) {
  const context = setup(options);
  const hook = renderHook(() => ({ subscription: useSubscription(id), update: useUpdateSubscription(id) }), { wrapper: context.wrapper });
  await waitFor(() => expect(hook.result.current.subscription.data?.id).toBe(id));
  const patches = () => context.mock.requests.filter((request) => request.method === "PATCH");
  const gets = () => context.mock.requests.filter((request) => request.method === "GET" && request.path.endsWith(id));
  return { ...context, hook, patches, gets, shown: () => hook.result.current.subscription.data! };
}

describe("optimistic: a cancel, an uncancel, clearing a pending change, unscheduling a pause", () => {
  it("a cancel shows at once as Polar stores it, then Polar's answer replaces the guess", async () => {
    const { mock, hook, patches, shown } = await open(active.id);
    const gate = mock.holdNext("PATCH");
    await act(async () => hook.result.current.update.mutate({ action: "cancel", reason: "too_expensive", comment: "Cheaper elsewhere" }));
    // Shown before Polar answers: access ends at the period's end.
    await waitFor(() =>
      expect(shown()).toMatchObject({
        cancel_at_period_end: true,
        ends_at: active.current_period_end,
        customer_cancellation_reason: "too_expensive",
        customer_cancellation_comment: "Cheaper elsewhere",
      }),
    );
    await gate.arrived;
    expect(patches().map((request) => request.body)).toStrictEqual([
      { cancel_at_period_end: true, cancellation_reason: "too_expensive", cancellation_comment: "Cheaper elsewhere" },
    ]);
    gate.release();
    await waitFor(() => expect(hook.result.current.update.isSuccess).toBe(true));
    expect(shown().canceled_at).toBe(new Date(MOCK_NOW).toISOString().replace(".000Z", "Z"));
    expect(shown()).toStrictEqual(hook.result.current.update.data);
  });

  // Each row: the subscription as the page shows it, how Polar's store differs (another tab, the
  // merchant, the clock), the update, what the guess shows, and the refusal Polar answers.
  const rows: [string, FixtureCustomerSubscription, Partial<FixtureCustomerSubscription> | null, SubscriptionUpdate, Partial<FixtureCustomerSubscription>, SubscriptionRefusalKind, PolarMockOptions?][] = [
    ["cancel what was canceled meanwhile", active, { cancel_at_period_end: true, ends_at: active.current_period_end, canceled_at: MOCK_NOW }, { action: "cancel" }, { cancel_at_period_end: true }, "already_canceled"],
    ["uncancel without a card on file", canceling, null, { action: "uncancel" }, { cancel_at_period_end: false, ends_at: null }, "payment_method_required", { paymentMethods: [] }],
    ["uncancel what has ended meanwhile", canceling, { status: "canceled", ended_at: MOCK_NOW }, { action: "uncancel" }, { cancel_at_period_end: false }, "ended"],
    ["clear a change Polar already dropped", pendingPlanChange, { pending_update: null }, { action: "clear_pending_update" }, { pending_update: null }, "no_pending_update"],
    ["unschedule a pause the merchant does not allow", pausing, null, { action: "unschedule_pause" }, { pause_at_period_end: false, resumes_at: null }, "not_allowed"],
    ["unschedule a pause that is no longer scheduled", pausing, { pause_at_period_end: false, resumes_at: null }, { action: "unschedule_pause" }, { pause_at_period_end: false }, "no_scheduled_pause", { organization: pausableOrganization }],
  ];

  it.each(rows)("%s: the guess shows, then rolls back to Polar's truth, and the refusal says why", async (_, fixture, changed, update, guess, kind, options) => {
    const { mock, hook, shown, gets } = await open(fixture.id, options);
    const before = shown();
    if (changed) mock.setSubscription({ ...mock.getSubscription(fixture.id)!, ...changed });
    // Polar's truth: what a GET answers now.
    const truth = () => getSubscription(createPortalClient({ token: POLAR_TEST_TOKEN }), fixture.id);
    const gate = mock.holdNext("PATCH");
    await act(async () => hook.result.current.update.mutate(update));
    // Polar holds the request: what shows meanwhile is the guess.
    await waitFor(() => expect(shown()).toMatchObject(guess));
    expect(shown()).not.toStrictEqual(before);
    const readsBefore = gets().length;
    gate.release();
    await waitFor(() => expect(hook.result.current.update.refusal?.kind).toBe(kind));
    // Read again: the refusal said the page was behind Polar.
    await waitFor(() => expect(gets().length).toBe(readsBefore + 1));
    const polar = await truth();
    await waitFor(() => expect(shown()).toStrictEqual(polar));
  });
});

describe("confirmed: a plan or seat change, a pause, a resume wait for Polar's answer", () => {
  it("a plan change shows nothing until Polar answers, then its answer", async () => {
    const { mock, hook, patches, shown } = await open(active.id);
    const gate = mock.holdNext("PATCH");
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.pro.id }));
    await gate.arrived;
    expect(patches()[0]!.body).toStrictEqual({ product_id: productFixtures.pro.id });
    expect(shown().product_id).toBe(active.product_id);
    gate.release();
    await waitFor(() => expect(shown().product_id).toBe(productFixtures.pro.id));
    expect(shown().amount).toBe(4900);
  });

  it("a pause and a resume show Polar's answer, not a guess: the pause from the period's end, the resume a new period now", async () => {
    const pausing = await open(active.id, { organization: pausableOrganization });
    const gate = pausing.mock.holdNext("PATCH");
    await act(async () => pausing.hook.result.current.update.mutate({ action: "pause", resumesAt: "2026-06-01T00:00:00Z" }));
    await gate.arrived;
    expect(pausing.patches()[0]!.body).toStrictEqual({ pause_at_period_end: true, resumes_at: "2026-06-01T00:00:00Z" });
    expect(pausing.shown().pause_at_period_end).toBe(false);
    gate.release();
    await waitFor(() => expect(pausing.shown().pause_at_period_end).toBe(true));
    expect(Date.parse(pausing.shown().resumes_at!)).toBe(Date.parse("2026-06-01T00:00:00Z"));

    const paused = await open(subscriptionFixtures.paused.id, { organization: pausableOrganization });
    act(() => paused.hook.result.current.update.mutate({ action: "resume" }));
    await waitFor(() => expect(paused.shown().status).toBe("active"));
    expect(paused.patches()[0]!.body).toStrictEqual({ resume: true });
    expect(Date.parse(paused.shown().current_period_start)).toBe(Date.parse(MOCK_NOW));
  });

  it("seats below Polar's minimum: refused with the minimum, nothing shown changed", async () => {
    const { hook, shown } = await open(seats.id);
    act(() => hook.result.current.update.mutate({ action: "change_seats", seats: 1 }));
    await waitFor(() => expect(hook.result.current.update.refusal).toStrictEqual({ kind: "below_minimum_seats", minimum: 2 }));
    expect(shown().seats).toBe(5);
  });

  it("seats below those assigned: refused with how many are assigned", async () => {
    const { mock, hook } = await open(seats.id);
    mock.assignSeats(seats.id, 4);
    act(() => hook.result.current.update.mutate({ action: "change_seats", seats: 3 }));
    await waitFor(() => expect(hook.result.current.update.refusal).toStrictEqual({ kind: "seats_assigned", assigned: 4 }));
  });

  it("a declined card on a change billed at once: payment_failed, the subscription as it was", async () => {
    const { mock, hook, shown } = await open(active.id);
    mock.setPaymentOutcome("failed");
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.starterYearly.id }));
    await waitFor(() => expect(hook.result.current.update.refusal).toStrictEqual({ kind: "payment_failed", reason: "card_error" }));
    expect(shown().product_id).toBe(active.product_id);
    mock.setPaymentOutcome("requires_action");
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.starterYearly.id }));
    await waitFor(() => expect(hook.result.current.update.refusal).toStrictEqual({ kind: "payment_action_required" }));
  });

  it("a product Polar refuses: its words and the kit's reason", async () => {
    const { hook } = await open(active.id);
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.euro.id }));
    await waitFor(() =>
      expect(hook.result.current.update.refusal).toStrictEqual({
        kind: "invalid_product",
        message: "This product doesn't have a price for the subscription currency.",
        reason: "no_price_for_currency",
      }),
    );
  });

  it("a plan change the merchant does not allow: not_allowed with the setting", async () => {
    const { hook } = await open(active.id, {
      organization: { ...pausableOrganization, customer_portal_settings: { ...pausableOrganization.customer_portal_settings, subscription: { update_plan: false, update_seats: true, pause: true } } },
    });
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.pro.id }));
    await waitFor(() => expect(hook.result.current.update.refusal).toStrictEqual({ kind: "not_allowed", setting: "update_plan" }));
  });
});

describe("changes of one subscription reach Polar one at a time, in order", () => {
  it("a cancel and an uncancel made at once: the second waits for the first, the screen ends where Polar ends", async () => {
    const { mock, hook, patches, shown } = await open(active.id);
    const first = mock.holdNext("PATCH");
    await act(async () => hook.result.current.update.mutate({ action: "cancel", reason: "unused" }));
    await waitFor(() => expect(shown().cancel_at_period_end).toBe(true));
    await act(async () => hook.result.current.update.mutate({ action: "uncancel" }));
    // Both guesses applied in order: cancelled, then taken back, while Polar holds the first.
    await waitFor(() => expect(shown()).toMatchObject({ cancel_at_period_end: false, ends_at: null }));
    await first.arrived;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(patches()).toHaveLength(1);
    first.release();
    await waitFor(() => expect(patches()).toHaveLength(2));
    expect(patches().map((request) => request.body)).toStrictEqual([{ cancel_at_period_end: true, cancellation_reason: "unused" }, { cancel_at_period_end: false }]);
    await waitFor(() => expect(hook.result.current.update.isPending).toBe(false));
    expect(shown()).toMatchObject({ cancel_at_period_end: false, ends_at: null, canceled_at: null });
    expect(mock.getSubscription(active.id)).toMatchObject({ cancel_at_period_end: false });
  });

  it("two subscriptions change side by side", async () => {
    const { mock, wrapper } = setup();
    const hook = renderHook(() => ({ a: useUpdateSubscription(active.id), b: useUpdateSubscription(seats.id) }), { wrapper });
    const held = mock.holdNext("PATCH");
    act(() => {
      hook.result.current.a.mutate({ action: "cancel" });
      hook.result.current.b.mutate({ action: "cancel" });
    });
    await held.arrived;
    await waitFor(() => expect(mock.requests.filter((request) => request.method === "PATCH")).toHaveLength(2));
    held.release();
  });
});

describe("what a change makes stale around it", () => {
  const ORDER_ID = "0d6e2f1a-3b4c-4d5e-9f60-000000000777";
  const order = () =>
    makeOrder({ id: ORDER_ID, billing_reason: "subscription_cycle", subscription_id: active.id, subscription: embeddedSubscription(active) as never, product_id: active.product_id });

  it("a cancel: the lists and the charge preview are read again, the cached order embedding it updated without asking", async () => {
    const { mock, wrapper, queryClient } = setup({ orders: [order()] });
    const hook = renderHook(
      () => ({
        list: useSubscriptions(),
        preview: useSubscriptionChargePreview(active.id),
        order: useOrder(ORDER_ID),
        update: useUpdateSubscription(active.id),
      }),
      { wrapper },
    );
    await waitFor(() => expect(hook.result.current.preview.source).toBe("polar"));
    await waitFor(() => expect(hook.result.current.order.data?.subscription?.cancel_at_period_end).toBe(false));
    const count = (pattern: RegExp) => mock.requests.filter((request) => pattern.test(request.path)).length;
    const [lists, previews, orders] = [count(/subscriptions\/?$/), count(/charge-preview$/), count(/orders\//)];
    act(() => hook.result.current.update.mutate({ action: "cancel" }));
    await waitFor(() => expect(hook.result.current.update.isSuccess).toBe(true));
    await waitFor(() => expect(count(/subscriptions\/?$/)).toBe(lists + 1));
    await waitFor(() => expect(count(/charge-preview$/)).toBe(previews + 1));
    expect(hook.result.current.order.data?.subscription).toMatchObject({ cancel_at_period_end: true, ends_at: active.current_period_end });
    expect(count(/orders\//)).toBe(orders);
    // Polar's charge preview after a cancel: nothing more is billed for the plan.
    await waitFor(() => expect(hook.result.current.preview.preview?.base_amount).toBe(0));
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey))).not.toContain(POLAR_TEST_TOKEN);
  });

  it("a change that may bill (plan, seats, resume): the orders are read again, a new order may be among them", async () => {
    const { mock, wrapper } = setup({ orders: [order()] });
    const hook = renderHook(() => ({ order: useOrder(ORDER_ID), update: useUpdateSubscription(active.id) }), { wrapper });
    await waitFor(() => expect(hook.result.current.order.data).toBeDefined());
    const reads = () => mock.requests.filter((request) => request.path.endsWith(ORDER_ID)).length;
    const before = reads();
    act(() => hook.result.current.update.mutate({ action: "change_plan", productId: productFixtures.starterYearly.id }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    expect(hook.result.current.order.data?.subscription?.recurring_interval).toBe("year");
  });

  it("keys: every subscription key is under the portal's root, none carries the token", () => {
    const keys = [subscriptionKeys.detail("https://api.polar.sh", active.id), subscriptionKeys.chargePreview("https://api.polar.sh", active.id)];
    for (const key of keys) expect(key[0]).toBe("react-polar-portal");
    expect(JSON.stringify(keys)).not.toContain(POLAR_TEST_TOKEN);
  });
});

describe("an ended subscription", () => {
  it("is refused as ended and stays as Polar has it", async () => {
    const { hook, shown } = await open(ended.id);
    act(() => hook.result.current.update.mutate({ action: "uncancel" }));
    await waitFor(() => expect(hook.result.current.update.refusal?.kind).toBe("ended"));
    expect(shown().status).toBe("canceled");
  });
});
