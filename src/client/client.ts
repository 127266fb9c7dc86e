import type { OrderBillingUpdate } from "../schema/billing.js";
import type { CustomerOrder } from "../schema/order.js";
import { parseOrder } from "../schema/parse-order.js";
import { PortalError, parseRetryAfter, parseValidationDetail, type PortalErrorInit, type PortalErrorKind } from "./errors.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

export const POLAR_SERVERS = {
  production: "https://api.polar.sh",
  sandbox: "https://sandbox-api.polar.sh",
} as const;

export type PolarServer = keyof typeof POLAR_SERVERS;
export type PolarApiVersion = "2026-04" | "2026-10" | (string & {});

/**
 * The session token, or a function that returns the current one. A function that returns (or
 * resolves to) `null` or `undefined` says the customer is signed out: the kit makes no request and
 * reports `unauthorized`. A function that throws or rejects (the merchant's own endpoint is down)
 * is a network failure, retried like any other: a blip is not a logout.
 */
export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

export interface PortalClientOptions {
  /**
   * The customer (`polar_cst_…`) or member (`polar_mst_…`) session token, or a function that
   * returns a fresh one; it is called before every request, so it can refresh an expired token.
   */
  token: TokenSource;
  /** `"production"` (default), `"sandbox"`, or the base URL of the merchant's own proxy. */
  server?: PolarServer | (string & {});
  /** Sent as `Polar-Version`; Polar's default (2026-04) applies when left out. */
  apiVersion?: PolarApiVersion;
  /** A custom fetch (tests, instrumentation). Defaults to the global one at call time. */
  fetch?: typeof fetch;
  /**
   * Called with every `unauthorized` error: Polar refused the token (401), or the token getter
   * said the customer is signed out. The session is over; the kit does not retry.
   */
  onUnauthorized?: (error: PortalError) => void;
  /** Called after every request Polar accepted the token for (a refreshed session works again). */
  onAuthorized?: () => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** One call to Polar's customer portal API, for the endpoint functions built on the client. */
export interface PortalRequest {
  method: "GET" | "PATCH" | "POST";
  /** The path under the base URL, with its query string (`/v1/customer-portal/orders/?page=2`). */
  path: string;
  /** Sent as JSON; left out, no body (and no Content-Type) is sent. */
  body?: unknown;
  signal?: AbortSignal;
}

/** A 2xx answer: its status (202 says "not ready yet" on some endpoints) and its JSON (undefined when empty). */
export interface PortalResponse {
  status: number;
  body: unknown;
}

export interface PortalClient {
  readonly baseUrl: string;
  /**
   * Sends one request with the session token and the kit's error model: a non-2xx answer
   * rejects with a `PortalError`, an answer that is not JSON with `invalid_response`.
   */
  request(request: PortalRequest): Promise<PortalResponse>;
  getOrder(id: string, options?: RequestOptions): Promise<CustomerOrder>;
  /**
   * Seconds until Polar accepts requests again after a 429 with a readable `Retry-After`, or
   * undefined when nothing holds the client back. Until then every request rejects with
   * `rate_limited` without reaching Polar. Optional, so a client written by hand still fits.
   */
  retryAfter?(): number | undefined;
  updateOrder(id: string, update: OrderBillingUpdate, options?: RequestOptions): Promise<CustomerOrder>;
}

function resolveBaseUrl(server: PortalClientOptions["server"] = "production"): string {
  // hasOwn, not `in`: "toString" in POLAR_SERVERS is true through the prototype.
  const url = Object.hasOwn(POLAR_SERVERS, server) ? POLAR_SERVERS[server as PolarServer] : server;
  // A typo such as "prod" would otherwise become a relative URL and fail far from its cause.
  if (!/^(https?:\/\/|\/)/i.test(url)) {
    // Production builds keep a short message: this is a developer's mistake, found in development.
    throw new TypeError(
      process.env.NODE_ENV !== "production"
        ? `react-polar-portal: server must be "production", "sandbox", or a base URL (https://… or /path), not ${JSON.stringify(url)}.`
        : `react-polar-portal: invalid server ${JSON.stringify(url)}`,
    );
  }
  return url.replace(/\/+$/, "");
}

function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** A request or answer lost on the way: a network error (retried), unless it was aborted on purpose. */
function lost(cause: unknown, message: string): unknown {
  return isAbort(cause) ? cause : new PortalError({ kind: "network", message, cause });
}

async function errorFromResponse(response: Response): Promise<PortalError> {
  const { status } = response;
  // An error's body may be empty, not JSON, or cut off: then it says nothing beyond its status.
  const value: unknown = await response.json().catch(() => undefined);
  // Polar's errors are `{error, detail}`; an OAuth-style 401 is `{error, error_description}`.
  const body: { error?: unknown; detail?: unknown; error_description?: unknown } = (typeof value === "object" && value) || {};
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const detail = text(body.detail) ?? text(body.error_description);
  const error = (kind: PortalErrorKind, message: string, more?: Partial<PortalErrorInit>) =>
    new PortalError({ status, code: text(body.error), kind, message, ...more });

  if (status === 401) return error("unauthorized", "The customer session has expired or is invalid.");
  if (status === 403) return error("forbidden", detail ?? "This session may not access that order.");
  if (status === 404) return error("not_found", detail ?? "The order was not found.");
  if (status === 422) {
    const validation = parseValidationDetail(body.detail);
    const first = Object.values(validation.fieldErrors)[0]?.[0] ?? validation.formErrors[0];
    return error("validation", first ? `Polar refused the update: ${first}` : "Polar refused the update.", validation);
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    return error("rate_limited", "Too many requests; try again shortly.", { retryAfter });
  }
  if (status >= 500) return error("server", `Polar could not answer (HTTP ${status}).`);
  return error("http", detail ?? `Polar answered HTTP ${status}.`);
}

/** Where the customer portal keeps the signed-in customer's orders (the list is this path itself). */
export const ORDERS_PATH = "/v1/customer-portal/orders/";
/** One order's path; its invoice and receipt are under it. */
export const orderPath = (id: string) => `${ORDERS_PATH}${encodeURIComponent(id)}`;

export function createPortalClient(options: PortalClientOptions): PortalClient {
  const baseUrl = resolveBaseUrl(options.server);
  // Polar's rate limit covers the whole session, not one path: once it names a time, nothing
  // (a read, a prefetch, a poll) asks it anything before then.
  let blockedUntil = 0;
  const retryAfter = () => {
    const wait = blockedUntil - Date.now();
    return wait > 0 ? Math.ceil(wait / 1000) : undefined;
  };

  async function request({ method, path, body, signal }: PortalRequest): Promise<PortalResponse> {
    const wait = retryAfter();
    if (wait !== undefined) {
      throw new PortalError({ kind: "rate_limited", message: "Too many requests; try again shortly.", retryAfter: wait });
    }
    try {
      const result = await send(method, path, body, signal);
      options.onAuthorized?.();
      return result;
    } catch (error) {
      if (error instanceof PortalError && error.kind === "unauthorized") options.onUnauthorized?.(error);
      if (error instanceof PortalError && error.kind === "rate_limited" && error.retryAfter !== undefined) {
        blockedUntil = Math.max(blockedUntil, Date.now() + error.retryAfter * 1000);
      }
      throw error;
    }
  }

  async function send(method: PortalRequest["method"], path: string, body: unknown, signal?: AbortSignal): Promise<PortalResponse> {
    let token: string | null | undefined;
    try {
      token = typeof options.token === "function" ? await options.token() : options.token;
    } catch (cause) {
      // The merchant's token endpoint failed: retried like a network error, never a sign-out.
      throw new PortalError({ kind: "network", message: "Could not get a customer session token.", cause });
    }
    if (token == null || token === "") {
      throw new PortalError({ kind: "unauthorized", message: "The customer is signed out: there is no session token." });
    }
    // Polar's CORS allows exactly these request headers on a merchant's origin.
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (options.apiVersion) headers["Polar-Version"] = options.apiVersion;
    if (body !== undefined) headers["Content-Type"] = "application/json";

    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // Polar answers cross-origin requests without credentials; cookies would be refused.
        credentials: "omit",
        signal,
      });
    } catch (cause) {
      throw lost(cause, "Could not reach Polar. Check the connection and try again.");
    }

    if (!response.ok) throw await errorFromResponse(response);

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw lost(cause, "The connection to Polar was interrupted.");
    }
    try {
      // An empty answer (a 204) has no body rather than a broken one.
      return { status: response.status, body: text.trim() === "" ? undefined : (JSON.parse(text) as unknown) };
    } catch {
      throw new PortalError({ kind: "invalid_response", status: response.status, message: "Polar's answer was not JSON.", path: [] });
    }
  }

  const readOrder = ({ body, status }: PortalResponse) => parseOrder(body, status);

  return {
    baseUrl,
    request,
    retryAfter,
    getOrder: (id, { signal } = {}) => request({ method: "GET", path: orderPath(id), signal }).then(readOrder),
    // Only these keys mean anything to Polar. A key left out means "unchanged": one that is
    // undefined stays out of the JSON (rather than becoming null, which would clear it).
    updateOrder: (id, { billing_name, billing_address }, { signal } = {}) =>
      request({ method: "PATCH", path: orderPath(id), body: { billing_name, billing_address }, signal }).then(readOrder),
  };
}
