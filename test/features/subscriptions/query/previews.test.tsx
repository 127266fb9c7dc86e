// The charge and change previews from Polar's private routes, as the testing kit's mock answers
// them like Polar's server: its figures, its refusals, and no request when no charge is coming.
import { renderHook, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { subscriptionRefusal, useSubscriptionChangePreview, useSubscriptionChargePreview, type SubscriptionChange } from "../../../../src";
import { makeOrganization, productFixtures, subscriptionFixtures } from "../../../../src/testing";
import { createPolarMock, type PolarMockOptions } from "../../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../../support";

const server = serveForFile();
const { active, seats, canceling, pastDue, pausedIndefinitely, paused, pendingSeatChange } = subscriptionFixtures;

function setup(options: PolarMockOptions = {}) {
  const mock = createPolarMock(options);
  server.resetHandlers(...mock.handlers);
  return { mock, ...wrapperFor() };
}
const previewRequests = (mock: ReturnType<typeof createPolarMock>) => mock.requests.filter((request) => /preview$/.test(request.path));

describe("useSubscriptionChargePreview from Polar", () => {
  it("the next invoice as Polar computes it, a pending seat change applied", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(pendingSeatChange.id), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("polar"));
    // 3 seats at $12 from the next period (the pending change), not the 5 of today.
    expect(result.current.preview).toMatchObject({ currency: "usd", base_amount: 3600, metered_amount: 0, due_amount: 3600, tax_amount: 0 });
    expect([result.current.isPending, result.current.error]).toEqual([false, null]);
  });

  it("set to cancel: nothing more is billed for the plan", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(canceling.id), { wrapper });
    await waitFor(() => expect(result.current.preview?.base_amount).toBe(0));
  });

  it.each([
    ["past due", pastDue.id],
    ["paused with no date to resume", pausedIndefinitely.id],
  ])("%s: no charge is coming, and Polar is not asked", async (_, id) => {
    const { wrapper, mock } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(id), { wrapper });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect([result.current.source, result.current.preview]).toEqual(["none", null]);
    expect(previewRequests(mock)).toHaveLength(0);
  });

  it("paused with a date to resume: the charge when it resumes", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(paused.id), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("polar"));
    expect(result.current.preview?.base_amount).toBe(4500);
  });

  it("any other failure of the route is an error, not a fallback to the prices", async () => {
    const { wrapper } = setup();
    server.use(http.get("https://api.polar.sh/v1/customer-portal/subscriptions/:id/charge-preview", () => HttpResponse.json({ error: "NotPermitted", detail: "Not permitted" }, { status: 403 })));
    const { result } = renderHook(() => useSubscriptionChargePreview(active.id), { wrapper });
    await waitFor(() => expect(result.current.error?.kind).toBe("forbidden"));
    expect([result.current.preview, result.current.source]).toEqual([null, "none"]);
  });
});

describe("useSubscriptionChangePreview from Polar", () => {
  it("a seat change: Polar's proration, the new amount per month, and no charge now under prorate", async () => {
    const { wrapper, mock } = setup();
    const { result } = renderHook(() => useSubscriptionChangePreview(seats.id, { seats: 7 }), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("polar"));
    expect(previewRequests(mock).map((request) => request.body)).toStrictEqual([{ seats: 7 }]);
    expect(result.current.preview).toMatchObject({ recurring_amount: 7 * 1200, recurring_interval: "month", recurring_interval_count: 1, due_now: 0 });
    expect(result.current.preview!.proration_amount).toBeGreaterThan(0);
    expect(result.current.billsNow).toBe(false);
  });

  it("a move to another interval bills now under prorate: due now is Polar's due amount", async () => {
    const { wrapper, mock } = setup();
    const { result } = renderHook(() => useSubscriptionChangePreview(active.id, { productId: productFixtures.starterYearly.id }), { wrapper });
    await waitFor(() => expect(result.current.preview?.recurring_amount).toBe(19000));
    expect(result.current.billsNow).toBe(true);
    expect(result.current.preview!.due_now).toBe(result.current.preview!.due_amount);
    expect(result.current.preview!.recurring_interval).toBe("year");
    expect(previewRequests(mock).map((request) => request.body)).toStrictEqual([{ product_id: productFixtures.starterYearly.id }]);
  });

  it("under invoice, any change bills now", async () => {
    const { wrapper } = setup({ organization: makeOrganization({ proration_behavior: "invoice" }) });
    const { result } = renderHook(() => useSubscriptionChangePreview(active.id, { productId: productFixtures.pro.id }), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("polar"));
    expect(result.current.billsNow).toBe(true);
  });

  it("a refused change: the refusal, no preview", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChangePreview(seats.id, { seats: 1 }), { wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(subscriptionRefusal(result.current.error)).toStrictEqual({ kind: "below_minimum_seats", minimum: 2 });
    expect(result.current.preview).toBeNull();
  });

  it("one request per change, whatever object it comes in; null asks nothing", async () => {
    const { wrapper, mock } = setup();
    const { result, rerender } = renderHook(({ change }: { change: SubscriptionChange | null }) => useSubscriptionChangePreview(seats.id, change), {
      wrapper,
      initialProps: { change: null as SubscriptionChange | null },
    });
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect([result.current.preview, previewRequests(mock).length]).toEqual([null, 0]);
    rerender({ change: { seats: 6 } });
    await waitFor(() => expect(result.current.source).toBe("polar"));
    rerender({ change: { seats: 6 } });
    rerender({ change: { seats: 7 } });
    await waitFor(() => expect(result.current.preview?.recurring_amount).toBe(8400));
    rerender({ change: { seats: 6 } });
    await waitFor(() => expect(result.current.preview?.recurring_amount).toBe(7200));
    expect(previewRequests(mock)).toHaveLength(2);
  });
});
