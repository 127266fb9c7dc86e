// Paying a failed order now, free of React: confirm with a saved method, let the merchant's
// Stripe.js handle 3-D Secure when asked, then read the payment's status with backoff until it
// settles. Its timing is tested over fake timers; the hook only holds its state.
import type { PortalClient } from "../../../core/client/client.js";
import { isPortalError } from "../../../core/client/errors.js";
import { confirmOrderPayment, getOrderPaymentStatus } from "../api/order-payment.js";
import { billingRefusal, type BillingRefusal } from "../api/refusal.js";
import type { OrderPaymentStatus } from "../schema/payment.js";

export type PayOrderState =
  | { phase: "idle" }
  | { phase: "confirming" }
  /** 3-D Secure: the bank asks the customer; without `handleNextAction` the kit stops here. */
  | { phase: "requires_action"; clientSecret: string }
  /** Waiting for the payment to settle; `attempt` counts the status reads (from 1). */
  | { phase: "processing"; attempt: number }
  | { phase: "succeeded" }
  /** The card was declined (Polar's decline message, English, when it gave one). */
  | { phase: "failed"; error?: string }
  | { phase: "refused"; refusal: BillingRefusal }
  /** Still pending after the kit's longest wait: it may yet settle at Polar (check the order later). */
  | { phase: "timed_out" }
  /** The customer stopped waiting; a payment already sent may still settle at Polar. */
  | { phase: "cancelled" };

export type PayOrderPhase = PayOrderState["phase"];

/**
 * The waits before each status read: 1 s, growing ×1.5 to at most 8 s apart, for at most 5
 * minutes of waiting in all (Polar's hosted portal reads every 2 s for 5 minutes: this asks
 * less often once a payment is slow: 40 reads at most).
 */
export const PAY_POLL = { first: 1000, factor: 1.5, max: 8000, cap: 300_000 } as const;

/** The pause before status read `attempt` (1-based). */
export const payPollDelay = (attempt: number): number => Math.min(Math.round(PAY_POLL.first * PAY_POLL.factor ** (attempt - 1)), PAY_POLL.max);

export interface PayOrderRun {
  client: Pick<PortalClient, "request">;
  orderId: string;
  paymentMethodId: string;
  /** The merchant's Stripe.js `handleNextAction` (loaded with Polar's publishable key); rejects on failure. */
  handleNextAction?: (clientSecret: string) => Promise<void>;
  /** Every state, in order; never called after `signal` aborts. */
  onState: (state: PayOrderState) => void;
  /** Every status Polar answered (for the cache). */
  onStatus?: (status: OrderPaymentStatus) => void;
  signal: AbortSignal;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : undefined);

/** Runs one payment to its end state (or until `signal` aborts). */
export async function payOrder({ client, orderId, paymentMethodId, handleNextAction, onState, onStatus, signal }: PayOrderRun): Promise<PayOrderState> {
  let last: PayOrderState = { phase: "idle" };
  const to = (state: PayOrderState) => {
    last = state;
    if (!signal.aborted) onState(state);
    return state;
  };
  to({ phase: "confirming" });
  let confirmation;
  try {
    confirmation = await confirmOrderPayment(client, orderId, paymentMethodId, { signal });
  } catch (error) {
    return signal.aborted ? last : to({ phase: "refused", refusal: billingRefusal(error) });
  }
  if (signal.aborted) return last;
  // Charged at once: Polar's answer is the word (its payment record only follows by webhook, so
  // reading the status now could still show the renewal's earlier failure).
  if (confirmation.status === "succeeded") return to({ phase: "succeeded" });
  if (confirmation.status === "failed") return to(confirmation.error ? { phase: "failed", error: confirmation.error } : { phase: "failed" });
  if (confirmation.status === "requires_action") {
    const clientSecret = confirmation.client_secret ?? "";
    to({ phase: "requires_action", clientSecret });
    // Without the merchant's Stripe.js the customer cannot authenticate here: the state stays.
    if (!handleNextAction || !clientSecret) return last;
    try {
      await handleNextAction(clientSecret);
    } catch (error) {
      const message = messageOf(error);
      return signal.aborted ? last : to(message ? { phase: "failed", error: message } : { phase: "failed" });
    }
  }
  // Stripe has the customer's answer; Polar learns the outcome by webhook: wait for it. A status
  // Polar adds later is read the same way.
  return settle({ client, orderId, onStatus, to, signal });
}

async function settle({
  client,
  orderId,
  onStatus,
  to,
  signal,
}: Pick<PayOrderRun, "client" | "orderId" | "onStatus" | "signal"> & { to: (state: PayOrderState) => PayOrderState }): Promise<PayOrderState> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    let pause = payPollDelay(attempt);
    if (waited + pause > PAY_POLL.cap) return to({ phase: "timed_out" });
    to({ phase: "processing", attempt });
    await sleep(pause, signal);
    if (signal.aborted) return { phase: "cancelled" };
    waited += pause;
    try {
      const answer = await getOrderPaymentStatus(client, orderId, { signal });
      onStatus?.(answer);
      if (answer.status === "succeeded") return to({ phase: "succeeded" });
      if (answer.status === "failed") return to(answer.error ? { phase: "failed", error: answer.error } : { phase: "failed" });
      // pending, no_payment (not recorded yet) or a word Polar adds: not settled yet.
    } catch (error) {
      if (signal.aborted) return { phase: "cancelled" };
      // A failure Polar may get over (network, 5xx, 429) is "not yet"; any other ends the wait.
      if (!isPortalError(error) || !error.retryable) return to({ phase: "refused", refusal: billingRefusal(error) });
      // After a 429, never sooner than Polar said.
      if (error.kind === "rate_limited" && error.retryAfter) {
        pause = error.retryAfter * 1000;
        if (waited + pause > PAY_POLL.cap) return to({ phase: "timed_out" });
        await sleep(pause, signal);
        waited += pause;
      }
    }
  }
}
