// Mutated order payloads: the fixtures, bent the ways a real API answer (a proxy, a new API
// version, a bug upstream) can bend them. Shared by the client and render properties.
import fc from "fast-check";
import { fixtures, makeOrder } from "../../src/testing";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export const BASE_ORDERS: readonly Json[] = [makeOrder(), ...Object.values(fixtures)].map((order) => JSON.parse(JSON.stringify(order)) as Json);

/** Every path inside `value` (objects and arrays), the root excluded. */
export function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function parentOf(root: Json, path: Path): { parent: Record<string | number, Json> | Json[]; key: string | number } | undefined {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  if (node === null || typeof node !== "object") return undefined;
  return { parent: node as Record<string | number, Json>, key: path[path.length - 1]! };
}

const NAN_ISH = ["NaN", "Infinity", "-Infinity", "", " ", "1e999", "0x1F", " 42 ", "1,000.00", "12.5", "undefined", "null", "[object Object]", "Invalid Date"];
const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21, 0.5, -0.000001, 5e-324];
const ENUM_KEYS = new Set(["status", "billing_reason", "currency", "recurring_interval", "country", "state"]);

/** A value of the "wrong" kind for any slot. */
const garbage: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, [], {}, ...NAN_ISH, ...HUGE),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  // Nested garbage: what a broken proxy or a future shape might put anywhere.
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

export type Mutation =
  | { op: "drop"; at: number }
  | { op: "set"; at: number; value: Json }
  | { op: "enum"; at: number; value: string }
  | { op: "wrapInArray"; at: number }
  | { op: "emptyArray"; at: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: garbage }),
  fc.record({ op: fc.constant("enum" as const), at: fc.nat(), value: fc.oneof(fc.constantFrom("disputed", "PAID", "xyz", "us", "zz"), fc.string({ maxLength: 12 })) }),
  fc.record({ op: fc.constant("wrapInArray" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("emptyArray" as const), at: fc.nat() }),
);

/** Applies `mutations` to a copy of `base`; each picks its target among the paths that exist by then. */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let root = JSON.parse(JSON.stringify(base)) as Json;
  for (const mutation of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) {
      if (mutation.op === "set") root = mutation.value;
      continue;
    }
    let path = paths[mutation.at % paths.length]!;
    if (mutation.op === "enum") {
      // Aim at a key an enum lives under, when the payload still has one.
      const enumPaths = paths.filter((candidate) => ENUM_KEYS.has(String(candidate[candidate.length - 1])));
      if (enumPaths.length > 0) path = enumPaths[mutation.at % enumPaths.length]!;
    }
    const slot = parentOf(root, path);
    if (!slot) continue;
    const { parent, key } = slot;
    const current = (parent as Record<string | number, Json>)[key] as Json;
    switch (mutation.op) {
      case "drop":
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case "set":
        (parent as Record<string | number, Json>)[key] = mutation.value;
        break;
      case "enum":
        (parent as Record<string | number, Json>)[key] = mutation.value;
        break;
      case "wrapInArray":
        (parent as Record<string | number, Json>)[key] = [current];
        break;
      case "emptyArray":
        (parent as Record<string | number, Json>)[key] = [];
        break;
    }
  }
  return root;
}

/** A fixture, then one to four mutations. */
export const mutatedOrderArb: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(...BASE_ORDERS), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([base, mutations]) => mutate(base, mutations));

/** Mostly mutated fixtures, sometimes something that is not an order at all. */
export const payloadArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 8, arbitrary: mutatedOrderArb },
  { weight: 1, arbitrary: fc.constantFrom(...BASE_ORDERS) },
  { weight: 1, arbitrary: garbage },
);

/** Every string anywhere in `value`: text the UI may legitimately echo back. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap((child) => stringsIn(child));
}

/** What must never reach a customer's screen, unless the API itself sent that very text. */
export const FORBIDDEN_TEXT = ["NaN", "undefined", "[object Object]", "Invalid Date"] as const;

export function forbiddenTextIn(html: string, payload: unknown): string[] {
  const sent = stringsIn(payload);
  return FORBIDDEN_TEXT.filter((token) => html.includes(token) && !sent.some((text) => text.includes(token)));
}

/** A fetch that answers every request with `body` (a JSON value, or raw text). */
export function answering(body: { json: unknown } | { text: string }, status = 200): typeof fetch {
  return async () =>
    new Response("json" in body ? JSON.stringify(body.json) : body.text, {
      status,
      headers: { "Content-Type": "application/json" },
    });
}
