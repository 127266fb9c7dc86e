// FastAPI's and pydantic's words for a request they refuse (422 `{ error, detail: [issue, ...] }`),
// in the exact shapes Polar's server answers, shared by every resource the mock serves.
import { HttpResponse } from "msw";

export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

/** Polar's API_PAGINATION_MAX_LIMIT: a larger `limit` is cut to it, not refused. */
export const MAX_LIMIT = 100;

/**
 * The exception Polar's handler names beside the issues (`server/polar/exception_handlers.py`
 * answers every 422 as `{ error: type(exc).__name__, detail: exc.errors() }`):
 * `RequestValidationError` when FastAPI's reading of the path, query or body refuses the request,
 * `PolarRequestValidationError` when a rule of Polar's service does.
 */
export type ValidationErrorName = "RequestValidationError" | "PolarRequestValidationError";

/**
 * An issue a rule of Polar's service raises. Polar builds each as pydantic's custom error
 * (`PydanticCustomError(type, msg)`, no context), which pydantic answers with neither `ctx` nor
 * `url`: so a service issue has only these four keys.
 */
export type ServiceIssue = Omit<ValidationIssue, "ctx">;

/** A 422 of issues, in Polar's body: the exception's name and the issues, always both. */
const validationError = (error: ValidationErrorName, detail: ValidationIssue[]) =>
  HttpResponse.json({ error, detail }, { status: 422 });

/**
 * FastAPI's reading of the request refused (path, query, body: checked together, so their issues
 * come in one answer). Its issues keep pydantic's `ctx` where pydantic gives one and never carry
 * `url` (FastAPI asks pydantic for its errors with `include_url=False`).
 */
export const requestValidationError = (detail: ValidationIssue[]) => validationError("RequestValidationError", detail);

/** A rule of Polar's service refused the request (after FastAPI read it): see {@link ServiceIssue}. */
export const serviceValidationError = (detail: ServiceIssue[]) =>
  validationError(
    "PolarRequestValidationError",
    // Only the four keys, whatever a caller's object holds: pydantic answers nothing else.
    detail.map(({ type, loc, msg, input }) => ({ type, loc, msg, input })),
  );

/**
 * The date as Polar's 422 echoes it: `jsonable_encoder` writes a datetime with Python's
 * `isoformat()`, an offset of `+00:00` and microseconds only when there are some. The mock holds
 * the date in UTC (what pydantic parses from a `Z` or a Unix timestamp); a request made in another
 * offset would be echoed in that offset by Polar.
 */
export function pythonIsoformat(iso: string): string {
  const [seconds, millis = "000"] = new Date(iso).toISOString().slice(0, -1).split(".");
  return `${seconds}${millis === "000" ? "" : `.${millis}000`}+00:00`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Pydantic's list of an enum's members: `'a', 'b' or 'c'`. */
export function enumChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** Pydantic's enum refusal; `expected` is {@link enumChoices} of the members. */
export const enumIssue = (loc: (string | number)[], input: unknown, expected: string): ValidationIssue => ({
  type: "enum",
  loc,
  msg: `Input should be ${expected}`,
  input,
  ctx: { expected },
});

/** The id as Polar's UUID4 parameters see it: canonical, or the 422 issue it raises. */
export function parseUuid(raw: string, loc: (string | number)[] = ["path", "id"]): { id: string } | { issue: ValidationIssue } {
  const hex = raw.replace(/-/g, "").toLowerCase();
  const bad = raw.search(/[^0-9a-fA-F-]/);
  if (bad !== -1 || hex.length !== 32) {
    const why =
      bad !== -1
        ? `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${raw[bad]}\` at ${bad + 1}`
        : `invalid length: expected length 32 for simple format, found ${hex.length}`;
    return { issue: { type: "uuid_parsing", loc, msg: `Input should be a valid UUID, ${why}`, input: raw, ctx: { error: why } } };
  }
  if (hex[12] !== "4") {
    return { issue: { type: "uuid_version", loc, msg: "UUID version 4 expected", input: raw, ctx: { expected_version: 4 } } };
  }
  return { id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

/**
 * FastAPI's reading of a list's query string, one parameter at a time: each read returns the
 * value (or a fallback) and keeps its issues, in the order the parameters are read (which is the
 * order FastAPI reports them in: the endpoint's signature).
 */
export function listQueryReader(params: URLSearchParams) {
  const issues: ValidationIssue[] = [];
  const positive = (name: string, fallback: number): number => {
    const raw = params.getAll(name).at(-1);
    if (raw === undefined) return fallback;
    if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
      issues.push({ type: "int_parsing", loc: ["query", name], msg: "Input should be a valid integer, unable to parse string as an integer", input: raw });
      return fallback;
    }
    const value = Number.parseInt(raw, 10);
    if (value <= 0) issues.push({ type: "greater_than", loc: ["query", name], msg: "Input should be greater than 0", input: raw, ctx: { gt: 0 } });
    return value;
  };
  return {
    issues,
    /** `page` and `limit` (default 1 and 10; `limit` capped at {@link MAX_LIMIT}). */
    pagination: () => ({ page: positive("page", 1), limit: Math.min(MAX_LIMIT, positive("limit", 10)) }),
    /** A repeated UUID filter; undefined when absent. */
    uuids(name: string): string[] | undefined {
      const values = params.getAll(name);
      if (values.length === 0) return undefined;
      return values.flatMap((raw, index) => {
        const parsed = parseUuid(raw, ["query", name, index]);
        if ("issue" in parsed) {
          issues.push(parsed.issue);
          return [];
        }
        return [parsed.id];
      });
    },
    /** A repeated enum filter; undefined when absent (a value outside `allowed` is an issue). */
    enums(name: string, allowed: readonly string[]): string[] | undefined {
      const values = params.getAll(name);
      values.forEach((value, index) => {
        if (!allowed.includes(value)) issues.push(enumIssue(["query", name, index], value, enumChoices(allowed)));
      });
      return values.length > 0 ? values : undefined;
    },
    /** `sorting`: `key` ascending, `-key` descending, each one of `keys` (default `fallback`). */
    sorting<K extends string>(keys: readonly K[], fallback: string): [K, boolean][] {
      const raw = params.getAll("sorting");
      const choices = enumChoices(keys.flatMap((key) => [key, `-${key}`]));
      const sorting: [K, boolean][] = [];
      for (const [index, value] of (raw.length > 0 ? raw : [fallback]).entries()) {
        const key = value.replace(/^-/, "");
        if ((keys as readonly string[]).includes(key)) sorting.push([key as K, value.startsWith("-")]);
        else issues.push(enumIssue(["query", "sorting", index], value, choices));
      }
      return sorting;
    },
    /** A free-text parameter: its last value. */
    text: (name: string): string | undefined => params.getAll(name).at(-1),
  };
}

/** Postgres order: ascending puts nulls last, descending first. */
export function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** A page of `items` sorted by `sorting` with `values` (numbers by value, text in English order). */
export function paginate<T, K extends string>(
  items: T[],
  query: { page: number; limit: number; sorting: [K, boolean][] },
  values: Record<K, (item: T) => number | string | null>,
) {
  const sorted = [...items].sort((a, b) => {
    for (const [key, descending] of query.sorting) {
      const result = compareNullable(values[key](a), values[key](b), (x, y) =>
        typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en"),
      );
      if (result !== 0) return descending ? -result : result;
    }
    return 0;
  });
  const start = (query.page - 1) * query.limit;
  return {
    items: sorted.slice(start, start + query.limit),
    pagination: { total_count: items.length, max_page: Math.ceil(items.length / query.limit) },
  };
}
