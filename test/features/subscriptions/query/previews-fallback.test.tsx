// A Polar without the private preview routes (404 of the route itself): the previews say what the
// prices tell for certain and leave the rest unknown, never a guessed amount, and the missing route
// is asked once.
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useSubscriptionChangePreview, useSubscriptionChargePreview } from "../../../../src";
import { makeOrganization, productFixtures, subscriptionFixtures } from "../../../../src/testing";
import { createPolarMock, type PolarMockOptions } from "../../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../../support";

const server = serveForFile();
const { active, seats, pendingPlanChange, canceling } = subscriptionFixtures;

function setup(options: PolarMockOptions = {}) {
  const mock = createPolarMock({ previews: false, ...options });
  server.resetHandlers(...mock.handlers);
  return { mock, ...wrapperFor() };
}
const previewRequests = (mock: ReturnType<typeof createPolarMock>) => mock.requests.filter((request) => /preview$/.test(request.path));

describe("the charge preview from the prices", () => {
  it("the next base and the usage so far; tax, discounts and what is due unknown", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(active.id), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("prices"));
    expect(result.current.preview).toStrictEqual({
      currency: "usd",
      base_amount: 1900,
      metered_amount: 0,
      proration_amount: null,
      prorations: null,
      subtotal_amount: null,
      discount_amount: 0,
      net_amount: null,
      tax_amount: null,
      total_amount: null,
      applied_balance_amount: null,
      due_amount: null,
      metered: false,
    });
  });

  it("a pending plan change: the next base from the new product, read from the organization's products", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChargePreview(pendingPlanChange.id), { wrapper });
    await waitFor(() => expect(result.current.preview?.base_amount).toBe(1900));
    expect(result.current.isPending).toBe(false);
  });

  it("set to cancel: no base; the missing route is asked once for every subscription", async () => {
    const { wrapper, mock } = setup();
    const first = renderHook(() => useSubscriptionChargePreview(active.id), { wrapper });
    await waitFor(() => expect(first.result.current.source).toBe("prices"));
    const second = renderHook(() => useSubscriptionChargePreview(canceling.id), { wrapper });
    await waitFor(() => expect(second.result.current.source).toBe("prices"));
    expect(second.result.current.preview?.base_amount).toBe(0);
    expect(previewRequests(mock)).toHaveLength(1);
  });
});

describe("the change preview from the prices", () => {
  it("seats: the new amount from the tiers; nothing due now under prorate, the proration unknown", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChangePreview(seats.id, { seats: 12 }), { wrapper });
    await waitFor(() => expect(result.current.source).toBe("prices"));
    expect(result.current.preview).toMatchObject({ recurring_amount: 12 * 1000, due_now: 0, proration_amount: null, due_amount: null });
    expect(result.current.billsNow).toBe(false);
  });

  it("a plan billed now: the new amount per year, what is due now unknown rather than guessed", async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSubscriptionChangePreview(active.id, { productId: productFixtures.starterYearly.id }), { wrapper });
    await waitFor(() => expect(result.current.preview?.recurring_amount).toBe(19000));
    expect(result.current.preview).toMatchObject({ recurring_interval: "year", due_now: null, total_amount: null });
    expect(result.current.billsNow).toBe(true);
  });

  it("next_period: nothing is due now", async () => {
    const { wrapper } = setup({ organization: makeOrganization({ proration_behavior: "next_period" }) });
    const { result } = renderHook(() => useSubscriptionChangePreview(active.id, { productId: productFixtures.pro.id }), { wrapper });
    await waitFor(() => expect(result.current.preview?.recurring_amount).toBe(4900));
    expect([result.current.preview?.due_now, result.current.billsNow]).toEqual([0, false]);
  });
});
