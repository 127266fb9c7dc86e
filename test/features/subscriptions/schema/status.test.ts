import { describe, expect, it } from "vitest";
import { subscriptionFlags, subscriptionPhase, type CustomerSubscription } from "../../../../src";
import { makeSubscription } from "../fixtures";

const NOW = Date.parse("2026-12-01T00:00:00Z");
const at = (more: Partial<CustomerSubscription>) => makeSubscription(more);

describe("subscriptionPhase: the kit's grouping, past due apart from both", () => {
  it.each([
    ["trialing", "current"],
    ["active", "current"],
    ["paused", "current"],
    ["past_due", "needs_action"],
    ["incomplete", "needs_action"],
    ["unpaid", "needs_action"],
    ["canceled", "ended"],
    ["incomplete_expired", "ended"],
    ["a_new_status", "current"],
  ])("%s is %s", (status, phase) => {
    expect(subscriptionPhase(at({ status }), NOW)).toBe(phase);
  });

  it("an ended_at that has passed ends it whatever the status says; one to come does not", () => {
    expect(subscriptionPhase(at({ status: "active", ended_at: "2026-11-30T00:00:00Z" }), NOW)).toBe("ended");
    expect(subscriptionPhase(at({ status: "past_due", ended_at: "2026-12-30T00:00:00Z" }), NOW)).toBe("needs_action");
  });
});

describe("subscriptionFlags mirror Polar's can_cancel, can_uncancel, can_pause and can_resume", () => {
  it("an active subscription can be cancelled and paused, and nothing else shows", () => {
    expect(subscriptionFlags(at({}), NOW)).toEqual({
      trialing: false,
      trialEndsAt: null,
      cancelsAt: null,
      pausesAt: null,
      pausedUntil: null,
      paused: false,
      pastDue: false,
      pendingUpdate: null,
      canCancel: true,
      canUncancel: false,
      canPause: true,
      canUnschedulePause: false,
      canResume: false,
    });
  });

  it("set to cancel: when it ends, uncancel offered, cancel and pause not", () => {
    const flags = subscriptionFlags(at({ cancel_at_period_end: true, ends_at: "2026-12-15T09:00:00Z", canceled_at: "2026-11-20T00:00:00Z" }), NOW);
    expect([flags.cancelsAt, flags.canUncancel, flags.canCancel, flags.canPause]).toEqual(["2026-12-15T09:00:00Z", true, false, false]);
  });

  it("an ends_at without cancel_at_period_end (set by the merchant) still ends it, but is not the customer's to uncancel", () => {
    const flags = subscriptionFlags(at({ ends_at: "2026-12-20T00:00:00Z" }), NOW);
    expect([flags.cancelsAt, flags.canUncancel, flags.canCancel, flags.canPause]).toEqual(["2026-12-20T00:00:00Z", false, false, false]);
  });

  it("trialing: when the trial ends; cancellable", () => {
    const flags = subscriptionFlags(at({ status: "trialing", trial_end: "2026-12-10T00:00:00Z" }), NOW);
    expect([flags.trialing, flags.trialEndsAt, flags.canCancel, flags.canPause]).toEqual([true, "2026-12-10T00:00:00Z", true, false]);
  });

  it("past due: flagged, cancellable, not pausable", () => {
    const flags = subscriptionFlags(at({ status: "past_due", past_due_at: "2026-11-16T00:00:00Z" }), NOW);
    expect([flags.pastDue, flags.canCancel, flags.canPause]).toEqual([true, true, false]);
  });

  it("a scheduled pause: when, and the pause can be taken back; cancelling stays possible", () => {
    const flags = subscriptionFlags(at({ pause_at_period_end: true, resumes_at: "2027-02-01T00:00:00Z" }), NOW);
    expect([flags.pausesAt, flags.canUnschedulePause, flags.canPause, flags.canCancel]).toEqual(["2026-12-15T09:00:00Z", true, false, true]);
  });

  it("paused with and without a date to resume; only resume is offered", () => {
    const until = subscriptionFlags(at({ status: "paused", paused_at: "2026-11-15T09:00:00Z", resumes_at: "2027-01-15T00:00:00Z" }), NOW);
    const open = subscriptionFlags(at({ status: "paused", paused_at: "2026-11-15T09:00:00Z" }), NOW);
    expect([until.paused, until.pausedUntil, until.canResume, until.canCancel, until.canPause]).toEqual([true, "2027-01-15T00:00:00Z", true, false, false]);
    expect([open.pausedUntil, open.canResume]).toEqual([null, true]);
  });

  it("a pending plan or seat change is handed over as Polar sent it", () => {
    const pending = { id: "pu", created_at: "2026-11-20T00:00:00Z", modified_at: null, applies_at: "2026-12-15T09:00:00Z", product_id: "prod-pro", seats: null };
    expect(subscriptionFlags(at({ pending_update: pending }), NOW).pendingUpdate).toEqual(pending);
  });

  it("canceled, unpaid or ended: nothing can be done, and no end date is shown as to come", () => {
    for (const more of [{ status: "canceled", ended_at: "2026-11-15T09:00:00Z", ends_at: "2026-11-15T09:00:00Z" }, { status: "unpaid" }] as const) {
      const flags = subscriptionFlags(at(more), NOW);
      expect([flags.canCancel, flags.canUncancel, flags.canPause, flags.canResume]).toEqual([false, false, false, false]);
    }
    expect(subscriptionFlags(at({ status: "canceled", cancel_at_period_end: true, ends_at: "2026-11-15T09:00:00Z", ended_at: "2026-11-15T09:00:00Z" }), NOW).cancelsAt).toBeNull();
  });
});
