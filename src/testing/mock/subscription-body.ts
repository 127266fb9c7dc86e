// Pydantic's reading of the subscription bodies (`server/polar/customer_portal/schemas/subscription.py`):
// `CustomerSubscriptionUpdate` is a plain (smart-mode) union of six models, five of them
// `extra="forbid"`, so a body no member accepts is refused with every member's issues, each
// under the member's class name (`["body", "CustomerSubscriptionUpdateSeats", "seats"]`).
// Polar's eight reasons, as the kit's schema lists them (the orders' mock takes its countries the same way).
import { CANCELLATION_REASONS, type CancellationReason } from "../../features/subscriptions/schema/subscription.js";
import { enumChoices, enumIssue, isRecord, parseUuid, type ValidationIssue } from "./pydantic.js";

export type MockCancellationReason = CancellationReason;

/** What a valid body asks for, as the rules in `subscription-update.ts` apply it. */
export type SubscriptionAction =
  | { kind: "product"; productId: string }
  | { kind: "seats"; seats: number }
  | { kind: "cancel"; reason?: MockCancellationReason | null; comment?: string | null }
  | { kind: "uncancel" }
  /** `CustomerSubscriptionCancel` without `cancel_at_period_end` (`{}`): Polar answers the subscription unchanged. */
  | { kind: "none" }
  | { kind: "pause"; resumesAt: string | null }
  | { kind: "unschedule_pause" }
  | { kind: "resume" }
  | { kind: "clear" }
  | { kind: "revoke"; reason?: MockCancellationReason | null; comment?: string | null };

type Loc = (string | number)[];
type Checked = { value: unknown } | { issue: ValidationIssue };
type Check = (value: unknown, loc: Loc) => Checked;

interface Field {
  required: boolean;
  check: Check;
}

interface Model {
  name: string;
  fields: Record<string, Field>;
  forbidExtra: boolean;
}

const LAX_TRUE = ["1", "on", "t", "true", "y", "yes"];
const LAX_FALSE = ["0", "off", "f", "false", "n", "no"];
const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;

const nullable =
  (check: Check): Check =>
  (value, loc) =>
    value === null ? { value: null } : check(value, loc);

const uuid4: Check = (value, loc) => {
  if (typeof value !== "string") return { issue: { type: "uuid_type", loc, msg: "UUID input should be a string, bytes or UUID object", input: value } };
  const parsed = parseUuid(value, loc);
  return "issue" in parsed ? parsed : { value: parsed.id };
};

/**
 * Pydantic's `Int32` (lax: integral floats and numeric strings pass). Polar declares the seats
 * `Int32 = Field(ge=1)`, but `Int32`'s own bounds replace `ge=1` (the published document says
 * `minimum: -2147483648`), so 0 seats passes here and Polar's seat rules refuse it (400).
 */
const int32: Check = (value, loc) => {
  let number: number;
  if (typeof value === "boolean") number = value ? 1 : 0;
  else if (typeof value === "number") {
    if (!Number.isInteger(value)) return { issue: { type: "int_from_float", loc, msg: "Input should be a valid integer, got a number with a fractional part", input: value } };
    number = value;
  } else if (typeof value === "string") {
    if (!/^\s*[+-]?\d+\s*$/.test(value)) return { issue: { type: "int_parsing", loc, msg: "Input should be a valid integer, unable to parse string as an integer", input: value } };
    number = Number.parseInt(value, 10);
  } else {
    return { issue: { type: "int_type", loc, msg: "Input should be a valid integer", input: value } };
  }
  if (number < INT32_MIN) return { issue: { type: "greater_than_equal", loc, msg: `Input should be greater than or equal to ${INT32_MIN}`, input: value, ctx: { ge: INT32_MIN } } };
  if (number > INT32_MAX) return { issue: { type: "less_than_equal", loc, msg: `Input should be less than or equal to ${INT32_MAX}`, input: value, ctx: { le: INT32_MAX } } };
  return { value: number };
};

const boolean: Check = (value, loc) => {
  if (typeof value === "boolean") return { value };
  if (value === 0 || value === 1) return { value: value === 1 };
  if (typeof value === "string") {
    const lowered = value.trim().toLowerCase();
    if (LAX_TRUE.includes(lowered)) return { value: true };
    if (LAX_FALSE.includes(lowered)) return { value: false };
    return { issue: { type: "bool_parsing", loc, msg: "Input should be a valid boolean, unable to interpret input", input: value } };
  }
  return { issue: { type: "bool_type", loc, msg: "Input should be a valid boolean", input: value } };
};

const reason: Check = (value, loc) =>
  typeof value === "string" && (CANCELLATION_REASONS as readonly string[]).includes(value)
    ? { value }
    : { issue: enumIssue(loc, value, enumChoices(CANCELLATION_REASONS)) };

const text: Check = (value, loc) => {
  if (typeof value !== "string") return { issue: { type: "string_type", loc, msg: "Input should be a valid string", input: value } };
  // Postgres cannot store NUL in text; Polar's base schema refuses it in every string field.
  if (value.includes("\u0000")) return { issue: { type: "value_error", loc, msg: "Value error, This value contains invalid characters", input: value, ctx: { error: {} } } };
  return { value };
};

const literalTrue: Check = (value, loc) =>
  value === true || value === 1 ? { value: true } : { issue: { type: "literal_error", loc, msg: "Input should be True", input: value, ctx: { expected: "True" } } };

const none: Check = (value, loc) => (value === null ? { value } : { issue: { type: "none_required", loc, msg: "Input should be None", input: value } });

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Pydantic's `FutureDatetime`: an ISO 8601 date-time or a Unix timestamp, later than now (the
 * mock's clock). A time without an offset is read as UTC. The words of a parse failure are
 * pydantic's for the common case (a string that is not a date at all).
 */
const futureDatetime =
  (nowMs: number): Check =>
  (value, loc) => {
    let at: number;
    if (typeof value === "number") at = value * 1000;
    else if (typeof value === "string" && ISO_DATETIME.test(value.trim())) {
      const trimmed = value.trim();
      at = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed) || trimmed.length === 10 ? trimmed : `${trimmed}Z`);
    } else if (typeof value === "string") {
      const why = value.length < 10 ? "input is too short" : "invalid character in year";
      return { issue: { type: "datetime_from_date_parsing", loc, msg: `Input should be a valid datetime or date, ${why}`, input: value, ctx: { error: why } } };
    } else {
      return { issue: { type: "datetime_type", loc, msg: "Input should be a valid datetime", input: value } };
    }
    if (Number.isNaN(at)) {
      return { issue: { type: "datetime_from_date_parsing", loc, msg: "Input should be a valid datetime or date, invalid date", input: value, ctx: { error: "invalid date" } } };
    }
    if (at <= nowMs) return { issue: { type: "datetime_future", loc, msg: "Input should be in the future", input: value } };
    return { value: new Date(at).toISOString() };
  };

/** One model: its fields' issues in declaration order, then the extra keys it forbids. */
function validateModel(model: Model, input: unknown, prefix: Loc): { value: Record<string, unknown>; set: number } | { issues: ValidationIssue[] } {
  if (!isRecord(input)) {
    return {
      issues: [{ type: "model_type", loc: prefix, msg: `Input should be a valid dictionary or instance of ${model.name}`, input, ctx: { class_name: model.name } }],
    };
  }
  const issues: ValidationIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(model.fields)) {
    if (!(name in input)) {
      if (field.required) issues.push({ type: "missing", loc: [...prefix, name], msg: "Field required", input });
      continue;
    }
    const checked = field.check(input[name], [...prefix, name]);
    if ("issue" in checked) issues.push(checked.issue);
    else value[name] = checked.value;
  }
  if (model.forbidExtra) {
    for (const [name, extra] of Object.entries(input)) {
      if (!(name in model.fields)) issues.push({ type: "extra_forbidden", loc: [...prefix, name], msg: "Extra inputs are not permitted", input: extra });
    }
  }
  return issues.length > 0 ? { issues } : { value, set: Object.keys(value).length };
}

/**
 * Pydantic's smart-mode union: the member that validates with the most fields set (the first of
 * equals), or every member's issues under its class name.
 */
function validateUnion(models: Model[], input: unknown): { model: string; value: Record<string, unknown> } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  let best: { model: string; value: Record<string, unknown>; set: number } | undefined;
  for (const model of models) {
    const result = validateModel(model, input, ["body", model.name]);
    if ("issues" in result) issues.push(...result.issues);
    else if (!best || result.set > best.set) best = { model: model.name, ...result };
  }
  return best ?? { issues };
}

/** FastAPI's refusals of a body that is absent or not JSON at all. */
function bodyIssue(body: unknown): ValidationIssue | undefined {
  if (body === undefined) return { type: "missing", loc: ["body"], msg: "Field required", input: null };
  if (typeof body === "string") return { type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } };
  return undefined;
}

const PRODUCT: Model = { name: "CustomerSubscriptionUpdateProduct", forbidExtra: true, fields: { product_id: { required: true, check: uuid4 } } };
const SEATS: Model = { name: "CustomerSubscriptionUpdateSeats", forbidExtra: true, fields: { seats: { required: true, check: int32 } } };
const CANCEL: Model = {
  name: "CustomerSubscriptionCancel",
  forbidExtra: true,
  fields: {
    cancel_at_period_end: { required: false, check: nullable(boolean) },
    cancellation_reason: { required: false, check: nullable(reason) },
    cancellation_comment: { required: false, check: nullable(text) },
  },
};
const pauseModel = (nowMs: number): Model => ({
  name: "CustomerSubscriptionPause",
  forbidExtra: true,
  fields: { pause_at_period_end: { required: true, check: boolean }, resumes_at: { required: false, check: nullable(futureDatetime(nowMs)) } },
});
const RESUME: Model = { name: "CustomerSubscriptionResume", forbidExtra: true, fields: { resume: { required: true, check: literalTrue } } };
const CLEAR: Model = { name: "CustomerSubscriptionUpdateClear", forbidExtra: true, fields: { pending_update: { required: true, check: none } } };
const PREVIEW_PRODUCT: Model = { ...PRODUCT, name: "CustomerSubscriptionChangePreviewProduct" };
const PREVIEW_SEATS: Model = { ...SEATS, name: "CustomerSubscriptionChangePreviewSeats" };
// Not `extra="forbid"`: unknown keys are ignored.
const REVOKE: Model = {
  name: "CustomerSubscriptionRevoke",
  forbidExtra: false,
  fields: { cancellation_reason: { required: false, check: nullable(reason) }, cancellation_comment: { required: false, check: nullable(text) } },
};

type Read<T> = { [K in keyof T]: T[K] } | { issues: ValidationIssue[] };

/** `PATCH /{id}`: one of the six shapes, as the action it asks for. */
export function readUpdateBody(body: unknown, nowMs: number): Read<{ update: SubscriptionAction }> {
  const early = bodyIssue(body);
  if (early) return { issues: [early] };
  const result = validateUnion([PRODUCT, SEATS, CANCEL, pauseModel(nowMs), RESUME, CLEAR], body);
  if ("issues" in result) return result;
  const { model, value } = result;
  switch (model) {
    case PRODUCT.name:
      return { update: { kind: "product", productId: value.product_id as string } };
    case SEATS.name:
      return { update: { kind: "seats", seats: value.seats as number } };
    case RESUME.name:
      return { update: { kind: "resume" } };
    case CLEAR.name:
      return { update: { kind: "clear" } };
    case CANCEL.name: {
      if (value.cancel_at_period_end === true) {
        return {
          update: {
            kind: "cancel",
            reason: value.cancellation_reason as MockCancellationReason | null | undefined,
            comment: value.cancellation_comment as string | null | undefined,
          },
        };
      }
      return { update: value.cancel_at_period_end === false ? { kind: "uncancel" } : { kind: "none" } };
    }
    default:
      return { update: value.pause_at_period_end === true ? { kind: "pause", resumesAt: (value.resumes_at as string | null | undefined) ?? null } : { kind: "unschedule_pause" } };
  }
}

/** `POST /{id}/change-preview`: a product or a seat count. */
export function readChangePreviewBody(body: unknown): Read<{ change: Extract<SubscriptionAction, { kind: "product" | "seats" }> }> {
  const early = bodyIssue(body);
  if (early) return { issues: [early] };
  const result = validateUnion([PREVIEW_PRODUCT, PREVIEW_SEATS], body);
  if ("issues" in result) return result;
  return {
    change: result.model === PREVIEW_PRODUCT.name ? { kind: "product", productId: result.value.product_id as string } : { kind: "seats", seats: result.value.seats as number },
  };
}

/** `POST /{id}/revoke`: an optional reason and comment. */
export function readRevokeBody(body: unknown): Read<{ revoke: Extract<SubscriptionAction, { kind: "revoke" }> }> {
  const early = bodyIssue(body);
  if (early) return { issues: [early] };
  const result = validateModel(REVOKE, body, ["body"]);
  if ("issues" in result) return result;
  return {
    revoke: {
      kind: "revoke",
      reason: result.value.cancellation_reason as MockCancellationReason | null | undefined,
      comment: result.value.cancellation_comment as string | null | undefined,
    },
  };
}
