import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { usePortalContext } from "../../../core/provider/context.js";
import { orderKeys } from "../../orders/query/keys.js";
import { subscriptionKeys } from "../../subscriptions/query/keys.js";
import { billingKeys } from "./keys.js";
import { payOrder, type PayOrderState } from "./pay-order.js";

export interface UsePayOrderOptions {
  /**
   * The merchant's Stripe.js `stripe.handleNextAction({ clientSecret })`, with Stripe loaded with
   * Polar's publishable key, rejecting when the customer fails or abandons it. Without it a 3-D
   * Secure request stops at `requires_action` (offer another card).
   */
  handleNextAction?: (clientSecret: string) => Promise<void>;
}

export interface UsePayOrderResult {
  /** Pays the order with a saved method (a payment under way is abandoned first). */
  pay: (paymentMethodId: string) => void;
  state: PayOrderState;
  /** Stops waiting: `cancelled`. The payment may still settle at Polar; the orders are read again. */
  cancel: () => void;
  /** Back to `idle` (stopping any wait), for another try. */
  reset: () => void;
}

const WAITING = new Set<PayOrderState["phase"]>(["confirming", "requires_action", "processing"]);

/**
 * Pays failed order `orderId` now with a saved payment method. A charge that goes through at once
 * ends there (`succeeded`); a 3-D Secure request goes to `handleNextAction`, then the payment's
 * status is read with backoff (1 s, ×1.5, at most 8 s apart, 5 minutes in all) until it
 * settles. Leaving the page stops the wait. Whenever the payment ends (paid, declined, refused,
 * timed out, cancelled) the orders (and so the failed payments) and the subscriptions are read
 * again: Polar may have moved on.
 */
export function usePayOrder(orderId: string, options: UsePayOrderOptions = {}): UsePayOrderResult {
  const { client } = usePortalContext();
  const queryClient = useQueryClient();
  const [state, setState] = useState<PayOrderState>({ phase: "idle" });
  const run = useRef<AbortController | null>(null);
  const handleNextAction = useRef(options.handleNextAction);
  handleNextAction.current = options.handleNextAction;
  const { baseUrl } = client;

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: orderKeys.server(baseUrl) });
    void queryClient.invalidateQueries({ queryKey: subscriptionKeys.server(baseUrl) });
  }, [queryClient, baseUrl]);

  const stop = useCallback(() => {
    run.current?.abort();
    run.current = null;
  }, []);

  // Unmounting stops the wait; nothing is set afterwards.
  useEffect(() => stop, [stop]);

  const pay = useCallback(
    (paymentMethodId: string) => {
      stop();
      const controller = new AbortController();
      run.current = controller;
      void payOrder({
        client,
        orderId,
        paymentMethodId,
        handleNextAction: handleNextAction.current && ((secret) => handleNextAction.current!(secret)),
        signal: controller.signal,
        onState: setState,
        onStatus: (status) => queryClient.setQueryData(billingKeys.paymentStatus(baseUrl, orderId), status),
      }).then((end) => {
        if (controller.signal.aborted || end.phase === "requires_action") return;
        run.current = null;
        refresh();
      });
    },
    [client, orderId, queryClient, baseUrl, stop, refresh],
  );

  const cancel = useCallback(() => {
    const waiting = run.current !== null;
    stop();
    setState((current) => (WAITING.has(current.phase) ? { phase: "cancelled" } : current));
    if (waiting) refresh();
  }, [stop, refresh]);

  const reset = useCallback(() => {
    stop();
    setState({ phase: "idle" });
  }, [stop]);

  return { pay, state, cancel, reset };
}
