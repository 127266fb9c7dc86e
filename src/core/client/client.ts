import {
  PortalError,
  parseRetryAfter,
  parseValidationDetail,
  resourceOf,
  type PortalErrorInit,
  type PortalErrorKind,
  type PortalResource,
} from "./errors.js";
import { createTokenKeeper, type TokenSource } from "./token.js";

export type { CustomerSessionLike, TokenAnswer, TokenSource } from "./token.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

export const POLAR_SERVERS = {
  production: "https://api.polar.sh",
  sandbox: "https://sandbox-api.polar.sh",
} as const;

export type PolarServer = keyof typeof POLAR_SERVERS;
export type PolarApiVersion = "2026-04" | "2026-10" | (string & {});

export interface PortalClientOptions {
  /**
   * The customer (`polar_cst_…`) or member (`polar_mst_…`) session token, or a function that
   * returns one (or Polar's `CustomerSession`, reused until shortly before its `expires_at`).
   * Polar's sessions last an hour and cannot be refreshed: when Polar refuses a getter's token,
   * the getter is asked once more and the request sent again once.
   */
  token: TokenSource;
  /** `"production"` (default), `"sandbox"`, or the base URL of the merchant's own proxy. */
  server?: PolarServer | (string & {});
  /** Sent as `Polar-Version`; Polar's default (2026-04) applies when left out. */
  apiVersion?: PolarApiVersion;
  /** A custom fetch (tests, instrumentation). Defaults to the global one at call time. */
  fetch?: typeof fetch;
  /**
   * Called with every `unauthorized` error: Polar refused the token (401; a getter's token twice,
   * before and after asking the getter again), or the getter said the customer is signed out.
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
  /** Any HTTP method (Polar cancels a subscription with `DELETE`). */
  method: string;
  /** The path under the base URL, with its query string (`/v1/customer-portal/orders/?page=2`). */
  path: string;
  /** Sent as JSON; left out, no body (and no Content-Type) is sent. */
  body?: unknown;
  signal?: AbortSignal;
  /** What the request is about, for its errors' words; by default read from the path (`resourceOf`). */
  resource?: PortalResource;
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
  /**
   * Forgets the session a token getter gave (the signed-in customer changed behind the getter):
   * the next request asks the getter again.
   */
  forgetSession?(): void;
  /**
   * Seconds until Polar accepts requests again after a 429 with a readable `Retry-After`, or
   * undefined when nothing holds the client back. Until then every request rejects with
   * `rate_limited` without reaching Polar. Optional, so a client written by hand still fits.
   */
  retryAfter?(): number | undefined;
  /**
   * A session token for a page of Polar's own that needs one in its URL (the card embed's iframe,
   * Polar's design): freshly asked of a token getter, or the token string; `null` when the customer
   * is signed out. It rejects with a `network` PortalError when the getter fails. Optional, so a
   * client written by hand still fits (then the embed needs a token of its own).
   */
  sessionToken?(): Promise<string | null>;
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
function lost(cause: unknown, message: string, resource: PortalResource | undefined): unknown {
  return isAbort(cause) ? cause : new PortalError({ kind: "network", message, cause, resource });
}

async function errorFromResponse(response: Response, resource: PortalResource | undefined): Promise<PortalError> {
  const { status } = response;
  // An error's body may be empty, not JSON, or cut off: then it says nothing beyond its status.
  const value: unknown = await response.json().catch(() => undefined);
  // Polar's errors are `{error, detail}`; an OAuth-style 401 is `{error, error_description}`.
  const body: { error?: unknown; detail?: unknown; error_description?: unknown } = (typeof value === "object" && value) || {};
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const detail = text(body.detail) ?? text(body.error_description);
  const error = (kind: PortalErrorKind, message: string, more?: Partial<PortalErrorInit>) =>
    new PortalError({ status, code: text(body.error), kind, message, resource, ...more });
  const what = resource?.replace(/_/g, " ") ?? "resource";

  if (status === 401) return error("unauthorized", "The customer session has expired or is invalid.");
  if (status === 403) return error("forbidden", detail ?? `This session may not access that ${what}.`);
  if (status === 404) return error("not_found", detail ?? `The ${what} was not found.`);
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

export function createPortalClient(options: PortalClientOptions): PortalClient {
  const baseUrl = resolveBaseUrl(options.server);
  const tokens = createTokenKeeper(() => options.token);
  // Polar's rate limit covers the whole session, not one path: once it names a time, nothing
  // (a read, a prefetch, a poll) asks it anything before then.
  let blockedUntil = 0;
  const retryAfter = () => {
    const wait = blockedUntil - Date.now();
    return wait > 0 ? Math.ceil(wait / 1000) : undefined;
  };

  async function request(call: PortalRequest): Promise<PortalResponse> {
    const resource = call.resource ?? resourceOf(call.path);
    const wait = retryAfter();
    if (wait !== undefined) {
      throw new PortalError({ kind: "rate_limited", message: "Too many requests; try again shortly.", retryAfter: wait, resource });
    }
    try {
      // The getter's failure (a network error) is about what this request was for.
      const about = (error: PortalError): never => {
        throw new PortalError({ kind: error.kind, message: error.message, cause: error.cause, resource });
      };
      const token = await tokens.get().catch(about);
      let result = await send(call, resource, token);
      if (result instanceof PortalError) {
        // Polar's sessions last an hour and cannot be refreshed: a refused getter's token is
        // re-minted once (shared by every request refused with it) and this request sent once more.
        // A 401 is answered before any change is made, so a PATCH or POST is safe to send again.
        const fresh = token === null ? undefined : await tokens.renew(token).catch(about);
        if (fresh === undefined) throw result;
        result = await send(call, resource, fresh);
        if (result instanceof PortalError) {
          if (fresh !== null) tokens.forget(fresh);
          throw result;
        }
      }
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

  /** One attempt: the answer, or the `unauthorized` error to renew the token on (any other failure throws). */
  async function send({ method, path, body, signal }: PortalRequest, resource: PortalResource | undefined, token: string | null): Promise<PortalResponse | PortalError> {
    if (token === null) {
      return new PortalError({ kind: "unauthorized", message: "The customer is signed out: there is no session token.", resource });
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
      throw lost(cause, "Could not reach Polar. Check the connection and try again.", resource);
    }

    if (!response.ok) {
      const error = await errorFromResponse(response, resource);
      if (error.kind === "unauthorized") return error;
      throw error;
    }

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw lost(cause, "The connection to Polar was interrupted.", resource);
    }
    try {
      // An empty answer (a 204) has no body rather than a broken one.
      return { status: response.status, body: text.trim() === "" ? undefined : (JSON.parse(text) as unknown) };
    } catch {
      throw new PortalError({ kind: "invalid_response", status: response.status, message: "Polar's answer was not JSON.", path: [], resource });
    }
  }

  return { baseUrl, request, forgetSession: () => tokens.forget(), retryAfter, sessionToken: () => tokens.get(true) };
}
