import { isPortalError } from "../client/errors";

const MAX_RETRIES = 3;
const MAX_BACKOFF_MS = 30_000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  // 401/403/404/422 and a broken answer will not change by asking again.
  return !isPortalError(error) || error.retryable;
}

/**
 * Exponential backoff; on 429 the server's Retry-After when the browser could read it
 * (cross-origin it often cannot, and backoff applies).
 */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isPortalError(error) && error.kind === "rate_limited" && error.retryAfter !== undefined) {
    return Math.min(error.retryAfter * 1000, 5 * 60_000);
  }
  // react-query counts from 0 at the first failure: 1 s, 2 s, 4 s.
  return Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS);
}
