export type PortalErrorKind =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "validation"
  | "rate_limited"
  | "server"
  | "http"
  | "network"
  | "invalid_response";

/** Field errors keyed by the dotted path from Polar's `loc`, without the leading `body`. */
export type FieldErrors = Record<string, string[]>;

export interface PortalErrorInit {
  kind: PortalErrorKind;
  message: string;
  status?: number;
  /** Polar's error name (`ResourceNotFound`, `NotPermitted`, `invalid_token`, ...). */
  code?: string;
  fieldErrors?: FieldErrors;
  /** Validation messages that belong to no field (or to the path, such as a malformed id). */
  formErrors?: string[];
  /** Seconds to wait (at most a day), when the browser could read `Retry-After`. */
  retryAfter?: number;
  /** Where an invalid response broke the contract, such as `["items", 0, "amount"]`. */
  path?: (string | number)[];
  cause?: unknown;
}

/**
 * The one error type the kit throws. `kind` says what the UI can do about it; messages never
 * contain the session token (it only ever travels in the Authorization header).
 */
export class PortalError extends Error {
  override readonly name = "PortalError";
  declare readonly kind: PortalErrorKind;
  declare readonly status: number | undefined;
  declare readonly code: string | undefined;
  declare readonly fieldErrors: FieldErrors;
  declare readonly formErrors: string[];
  declare readonly retryAfter: number | undefined;
  declare readonly path: (string | number)[] | undefined;

  constructor(init: PortalErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.formErrors = init.formErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.path = init.path;
  }

  /** Whether trying the same request again later can succeed. */
  get retryable(): boolean {
    return this.kind === "network" || this.kind === "server" || this.kind === "rate_limited";
  }
}

export function isPortalError(error: unknown): error is PortalError {
  return error instanceof PortalError;
}

interface PolarValidationIssue {
  loc?: unknown;
  msg?: unknown;
}

/**
 * What a field error says when Polar's issue has no message. For developers (logs, `fieldErrors`);
 * the form shows its own message, `formErrorInvalidValue`, in the customer's language.
 */
export const INVALID_VALUE = "Invalid value";

/** Splits a FastAPI 422 body into field errors (by `loc` below `body`) and the rest. */
export function parseValidationDetail(detail: unknown): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors = typeof detail === "string" ? [detail] : [];
  for (const issue of (Array.isArray(detail) ? detail : []) as PolarValidationIssue[]) {
    const msg = typeof issue?.msg === "string" ? issue.msg : INVALID_VALUE;
    const loc = Array.isArray(issue?.loc) ? issue.loc : [];
    if (loc[0] === "body" && loc.length > 1) {
      const key = loc.slice(1).join(".");
      (fieldErrors[key] ??= []).push(msg);
    } else {
      formErrors.push(msg);
    }
  }
  return { fieldErrors, formErrors };
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date; at most a day. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value == null || value.trim() === "") return undefined;
  let seconds = Number(value);
  if (!(seconds >= 0)) {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    seconds = Math.max(0, Math.ceil((date - now) / 1000));
  }
  // A read asks again when the wait is over and the customer is told that moment: a wait of
  // years would overflow the timer (it fires at once) and the date. Nobody waits past a day.
  return Math.min(seconds, 86_400);
}
