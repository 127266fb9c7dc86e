import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { guesses, hasPendingUpdates, ledgerIn, OptimisticLedger } from "../../src/core/query/optimistic";
import { clearPortalStore } from "../../src/core/query/store";

// The core's optimistic bookkeeping knows no resource: a subscription's cancel is kept the same
// way as an order's billing edit, with the resource's own rule for what the server will store.
interface Subscription {
  id: string;
  cancel_at_period_end: boolean;
}
const cancel = (subscription: Subscription, update: { cancel_at_period_end: boolean }): Subscription => ({ ...subscription, ...update });
const server: Subscription = { id: "sub_1", cancel_at_period_end: false };

describe("OptimisticLedger", () => {
  it("shows a pending cancel over the server's word and returns to the server's word when it fails", () => {
    const ledger = new OptimisticLedger(cancel);
    const { seq, show } = ledger.begin({ cancel_at_period_end: true }, server);
    expect(show).toEqual({ id: "sub_1", cancel_at_period_end: true });
    expect(guesses.has(show!)).toBe(true);
    expect(ledger.serverOrder(show!)).toBe(server);
    expect(ledger.fail(seq)).toBe(server);
    expect(ledger.pendingCount).toBe(0);
  });

  it("keeps the answer of an update over a read that began before it was answered", () => {
    const ledger = new OptimisticLedger(cancel);
    const { seq } = ledger.begin({ cancel_at_period_end: true }, server);
    const mark = ledger.mark();
    const answered = { id: "sub_1", cancel_at_period_end: true };
    ledger.succeed(seq, answered);
    // A read served before the cancel reached the server must not undo it on screen.
    expect(ledger.read(server, mark)).toBe(answered);
  });
});

describe("the ledgers of a QueryClient", () => {
  it("are one per resource key and per QueryClient, and a new customer starts with none", () => {
    const first = new QueryClient();
    const second = new QueryClient();
    const key = ["react-polar-portal", "subscriptions", "https://api.polar.sh", "detail", "sub_1"];
    const ledger = ledgerIn(first, key, () => new OptimisticLedger(cancel));
    expect(ledgerIn(first, key, () => new OptimisticLedger(cancel))).toBe(ledger);
    ledger.begin({ cancel_at_period_end: true }, server);
    expect(hasPendingUpdates(first, key)).toBe(true);
    expect(hasPendingUpdates(second, key)).toBe(false);
    clearPortalStore(first);
    expect(hasPendingUpdates(first, key)).toBe(false);
    expect(ledgerIn(first, key, () => new OptimisticLedger(cancel))).not.toBe(ledger);
  });
});
