// @vitest-environment node
import { describe, expect, it } from "vitest";
import { CustomerOrderSchema, type CustomerOrder } from "../../src/schema";
import {
  FIXTURE_CUSTOMER_ID,
  fixtures,
  makeItem,
  makeOrder,
  manyItemsOrder,
  orderAmounts,
  otherCustomerOrder,
  type FixtureName,
} from "../../src/testing";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const named = Object.entries(fixtures) as [FixtureName, CustomerOrder][];
const all: [string, CustomerOrder][] = [...named, ["otherCustomerOrder", otherCustomerOrder], ["manyItemsOrder(60)", manyItemsOrder(60)]];

describe("fixtures", () => {
  it.each(all)("%s parses with CustomerOrderSchema and keeps its unknown fields", (_name, order) => {
    const parsed = CustomerOrderSchema.parse(order);
    expect(parsed).toEqual(order);
  });

  it.each(all)("%s has amounts that add up the way Polar derives them", (_name, order) => {
    const subtotal = order.items.reduce((sum, item) => sum + item.amount, 0);
    expect(order.subtotal_amount).toBe(subtotal);
    expect(order.net_amount).toBe(order.subtotal_amount - order.discount_amount);
    expect(order.total_amount).toBe(order.net_amount + order.tax_amount);
    expect(order.due_amount).toBe(Math.max(0, order.total_amount + order.applied_balance_amount));
    expect(order.refunded_amount).toBeLessThanOrEqual(order.net_amount + order.applied_balance_amount);
    expect(order.refunded_tax_amount).toBeLessThanOrEqual(order.tax_amount);
    if (order.refundable_amount !== undefined) {
      expect(order.refundable_amount).toBe(Math.max(0, order.net_amount + order.applied_balance_amount - order.refunded_amount));
      expect(order.refundable_tax_amount).toBe(Math.max(0, order.tax_amount - order.refunded_tax_amount));
    }
    for (const item of order.items) {
      expect(Number.isInteger(item.amount) && Number.isInteger(item.tax_amount)).toBe(true);
    }
  });

  it("gives every order and item a distinct, fixed UUID v4", () => {
    // manyItemsOrder(n) reuses the manyItems fixture's id: it is that order with another length.
    const ids = [...named.map(([, order]) => order.id), otherCustomerOrder.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, order] of all) {
      expect(order.id).toMatch(UUID_V4);
      const itemIds = order.items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
      for (const id of itemIds) expect(id).toMatch(UUID_V4);
    }
    expect(manyItemsOrder(5)).toEqual(manyItemsOrder(5));
    expect(manyItemsOrder(60).id).toBe(fixtures.manyItems.id);
    expect(makeOrder()).toEqual(makeOrder());
  });

  it("keeps paid in step with the status", () => {
    expect(fixtures.paid.paid).toBe(true);
    expect(fixtures.refunded.paid).toBe(true);
    expect(fixtures.partiallyRefunded.paid).toBe(true);
    expect(fixtures.pending.paid).toBe(false);
    expect(fixtures.draft.paid).toBe(false);
    expect(fixtures.void.paid).toBe(false);
  });

  it("covers the states a designer reviews", () => {
    expect(fixtures.refunded).toMatchObject({ status: "refunded", refundable_amount: 0, refundable_tax_amount: 0 });
    expect(fixtures.partiallyRefunded.refunded_amount).toBeGreaterThan(0);
    expect(fixtures.partiallyRefunded.refundable_amount).toBeGreaterThan(0);
    expect(fixtures.draft.invoice_number).toBeNull();
    expect(fixtures.discounted.discount_amount).toBeGreaterThan(0);
    expect(fixtures.discounted.discount_id).toMatch(UUID_V4);
    expect(fixtures.subscription.subscription).toMatchObject({ recurring_interval: "month", cancel_at_period_end: false });
    expect(fixtures.subscriptionCanceling.subscription).toMatchObject({ cancel_at_period_end: true });
    expect(fixtures.subscriptionCanceling.subscription?.ends_at).toBe(fixtures.subscriptionCanceling.subscription?.current_period_end);
    expect(fixtures.balanceCredit.applied_balance_amount).toBeLessThan(0);
    expect(fixtures.balanceCredit.due_amount).toBeLessThan(fixtures.balanceCredit.total_amount);
    expect(fixtures.balanceOwed.applied_balance_amount).toBeGreaterThan(0);
    expect(fixtures.balanceOwed.due_amount).toBeGreaterThan(fixtures.balanceOwed.total_amount);
    expect(fixtures.jpy.currency).toBe("jpy");
    expect(fixtures.eur.currency).toBe("eur");
    // One currency of each kind: zero-decimal (jpy), hundredths as Intl writes them (usd, eur),
    // hundredths where Intl writes none (huf).
    expect(fixtures.huf.currency).toBe("huf");
    expect(fixtures.huf.total_amount % 100).not.toBe(0);
    expect(fixtures.noBilling).toMatchObject({ billing_name: null, billing_address: null });
    expect(fixtures.dunning).toMatchObject({ status: "pending", paid: false });
    expect(fixtures.dunning.next_payment_attempt_at).toEqual(expect.any(String));
    expect(fixtures.longText.billing_name!.length).toBeGreaterThan(150);
    expect(fixtures.longText.items[0]!.label.length).toBeGreaterThan(150);
    expect(manyItemsOrder(60).items).toHaveLength(60);
  });

  it("prorated update items carry their period and sum to the order subtotal", () => {
    const order = fixtures.prorated;
    expect(order.billing_reason).toBe("subscription_update");
    expect(order.items.every((item) => item.proration && item.start_timestamp && item.end_timestamp)).toBe(true);
    expect(order.items.some((item) => item.amount < 0)).toBe(true);
  });

  it("the legacy order has the seed's shape", () => {
    const order = fixtures.legacy;
    for (const key of ["receipt_number", "refundable_amount", "refundable_tax_amount", "units"]) {
      expect(order).not.toHaveProperty(key);
    }
    expect(order.user_id).toMatch(UUID_V4);
    expect(typeof order.invoice_number).toBe("string");
    expect(order.items[0]).not.toHaveProperty("start_timestamp");
  });

  it("the future order carries values and fields this kit does not know", () => {
    const parsed = CustomerOrderSchema.parse(fixtures.future);
    expect(parsed.status).toBe("disputed");
    expect(parsed.billing_reason).toBe("subscription_seats_change");
    expect(parsed.payment_method_summary).toEqual({ brand: "visa", last4: "4242" });
    expect(parsed.units).toBe(3);
  });

  it("belongs to the fixture customer, except the other customer's order", () => {
    for (const [, order] of named) expect(order.customer_id).toBe(FIXTURE_CUSTOMER_ID);
    expect(otherCustomerOrder.customer_id).not.toBe(FIXTURE_CUSTOMER_ID);
  });

  it("orderAmounts derives every money field from items, discount, tax, balance and refunds", () => {
    expect(
      orderAmounts({
        items: [makeItem({ amount: 3000, tax_amount: 0 }), makeItem({ amount: 2000, tax_amount: 0 })],
        discount_amount: 500,
        tax_amount: 450,
        applied_balance_amount: -6000,
        refunded_amount: 100,
      }),
    ).toEqual({
      subtotal_amount: 5000,
      discount_amount: 500,
      net_amount: 4500,
      tax_amount: 450,
      total_amount: 4950,
      applied_balance_amount: -6000,
      due_amount: 0,
      refunded_amount: 100,
      refunded_tax_amount: 0,
      refundable_amount: 0,
      refundable_tax_amount: 450,
    });
  });
});
