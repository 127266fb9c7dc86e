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

/** One of Polar's validation issues, as sent: its words are English, for developers. */
export interface ValidationIssue {
  /** The dotted path below `body` (`billing_address.state`); "" for an issue outside the body. */
  path: string;
  /** Pydantic's type (`missing`, `value_error`, `enum`, ...), as Polar sent it. */
  type: string;
  msg: string;
}

/**
 * What a request was about, in Polar's singular snake_case (`order`, `subscription`,
 * `benefit_grant`, `customer_session`, `organization`, ...): the error's words name it.
 */
export type PortalResource = "order" | "subscription" | "customer" | "customer_session" | "organization" | (string & {});

/**
 * The resource a customer-portal path is about: its first segment after `/v1/customer-portal/`,
 * singular (`/v1/customer-portal/subscriptions/…` → `subscription`); undefined for any other path.
 */
export function resourceOf(path: string): PortalResource | undefined {
  const segment = /^\/v1\/customer-portal\/([a-z-]+)/.exec(path)?.[1];
  return segment ? segment.replace(/-/g, "_").replace(/s$/, "") : undefined;
}

export interface PortalErrorInit {
  kind: PortalErrorKind;
  message: string;
  /** The resource the failed request was about (see {@link PortalResource}). */
  resource?: PortalResource;
  status?: number;
  /** Polar's error name (`ResourceNotFound`, `NotPermitted`, `invalid_token`, ...). */
  code?: string;
  fieldErrors?: FieldErrors;
  /** Validation messages that belong to no field (or to the path, such as a malformed id). */
  formErrors?: string[];
  /** Every validation issue in Polar's order, with its type: what the form words its messages by. */
  issues?: ValidationIssue[];
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
  declare readonly resource: PortalResource | undefined;
  declare readonly status: number | undefined;
  declare readonly code: string | undefined;
  declare readonly fieldErrors: FieldErrors;
  declare readonly formErrors: string[];
  declare readonly issues: ValidationIssue[];
  declare readonly retryAfter: number | undefined;
  declare readonly path: (string | number)[] | undefined;

  constructor(init: PortalErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.resource = init.resource;
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.formErrors = init.formErrors ?? [];
    this.issues = init.issues ?? [];
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
  type?: unknown;
}

/**
 * What a field error says when Polar's issue has no message. For developers (logs, `fieldErrors`);
 * the form shows its own message, `formErrorInvalidValue`, in the customer's language.
 */
export const INVALID_VALUE = "Invalid value";

/** Splits a FastAPI 422 body into field errors (by `loc` below `body`) and the rest. */
export function parseValidationDetail(detail: unknown): { fieldErrors: FieldErrors; formErrors: string[]; issues: ValidationIssue[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors = typeof detail === "string" ? [detail] : [];
  // A string detail is not Polar's (FastAPI sends a list): it stays in `formErrors` alone.
  const issues: ValidationIssue[] = [];
  for (const issue of (Array.isArray(detail) ? detail : []) as PolarValidationIssue[]) {
    const msg = typeof issue?.msg === "string" ? issue.msg : INVALID_VALUE;
    const loc = Array.isArray(issue?.loc) ? issue.loc : [];
    const path = loc[0] === "body" ? loc.slice(1).join(".") : "";
    if (path) (fieldErrors[path] ??= []).push(msg);
    else formErrors.push(msg);
    // Compared, never shown: a type that is not a string matches no known one.
    issues.push({ path, type: issue?.type as string, msg });
  }
  return { fieldErrors, formErrors, issues };
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
