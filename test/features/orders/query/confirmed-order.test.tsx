import { act, renderHook, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { useOrder, useUpdateOrderBilling } from "../../../../src/index";
import { useConfirmedOrder } from "../../../../src/features/orders/query/use-update-order-billing";
import { fixtures } from "../../../../src/testing";
import { mockPolarForFile, wrapperFor } from "../../../support";

// What a view shows may be a guess; what Polar stores decides what it may do (a first address
// locks country and state only once Polar accepts it).
const { mock } = mockPolarForFile();

it("sees through the cached guess of a first address to the order Polar stores", async () => {
  const order = fixtures.noBilling;
  const { wrapper } = wrapperFor();
  const hook = renderHook(
    () => {
      const query = useOrder(order.id);
      return { shown: query.data, confirmed: useConfirmedOrder(query.data ?? order), update: useUpdateOrderBilling(order.id) };
    },
    { wrapper },
  );
  await waitFor(() => expect(hook.result.current.shown).toBeDefined());

  const gate = mock.holdNext("PATCH");
  const address = { line1: "1 Rideau St", line2: null, postal_code: "K1N 5Y3", city: "Ottawa", state: "CA-ON", country: "CA" };
  act(() => hook.result.current.update.mutate({ billing_address: address }));
  await gate.arrived;
  await waitFor(() => expect(hook.result.current.shown?.billing_address).toMatchObject({ line1: "1 Rideau St" }));
  expect(hook.result.current.confirmed.billing_address).toBeNull();

  gate.release();
  await waitFor(() => expect(hook.result.current.update.isSuccess).toBe(true));
  expect(hook.result.current.confirmed.billing_address).toMatchObject({ line1: "1 Rideau St", country: "CA" });
});
