// The kit's order types against Polar's SDK (`@polar-sh/sdk`, a dev dependency only): an order
// typed with the SDK goes wherever the kit takes an order, the testing kit's orders go wherever
// the SDK's type is asked for, and a misspelt field does not compile.
import type { models as models2026_04 } from "@polar-sh/sdk/2026-04";
import type { models as models2026_10 } from "@polar-sh/sdk/2026-10";
import { describe, expectTypeOf, test } from "vitest";
import {
  BillingAddressForm,
  OrderDetail,
  OrderItemsTable,
  useUpdateOrderBilling,
  type Address,
  type CustomerOrder,
  type OrderBillingUpdate,
  type OrderItem,
  type OrderProduct,
  type OrderSubscription,
} from "../../src";
import { billingFormValuesFrom, toBillingUpdate } from "../../src/schema";
import { fixtures, makeItem, makeOrder, makeProduct, makeSubscription, manyItemsOrder, otherCustomerOrder, type FixtureName } from "../../src/testing";
import { createPolarMock } from "../../src/testing/msw";

type SdkOrder = models2026_04.CustomerOrder;
type SdkOrder2026_10 = models2026_10.CustomerOrder;

declare const sdkOrder: SdkOrder;
declare const sdkOrder2026_10: SdkOrder2026_10;
declare const order: CustomerOrder;

describe("an order typed with Polar's SDK", () => {
  test("is a CustomerOrder, in both API versions, down to every nested object", () => {
    expectTypeOf<SdkOrder>().toExtend<CustomerOrder>();
    expectTypeOf<SdkOrder2026_10>().toExtend<CustomerOrder>();
    expectTypeOf<models2026_04.Address>().toExtend<Address>();
    expectTypeOf<models2026_04.OrderItemSchema>().toExtend<OrderItem>();
    expectTypeOf<models2026_04.CustomerOrderProduct>().toExtend<OrderProduct>();
    expectTypeOf<models2026_04.CustomerOrderSubscription>().toExtend<OrderSubscription>();
    expectTypeOf<models2026_04.CustomerOrderUpdate>().toExtend<OrderBillingUpdate>();
  });

  test("is taken by every order prop and helper without a cast", () => {
    <OrderDetail order={sdkOrder} />;
    <OrderDetail order={sdkOrder2026_10} onBillingSubmit={async () => sdkOrder} />;
    <OrderItemsTable order={sdkOrder} />;
    <OrderItemsTable items={sdkOrder.items} currency={sdkOrder.currency} />;
    <BillingAddressForm order={sdkOrder} onSubmit={async () => sdkOrder2026_10} />;
    const values = billingFormValuesFrom(sdkOrder);
    expectTypeOf(toBillingUpdate(values, sdkOrder)).toEqualTypeOf<OrderBillingUpdate>();
    expectTypeOf<(update: OrderBillingUpdate) => Promise<SdkOrder>>().toExtend<Parameters<typeof useUpdateOrderBilling>[1]>();
    createPolarMock().setOrder(sdkOrder);
    expectTypeOf(createPolarMock({ orders: [sdkOrder] }).getOrder("id")).toEqualTypeOf<SdkOrder | undefined>();
  });
});

describe("the testing kit's orders", () => {
  type InContract = Exclude<FixtureName, "legacy" | "future">;

  test("makeOrder(), the fixtures of the contract and the mock's orders are SDK orders", () => {
    expectTypeOf(makeOrder()).toExtend<SdkOrder>();
    expectTypeOf(makeOrder({ status: "refunded", billing_name: null })).toExtend<SdkOrder2026_10>();
    expectTypeOf<Pick<typeof fixtures, InContract>>().toExtend<Record<InContract, SdkOrder & SdkOrder2026_10>>();
    expectTypeOf(otherCustomerOrder).toExtend<SdkOrder>();
    expectTypeOf(manyItemsOrder(3)).toExtend<SdkOrder>();
    expectTypeOf(createPolarMock({ orders: [makeOrder(), fixtures.jpy] }).getOrder("id")).toExtend<SdkOrder | undefined>();
  });

  test("their parts are the SDK's parts (a subscription carries `units`)", () => {
    expectTypeOf(makeItem()).toExtend<models2026_04.OrderItemSchema>();
    expectTypeOf(makeProduct()).toExtend<models2026_04.CustomerOrderProduct>();
    expectTypeOf(makeSubscription()).toExtend<models2026_04.CustomerOrderSubscription>();
    expectTypeOf(makeSubscription()).toHaveProperty("units").toEqualTypeOf<number | null>();
  });

  test("the fixtures outside the contract on purpose, and out-of-contract overrides, say so", () => {
    expectTypeOf(fixtures.legacy).not.toExtend<SdkOrder>();
    expectTypeOf(fixtures.future).not.toExtend<SdkOrder>();
    expectTypeOf(fixtures.future).toExtend<CustomerOrder>();
    expectTypeOf(makeOrder({ status: "disputed" })).toEqualTypeOf<CustomerOrder>();
    expectTypeOf(makeOrder({ status: "disputed" })).not.toExtend<SdkOrder>();
    // Without `orders` the mock serves every fixture, the legacy and future ones included.
    expectTypeOf(createPolarMock().getOrder("id")).toEqualTypeOf<CustomerOrder | undefined>();
  });
});

describe("a misspelt field", () => {
  test("does not compile, at any depth", () => {
    // @ts-expect-error `billing_name`
    order.billing_nmae;
    // @ts-expect-error `country`
    order.billing_address?.contry;
    // @ts-expect-error `label`
    order.items[0]?.lable;
    // @ts-expect-error `cancel_at_period_end`
    order.subscription?.cancel_at_end;
  });

  test("does not compile in a fixture's overrides either", () => {
    // @ts-expect-error `billing_name`
    makeOrder({ billing_nmae: "Ada" });
    // @ts-expect-error `label`
    makeItem({ lable: "Pro" });
  });

  test("is not mistaken for a real one: every known field stays typed", () => {
    expectTypeOf(order.billing_name).toEqualTypeOf<string | null>();
    expectTypeOf(order.billing_address).toEqualTypeOf<Address | null>();
    expectTypeOf(order).not.toHaveProperty("billing_nmae");
  });
});
