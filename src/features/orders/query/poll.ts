// Asking Polar again while it renders a file: how long to pause between tries, and when to stop.
// Free of React and of the order, so its timing can be tested over plain promises and fake timers.
import { isPortalError, type PortalError } from "../../../core/client/errors.js";

/**
 * The pause before poll `attempt` (0-based): 0.5 s, 1 s, 2 s, then every `max` ms. Short steps
 * early, since Polar renders in a few seconds, and never longer than `max` later, so the customer
 * waits at most one step past the moment the file is ready.
 */
export const pollDelay = (attempt: number, max: number) => Math.min(500 * 2 ** attempt, max);

/** Invoice: a poll at most every 3 s, for at most 60 s of waiting (about 22 requests). */
export const INVOICE_POLL = { max: 3000, cap: 60_000 };
/** Receipt: every 202 queues another render on Polar's side, so ask less often: at most every 4 s, for 30 s. */
export const RECEIPT_POLL = { max: 4000, cap: 30_000 };

export function aborted(): Error {
  return Object.assign(new Error("Aborted"), { name: "AbortError" });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(aborted())), { once: true });
  });
}

/**
 * Asks `attempt` until it returns a value (not undefined), pausing {@link pollDelay} between
 * tries (and before the first when `pauseFirst`: a render just queued is not done yet), for at
 * most `cap` ms of pauses. A failure Polar may get over (network, 5xx, 429) counts as "not yet";
 * any other ends the wait. After a 429 the next try waits at least its `Retry-After`. Past the
 * cap: the last such failure, or null.
 */
export async function poll<T>(
  attempt: () => Promise<T | undefined>,
  { max, cap }: { max: number; cap: number },
  signal: AbortSignal,
  pauseFirst = false,
): Promise<T> {
  let lastError: PortalError | null = null;
  // The Retry-After of a 429 to the last try, in ms.
  let holdFor = 0;
  let waited = 0;
  for (let tries = 0; ; tries++) {
    if (tries > 0 || pauseFirst) {
      // After a 429, Polar said when to come back: never sooner (past the cap, stop with it).
      const pause = Math.max(pollDelay(tries, max), holdFor);
      if (waited + pause > cap) throw new TimeoutError(lastError);
      await sleep(pause, signal);
      waited += pause;
    }
    try {
      const value = await attempt();
      holdFor = 0;
      if (value !== undefined) return value;
    } catch (error) {
      if (!isPortalError(error) || !error.retryable) throw error;
      lastError = error;
      holdFor = error.kind === "rate_limited" ? (error.retryAfter ?? 0) * 1000 : 0;
    }
  }
}

export class TimeoutError extends Error {
  constructor(readonly last: PortalError | null) {
    super("Polar took longer than the kit waits.");
  }
}
