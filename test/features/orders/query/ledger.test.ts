import { describe, expect, it } from "vitest";
import { guesses, UpdateLedger } from "../../../../src/features/orders/query/ledger";
import { makeOrder } from "../../../../src/testing";

// The ledger's rules over plain sequences of events, without React or react-query.
const server = makeOrder({ billing_name: "Server" });
const answer = (name: string, at: string) => ({ ...server, billing_name: name, modified_at: at });

describe("UpdateLedger", () => {
  it("shows a guess on top of the server's order, then the answer", () => {
    const ledger = new UpdateLedger();
    const { seq, show } = ledger.begin({ billing_name: "Ada" }, server);
    expect(show?.billing_name).toBe("Ada");
    expect(guesses.has(show!)).toBe(true);
    expect(ledger.serverOrder(show!)).toBe(server);
    const done = ledger.succeed(seq, answer("Ada", "2026-03-15T10:00:00Z"));
    expect(done.modified_at).toBe("2026-03-15T10:00:00Z");
    expect(guesses.has(done)).toBe(false);
    expect(ledger.pendingCount).toBe(0);
  });

  it("has nothing to guess from before the order is known", () => {
    const ledger = new UpdateLedger();
    expect(ledger.begin({ billing_name: "Ada" }, undefined).show).toBeUndefined();
  });

  it("keeps later updates on top of an earlier answer", () => {
    const ledger = new UpdateLedger();
    const first = ledger.begin({ billing_name: "Ada" }, server);
    ledger.begin({ billing_address: { line1: "1 Main St", country: "US", state: "CA", city: "SF", postal_code: "94107" } }, first.show);
    const shown = ledger.succeed(first.seq, answer("Ada", "2026-03-15T10:00:00Z"));
    expect(shown).toMatchObject({ billing_name: "Ada", billing_address: { line1: "1 Main St", state: "US-CA" } });
    expect(ledger.serverOrder(shown).billing_address).toBe(server.billing_address);
  });

  it("rolls a failure back to the server's word, keeping the updates still pending", () => {
    const ledger = new UpdateLedger();
    const first = ledger.begin({ billing_name: "Ada" }, server);
    const second = ledger.begin({ billing_name: "Grace" }, first.show);
    expect(ledger.fail(first.seq)?.billing_name).toBe("Grace");
    expect(ledger.fail(second.seq)).toBe(server);
  });

  it("takes a read that lands while an update is pending as the new truth under the guess", () => {
    const ledger = new UpdateLedger();
    const { seq } = ledger.begin({ billing_name: "Ada" }, server);
    const elsewhere = { ...server, billing_name: "Changed in another tab", modified_at: "2026-03-15T09:00:00Z" };
    const shown = ledger.read(elsewhere, ledger.mark());
    expect(shown.billing_name).toBe("Ada");
    expect(ledger.fail(seq)).toBe(elsewhere);
  });

  it("does not let a read begun before an answer undo that answer", () => {
    const ledger = new UpdateLedger();
    const { seq } = ledger.begin({ billing_name: "Ada" }, server);
    const mark = ledger.mark();
    const accepted = answer("Ada", "2026-03-15T10:00:00Z");
    ledger.succeed(seq, accepted);
    // The read was served before Polar applied the update: it still says "Server".
    expect(ledger.read(server, mark)).toBe(accepted);
    // The server's word, as a view showing a guess reads it.
    const guess = { ...accepted };
    guesses.add(guess);
    expect(ledger.serverOrder(guess)).toBe(accepted);
    // A read begun afterwards is news again.
    const later = { ...accepted, billing_name: "Renamed elsewhere" };
    expect(ledger.read(later, ledger.mark())).toBe(later);
  });

  it("forgets an update whose guess cannot be made", () => {
    const ledger = new UpdateLedger();
    expect(() => ledger.begin({ billing_address: { country: 42 } as never }, server)).toThrow();
    expect(ledger.pendingCount).toBe(0);
    expect(ledger.begin({ billing_name: "Ada" }, server).show?.billing_name).toBe("Ada");
  });

  it("tells subscribers about every change", () => {
    const ledger = new UpdateLedger();
    let calls = 0;
    const stop = ledger.subscribe(() => calls++);
    const { seq } = ledger.begin({ billing_name: "Ada" }, server);
    ledger.succeed(seq, server);
    stop();
    ledger.begin({ billing_name: "Grace" }, server);
    expect(calls).toBe(2);
  });
});
