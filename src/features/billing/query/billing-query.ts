// The billing queries, free of React's client side (react-query's `queryOptions` is a plain
// function): a route loader or a React Server Component can prefetch with them.
import { queryOptions, replaceEqualDeep } from "@tanstack/react-query";
import type { PortalClient } from "../../../core/client/client.js";
import type { PortalError } from "../../../core/client/errors.js";
import { guesses } from "../../../core/query/optimistic.js";
import { refetchWhenAllowed, retryDelay, shouldRetry } from "../../../core/query/retry.js";
import { getCustomer, listAllPaymentMethods } from "../api/customer.js";
import type { PortalCustomer } from "../schema/customer.js";
import type { PaymentMethod } from "../schema/payment-method.js";
import { billingKeys } from "./keys.js";
import { customerLedgerFor } from "./ledger.js";

export interface UseBillingQueryOptions {
  /** Set false to wait (for example until the session says the customer may manage billing). */
  enabled?: boolean;
  /** How long an answer counts as fresh, in ms. Default 30 s. */
  staleTime?: number;
}

const STALE_TIME = 30_000;
type Client = Pick<PortalClient, "baseUrl" | "request">;

/** The query of the signed-in customer (`customers/me`). */
export function customerQueryOptions(client: Client, options: UseBillingQueryOptions = {}) {
  const queryKey = billingKeys.customer(client.baseUrl);
  return queryOptions<PortalCustomer, PortalError, PortalCustomer, typeof queryKey>({
    queryKey,
    queryFn: async ({ signal, client: queryClient }) => {
      // A read can overlap a new default: the ledger decides what it means.
      const ledger = customerLedgerFor(queryClient, queryKey);
      const mark = ledger.mark();
      return ledger.read(await getCustomer(client, { signal }), mark);
    },
    enabled: options.enabled !== false,
    staleTime: options.staleTime ?? STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
    // A guess is cached as the very object the ledger made, so it can be told from Polar's word.
    structuralSharing: (old, next) => (guesses.has(next as object) ? next : replaceEqualDeep(old, next)),
  });
}

/** The query of every saved payment method (all pages, in Polar's order). */
export function paymentMethodsQueryOptions(client: Client, options: UseBillingQueryOptions = {}) {
  return queryOptions<PaymentMethod[], PortalError, PaymentMethod[], ReturnType<typeof billingKeys.paymentMethods>>({
    queryKey: billingKeys.paymentMethods(client.baseUrl),
    queryFn: ({ signal }) => listAllPaymentMethods(client, { signal }),
    enabled: options.enabled !== false,
    staleTime: options.staleTime ?? STALE_TIME,
    retry: shouldRetry,
    retryDelay,
    refetchInterval: refetchWhenAllowed,
  });
}
