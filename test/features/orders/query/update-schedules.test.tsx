import { act, renderHook, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useOrder, useUpdateOrderBilling, type OrderBillingUpdate } from "../../../../src/index";
import { makeOrder } from "../../../../src/testing";
import { createPolarMock, type MockGate } from "../../../../src/testing/msw";
import { serveForFile, wrapperFor } from "../../../support";

// Any interleaving of saves, Polar's answers, refusals, failures and refetches must end with the
// cache equal to what Polar stores: every change Polar accepted is on screen, nothing it refused
// or never received is.

const TOKEN = "polar_cst_ScheduleSecret";
const ORDER = makeOrder({ billing_name: "Start" });

// Each run serves a fresh mock of its own (one property test makes many runs).
const server = serveForFile();

type Command =
  | { type: "save"; update: OrderBillingUpdate }
  | { type: "refetch" }
  | { type: "release"; index: number }
  | { type: "fail"; failure: 422 | 500 | "network" }
  | { type: "tick" };

const address = (line1: string) => ({ line1, line2: null, postal_code: "94107", city: "San Francisco", state: "US-CA", country: "US" });

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constant("save" as const),
    update: fc.oneof(
      fc.constantFrom("Ada", "Grace", "Edsger").map((name): OrderBillingUpdate => ({ billing_name: name })),
      fc.constantFrom("1 Main St", "2 Side St").map((line1): OrderBillingUpdate => ({ billing_address: address(line1) })),
      fc.constantFrom("Alan", "Barbara").map((name): OrderBillingUpdate => ({ billing_name: name, billing_address: address(`${name} Way 1`) })),
    ),
  }),
  fc.constant({ type: "refetch" as const }),
  fc.nat(7).map((index) => ({ type: "release" as const, index })),
  fc.constantFrom(422 as const, 500 as const, "network" as const).map((failure) => ({ type: "fail" as const, failure })),
  fc.constant({ type: "tick" as const }),
);

async function run(commands: Command[]) {
  const mock = createPolarMock({ token: TOKEN, orders: [ORDER] });
  server.resetHandlers(...mock.handlers);
  const { wrapper, queryClient } = wrapperFor({ token: TOKEN });
  const hook = renderHook(() => ({ order: useOrder(ORDER.id), update: useUpdateOrderBilling(ORDER.id) }), { wrapper });
  await waitFor(() => expect(hook.result.current.order.data?.billing_name).toBe("Start"));

  const gates: MockGate[] = [];
  const idle = () => queryClient.isMutating() === 0 && queryClient.isFetching() === 0;
  try {
    for (const step of commands) {
      switch (step.type) {
        case "save":
          gates.push(mock.holdNext("PATCH"));
          act(() => hook.result.current.update.mutate(step.update));
          break;
        case "refetch":
          gates.push(mock.holdNext("GET"));
          act(() => void hook.result.current.order.refetch());
          break;
        case "release":
          gates[step.index % Math.max(gates.length, 1)]?.release();
          break;
        case "fail":
          mock.failNext(step.failure, { method: "PATCH" });
          break;
        case "tick":
          await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
          break;
      }
    }
    // Let everything through, including requests made later (queued saves, refetches after a
    // failed save), until nothing is in flight.
    await waitFor(() => {
      for (const gate of gates) gate.release();
      expect(idle()).toBe(true);
    });
    const stored = mock.getOrder(ORDER.id);
    expect(queryClient.getQueryData(["react-polar-portal", "orders", "https://api.polar.sh", "detail", ORDER.id])).toEqual(stored);
    expect(hook.result.current.order.data).toEqual(stored);
  } finally {
    hook.unmount();
    queryClient.clear();
    mock.reset();
  }
}

describe("billing updates under any schedule", () => {
  it("end with the cache equal to what Polar stores", async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), run), { numRuns: 60 });
  });

  it("a refused save with a refetch in flight ends with Polar's order, not the guess the read computed", async () => {
    // Found by the property: the read computed "guess on top" before the refusal, and landed after it.
    await run([
      { type: "save", update: { billing_name: "Alan", billing_address: address("Alan Way 1") } },
      { type: "tick" },
      { type: "refetch" },
      { type: "fail", failure: 422 },
    ]);
  });

  it("two saves whose answers would cross end where Polar ends", async () => {
    // The schedule that broke the unqueued hook: the second save released before the first.
    await run([
      { type: "save", update: { billing_name: "Ada" } },
      { type: "save", update: { billing_address: address("1 Main St") } },
      { type: "release", index: 1 },
      { type: "tick" },
      { type: "release", index: 0 },
    ]);
  });
});
