import { describe, expect, it } from "vitest";
import { CustomerOrderSchema, OrderBillingUpdateSchema } from "../../../src/schema";
import { makeItem, makeOrder } from "../../../src/testing";
import seedGet from "../../fixtures/seed-get-order.json";
import seedPatch from "../../fixtures/seed-patch-order.json";

// The seeds are the JSON examples of Polar's API reference pages for GET and PATCH
// /v1/customer-portal/orders/{id} (the older shape: no refundable amounts, no receipt number,
// a deprecated user_id, four statuses).

const clone = <T>(value: T): T => structuredClone(value);

describe("CustomerOrderSchema accepts what Polar sends", () => {
  it.each([
    ["GET", seedGet],
    ["PATCH", seedPatch],
  ])("parses the seed's %s answer and keeps every field, unknown ones included", (_, seed) => {
    const result = CustomerOrderSchema.safeParse(clone(seed));
    expect(result.success).toBe(true);
    // Round trip: nothing dropped, nothing added, deprecated and undocumented keys kept.
    expect(result.data).toStrictEqual(seed);
    expect(result.data).toHaveProperty("user_id", "<string>");
    expect(result.data?.product).toHaveProperty("organization.slug", "<string>");
    expect(result.data?.subscription).toHaveProperty("customer_cancellation_reason", "customer_service");
  });

  it("parses the newer shape (refundable amounts, receipt number, units, void status)", () => {
    const order = makeOrder({
      status: "void",
      billing_reason: "subscription_meter_cycle",
      refundable_amount: 0,
      refundable_tax_amount: 0,
      receipt_number: "R-1",
      units: 3,
      seats: 5,
    });
    expect(CustomerOrderSchema.parse(clone(order))).toStrictEqual(order);
  });

  it("keeps fields Polar adds later, at every level", () => {
    const order = {
      ...makeOrder(),
      loyalty_points: 120,
      billing_address: { ...makeOrder().billing_address!, district: "SoMa" },
      items: [{ ...makeItem(), tax_breakdown: [{ rate: 0.0725 }] }],
    };
    expect(CustomerOrderSchema.parse(clone(order))).toStrictEqual(order);
  });

  it("accepts a status and a billing reason it has never heard of, by their raw value", () => {
    const parsed = CustomerOrderSchema.parse(makeOrder({ status: "disputed", billing_reason: "seat_change" }));
    expect(parsed.status).toBe("disputed");
    expect(parsed.billing_reason).toBe("seat_change");
  });

  it("accepts an order without product, subscription or address", () => {
    const order = makeOrder({ product: null, subscription: null, billing_address: null, billing_name: null, items: [] });
    expect(CustomerOrderSchema.safeParse(order).success).toBe(true);
  });

  it("accepts a negative applied balance (the customer owes)", () => {
    expect(CustomerOrderSchema.safeParse(makeOrder({ applied_balance_amount: -500 })).success).toBe(true);
  });
});

describe("CustomerOrderSchema refuses what the UI cannot show", () => {
  const broken: [string, Record<string, unknown>, (string | number)[]][] = [
    ["a float total", { ...makeOrder(), total_amount: 107.2 }, ["total_amount"]],
    ["a non-integer item amount", { ...makeOrder(), items: [{ ...makeItem(), amount: 0.5 }] }, ["items", 0, "amount"]],
    ["a string amount", { ...makeOrder(), subtotal_amount: "10000" }, ["subtotal_amount"]],
    ["a null amount", { ...makeOrder(), tax_amount: null }, ["tax_amount"]],
    ["a missing id", (({ id: _, ...rest }) => rest)(makeOrder()), ["id"]],
    ["an empty id", { ...makeOrder(), id: "" }, ["id"]],
    ["items that are not an array", { ...makeOrder(), items: { 0: makeItem() } }, ["items"]],
    ["a date that does not parse", { ...makeOrder(), created_at: "last Tuesday" }, ["created_at"]],
    ["a bad date deep inside", { ...makeOrder(), next_payment_attempt_at: "soon" }, ["next_payment_attempt_at"]],
    ["an address without a country", { ...makeOrder(), billing_address: { line1: "x" } }, ["billing_address", "country"]],
  ];

  it.each(broken)("refuses %s, naming where", (_, payload, path) => {
    const result = CustomerOrderSchema.safeParse(payload);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it("refuses something that is not an object at all", () => {
    expect(CustomerOrderSchema.safeParse(null).success).toBe(false);
    expect(CustomerOrderSchema.safeParse([makeOrder()]).success).toBe(false);
  });
});

describe("OrderBillingUpdateSchema", () => {
  it("keeps only what Polar lets a customer change", () => {
    const parsed = OrderBillingUpdateSchema.parse({ billing_name: "Ada", status: "void", total_amount: 0 });
    expect(parsed).toStrictEqual({ billing_name: "Ada" });
  });

  it("keeps null (clear) apart from absent (unchanged)", () => {
    expect(OrderBillingUpdateSchema.parse({ billing_address: null })).toStrictEqual({ billing_address: null });
    expect(OrderBillingUpdateSchema.parse({})).toStrictEqual({});
  });

  it("requires a country in an address", () => {
    expect(OrderBillingUpdateSchema.safeParse({ billing_address: { line1: "x" } }).success).toBe(false);
  });
});
