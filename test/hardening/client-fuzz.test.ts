// @vitest-environment node
// Whatever Polar (or a proxy in front of it) answers, the client either hands back an order the
// UI can trust or one PortalError of kind `invalid_response`: never a TypeError, never an
// order whose amounts are not safe integers or whose dates do not parse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPortalClient, isPortalError, type CustomerOrder } from "../../src/index";
import { makeOrder } from "../../src/testing";
import { answering, payloadArb } from "./payloads";
import { getOrder } from "../../src/features/orders/api/order";

const TOKEN = "polar_cst_FuzzSecret_0123456789abcdef";
const ID = "0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6";

const AMOUNT_KEYS = [
  "subtotal_amount",
  "discount_amount",
  "net_amount",
  "tax_amount",
  "total_amount",
  "applied_balance_amount",
  "due_amount",
  "refunded_amount",
  "refunded_tax_amount",
] as const;

type Outcome = { ok: true; order: CustomerOrder } | { ok: false; error: unknown };

async function fetchOrder(fetchImpl: typeof fetch): Promise<Outcome> {
  const client = createPortalClient({ token: TOKEN, fetch: fetchImpl });
  return getOrder(client, ID).then(
    (order) => ({ ok: true as const, order }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function expectUsable(order: CustomerOrder) {
  for (const key of AMOUNT_KEYS) expect(Number.isSafeInteger(order[key]), key).toBe(true);
  expect(Array.isArray(order.items)).toBe(true);
  for (const item of order.items) {
    expect(Number.isSafeInteger(item.amount)).toBe(true);
    expect(Number.isSafeInteger(item.tax_amount)).toBe(true);
    expect(typeof item.label).toBe("string");
  }
  expect(Number.isNaN(Date.parse(order.created_at))).toBe(false);
  expect(typeof order.currency).toBe("string");
  expect(typeof order.status).toBe("string");
}

function expectInvalidResponse(error: unknown) {
  expect(isPortalError(error), String(error)).toBe(true);
  if (!isPortalError(error)) return;
  expect(error.kind).toBe("invalid_response");
  expect(Array.isArray(error.path)).toBe(true);
  expect(error.message).not.toContain(TOKEN);
}

describe("client parse of mutated order payloads", () => {
  it("returns a usable order or an invalid_response error, for thousands of payloads", async () => {
    let parsed = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payloadArb, async (payload) => {
        const outcome = await fetchOrder(answering({ json: payload }));
        if (outcome.ok) {
          parsed++;
          expectUsable(outcome.order);
        } else {
          refused++;
          expectInvalidResponse(outcome.error);
        }
      }),
      { numRuns: 3000 },
    );
    // Both branches must have been exercised, or the property proved little.
    expect(parsed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it("keeps unknown fields and unknown enum values instead of refusing the order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20 }), async (status, reason) => {
        const base = JSON.parse(JSON.stringify(makeOrder())) as Record<string, unknown>;
        const outcome = await fetchOrder(answering({ json: { ...base, status, billing_reason: reason, brand_new_field: { nested: [1, 2] } } }));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.order.status).toBe(status);
        expect(outcome.order.billing_reason).toBe(reason);
        expect(outcome.order).toHaveProperty("brand_new_field", { nested: [1, 2] });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["a bare NaN", '{"total_amount": NaN}'],
    ["Infinity", "Infinity"],
    ["truncated JSON", '{"id": "0d6e2f1a", "items": ['],
    ["an HTML error page", "<!doctype html><title>502 Bad Gateway</title>"],
    ["an empty body", ""],
    ["null", "null"],
    ["an array", "[]"],
    ["a string", '"order"'],
    ["a number", "42"],
  ])("answers %s with invalid_response", async (_, text) => {
    const outcome = await fetchOrder(answering({ text }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expectInvalidResponse(outcome.error);
  });

  it("refuses amounts a float or a string would make unsafe to add (1e308, 2^53 + 2, 12.5, \"100\")", async () => {
    const base = JSON.parse(JSON.stringify(makeOrder())) as Record<string, unknown>;
    for (const value of [1e308, 2 ** 53 + 2, 12.5, "100", null]) {
      const outcome = await fetchOrder(answering({ json: { ...base, total_amount: value } }));
      expect(outcome.ok, `total_amount ${String(value)}`).toBe(false);
      if (!outcome.ok) {
        expectInvalidResponse(outcome.error);
        expect(isPortalError(outcome.error) && outcome.error.path).toEqual(["total_amount"]);
      }
    }
    // The largest safe integer is a valid (if improbable) amount, and stays exact.
    const outcome = await fetchOrder(answering({ json: { ...base, total_amount: Number.MAX_SAFE_INTEGER } }));
    expect(outcome.ok && outcome.order.total_amount).toBe(Number.MAX_SAFE_INTEGER);
  });
});
