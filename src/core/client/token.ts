import { PortalError } from "./errors.js";

/**
 * A customer session as the merchant's server got it from Polar (`POST /v1/customer-sessions/`
 * answers a `CustomerSession`): its token and when it expires. Polar's own object fits as it is.
 */
export interface CustomerSessionLike {
  token: string;
  /** ISO 8601 (as Polar sends it) or a Date; left out or null, the kit cannot tell when it expires. */
  expires_at?: string | Date | null;
}

/** What a token getter may answer: a token, a session, or nothing (the customer is signed out). */
export type TokenAnswer = string | CustomerSessionLike | null | undefined;

/**
 * The session token, or a function that returns (or resolves to) the current one.
 * - A string (or a session with `expires_at`, such as Polar's `CustomerSession`): a session with
 *   `expires_at` is reused until a minute before it expires; a bare string has no expiry the kit
 *   can read, so the getter is asked again for the next request (it is the merchant's own cache).
 * - `null`, `undefined` or `""`: the customer is signed out; the kit makes no request and reports
 *   `unauthorized`.
 * - A throw or rejection (the merchant's own endpoint is down): a network failure, retried like
 *   any other: a blip is not a logout.
 *
 * Requests that start while the getter is running share that one call. When Polar refuses a
 * getter's token (401), the getter is asked once more and the request sent again once.
 */
export type TokenSource = string | (() => TokenAnswer | Promise<TokenAnswer>);

/** How long before `expires_at` a session stops being reused: a request must not reach Polar after it. */
export const SESSION_EXPIRY_MARGIN_MS = 60_000;

export interface TokenKeeper {
  /**
   * The token for the next request; `null` when the customer is signed out. `fresh`: asked of the
   * getter now rather than a kept session (kept for the requests after it), for a page of Polar's
   * own that holds the token for as long as the customer takes (the card embed), where a session
   * a minute from its end would expire under the customer's hands.
   */
  get(fresh?: boolean): Promise<string | null>;
  /**
   * The token to retry with after Polar refused `refused`: a newer one another request already got,
   * or a fresh one from the getter (shared by every request refused at the same time). `undefined`
   * when there is nothing to ask (a fixed token string).
   */
  renew(refused: string): Promise<string | null | undefined>;
  /** Forgets `refused` (Polar said no twice), or any kept session: the next request asks the getter again. */
  forget(refused?: string): void;
}

function tokenOf(answer: TokenAnswer): { token: string | null; reuseUntil: number } {
  if (answer == null || answer === "") return { token: null, reuseUntil: 0 };
  if (typeof answer === "string") return { token: answer, reuseUntil: 0 };
  const token = typeof answer.token === "string" && answer.token !== "" ? answer.token : null;
  const expires = answer.expires_at == null ? Number.NaN : new Date(answer.expires_at).getTime();
  return { token, reuseUntil: Number.isNaN(expires) ? 0 : expires - SESSION_EXPIRY_MARGIN_MS };
}

/** `source` is read on every request: the provider hands over its latest `token` prop. */
export function createTokenKeeper(source: () => TokenSource | null | undefined): TokenKeeper {
  let kept: { token: string; reuseUntil: number } | undefined;
  let asking: Promise<string | null> | undefined;
  // Bumped when the session is forgotten (another customer signed in): a getter call still on its
  // way answers for the previous customer, so neither its token is kept nor later requests share it.
  let generation = 0;

  function ask(getter: () => TokenAnswer | Promise<TokenAnswer>): Promise<string | null> {
    if (asking) return asking;
    const mine = generation;
    const shared: Promise<string | null> = (async () => {
      let answer: TokenAnswer;
      try {
        answer = await getter();
      } catch (cause) {
        // The merchant's token endpoint failed: retried like a network error, never a sign-out.
        throw new PortalError({ kind: "network", message: "Could not get a customer session token.", cause });
      }
      const { token, reuseUntil } = tokenOf(answer);
      // A session this close to its end (or a clock that disagrees with Polar's) still serves the
      // requests that asked for it; it is just not kept for the next ones.
      if (mine === generation) kept = token && reuseUntil > Date.now() ? { token, reuseUntil } : undefined;
      return token;
    })().finally(() => {
      if (asking === shared) asking = undefined;
    });
    asking = shared;
    return shared;
  }

  return {
    async get(fresh) {
      const current = source();
      if (typeof current !== "function") {
        // A fixed token (or none: signed out) replaces whatever a getter gave before.
        kept = undefined;
        return typeof current === "string" && current !== "" ? current : null;
      }
      if (!fresh && kept && kept.reuseUntil > Date.now()) return kept.token;
      return ask(current);
    },
    async renew(refused) {
      const current = source();
      if (typeof current !== "function") return undefined;
      if (kept && kept.token !== refused && kept.reuseUntil > Date.now()) return kept.token;
      if (kept?.token === refused) kept = undefined;
      return ask(current);
    },
    forget(refused) {
      if (refused === undefined) {
        generation += 1;
        asking = undefined;
        kept = undefined;
      } else if (kept?.token === refused) {
        kept = undefined;
      }
    },
  };
}
