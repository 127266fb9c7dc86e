// The read side of an order's billing ledger (query/ledger.ts), for the order's query and the
// invoice and receipt flow: none of the ledger's code nor Polar's rules for a PATCH, which load
// with the save path (the billing form). Only a billing save makes an order's ledger; until one
// has, a read is Polar's word as it is, and nothing on screen is a guess.
import type { QueryClient } from "@tanstack/react-query";
import type { OptimisticLedger } from "../../../core/query/optimistic.js";
import { portalStore } from "../../../core/query/store.js";
import type { CustomerOrder } from "../schema/order.js";

type Ledger = OptimisticLedger<CustomerOrder, unknown>;

/** The ledger of the order under `queryKey` when a save made one (kept where `ledgerIn` keeps it), without making one. */
const ledgerOf = (queryClient: QueryClient, queryKey: readonly unknown[]) => portalStore(queryClient).get(JSON.stringify(queryKey)) as Ledger | undefined;

let guessed = (_value: object) => false;

/** Whether `value` is a ledger's guess, shown before Polar answered a save (see `OptimisticLedger`). */
export const isGuess = (value: object): boolean => guessed(value);

/** Told by the save path when it makes a ledger: from then on there are guesses to tell apart. */
export function tellGuesses(test: (value: object) => boolean): void {
  guessed = test;
}

/**
 * Reads the order under `queryKey` with `read`, judged by its ledger when a billing save overlaps
 * the read (`OptimisticLedger.read`; a ledger made meanwhile has had no answer before the read
 * began). Returns Polar's answer and what to show.
 */
export async function readOrderInStep(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  read: () => Promise<CustomerOrder>,
): Promise<{ fresh: CustomerOrder; shown: CustomerOrder }> {
  const before = ledgerOf(queryClient, queryKey);
  const mark = before?.mark() ?? 0;
  const fresh = await read();
  const ledger = before ?? ledgerOf(queryClient, queryKey);
  return { fresh, shown: ledger ? ledger.read(fresh, mark) : fresh };
}
