// The mock core's public shapes: what a test sees of any resource's requests, failures and holds.

export type MockMethod = "GET" | "PATCH" | "POST" | "DELETE";

/** Polar's member roles: an owner and a billing manager may use billing features, a member may not. */
export type MockMemberRole = "owner" | "billing_manager" | "member";

/** A session the mock minted (`createSession`), shaped as Polar's `CustomerSession`. */
export interface MockSession {
  /** `polar_cst_…` for a customer session, `polar_mst_…` for a member session. */
  token: string;
  /** ISO 8601, by the mock's clock (`now`): after it, the token is refused as expired. */
  expires_at: string;
  customer_id: string;
  /** Set for a member session. */
  member_id: string | null;
}

export interface MockSessionOptions {
  /** A member session with this role; left out, a customer session. */
  role?: MockMemberRole;
  /** Seconds until it expires, by the mock's clock (default 3600: Polar's `CUSTOMER_SESSION_TTL`). */
  ttlSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  /** Lower-case names; `authorization` is redacted. */
  headers: Record<string, string>;
  /** The parsed JSON body, the raw text when it is not JSON, or undefined when there is none. */
  body: unknown;
  auth: "missing" | "valid" | "invalid";
}

/**
 * What an injected failure answers:
 * - a status number: that status with Polar's usual body for it (429 adds `Retry-After: 1`,
 *   5xx answers plain text like the gateway does);
 * - `"network"`: a network error (`HttpResponse.error()`), as when the connection drops;
 * - `"malformed"`: 200 with the requested order whose `total_amount` is a string (the list:
 *   a page holding such an order; invoice and receipt: `{ url: null }`);
 * - `{ status, body?, headers? }`: exactly this (an object or array body is sent as JSON).
 */
export type InjectedFailure =
  | number
  | "network"
  | "malformed"
  | { status: number; body?: unknown; headers?: Record<string, string> };

export interface FailOptions {
  /** Only requests of this method consume the failure (default: any). */
  method?: MockMethod;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface MockGate {
  /** Lets the held request through (also fine before it arrived: it then passes at once). */
  release(): void;
  /** Resolves when the held request reached the mock. */
  readonly arrived: Promise<RecordedRequest>;
}

/** The controls every mock has, whatever resources it serves. */
export interface MockCoreControls {
  readonly token: string;
  readonly customerId: string;
  /** Every request that reached the mock, oldest first (a copy). */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  failNext(failure: InjectedFailure, options?: FailOptions): void;
  holdNext(method?: MockMethod): MockGate;
  setLatency(ms: number): void;
  /**
   * From now on the token, and every session minted so far, is refused as expired (401
   * `invalid_token`), until `reset()`. Sessions minted afterwards are valid.
   */
  expireSession(): void;
  /**
   * Mints a session for the mock's customer, as the merchant's server does with
   * `POST /v1/customer-sessions/`: a customer session, or a member session with `role` (a plain
   * `member` is refused billing features, orders included, with 403 `NotPermitted`). It is valid
   * until `expires_at` by the mock's clock.
   */
  createSession(options?: MockSessionOptions): MockSession;
  /** Restores the initial store, empties the log, drops failures, releases holds. */
  reset(): void;
}
