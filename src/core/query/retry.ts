import type { QueryState } from "@tanstack/react-query";
import { isPortalError } from "../client/errors.js";

// How a read asks again. A customer must never look at a skeleton for long without a word: a
// read waits silently only for pauses of a few seconds (the 1 s, 2 s, 4 s backoff, a short
// Retry-After). A longer wait (a 429 with `Retry-After: 3600`) ends the read at once, so the
// error shows when the next try will be, with a button to try now, and `refetchWhenAllowed`
// asks again at that moment.

const MAX_RETRIES = 3;
/** The longest pause spent behind a skeleton. */
const MAX_SILENT_WAIT_MS = 5000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  // 401/403/404/422 and a broken answer will not change by asking again.
  return failureCount < MAX_RETRIES && (!isPortalError(error) || error.retryable) && !longWait(error);
}

/**
 * The server's Retry-After when the browser could read it (only a 429 carries one; cross-origin
 * it is often unreadable), else exponential backoff: react-query counts from 0 at the first
 * failure, so 1 s, 2 s, 4 s.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const retryAfter = isPortalError(error) ? error.retryAfter : undefined;
  return retryAfter === undefined ? 1000 * 2 ** failureCount : retryAfter * 1000;
}

/**
 * The wait in ms a rate limit asks for when it is too long to spend behind a skeleton, else 0.
 * Such an error is not retried silently: it shows, with the moment of the next try.
 */
export function longWait(error: unknown): number {
  const wait = isPortalError(error) ? (error.retryAfter ?? 0) * 1000 : 0;
  return wait > MAX_SILENT_WAIT_MS ? wait : 0;
}

/**
 * `refetchInterval` of a read: after a long rate limit, one more try at the moment Polar named
 * (also when an order is already shown, which stays on screen meanwhile); otherwise none.
 */
export function refetchWhenAllowed(query: { state: Pick<QueryState<unknown, unknown>, "error" | "errorUpdatedAt"> }): number {
  const { error, errorUpdatedAt } = query.state;
  const wait = longWait(error);
  // react-query restarts the interval on every update of the query, so aim at the moment itself.
  // Once it has passed (the try under way) the time left is not positive, which sets no timer.
  return wait && errorUpdatedAt + wait - Date.now();
}
