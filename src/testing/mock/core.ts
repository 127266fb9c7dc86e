// The mock's resource-neutral core: the session and its tokens, the clock, latency, injected
// failures (rate limits among them) and holds, the request log (Authorization redacted), the
// version check and reset. A resource plugs in as a `MockResource`: its routes, what its
// "malformed" failure answers, its reset and its test controls. Nothing here knows an order.
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import { serviceValidationError } from "./pydantic.js";
import type {
  InjectedFailure,
  MockCoreControls,
  MockMemberRole,
  MockMethod,
  RecordedRequest,
} from "./types.js";

/** The customer session token the default mock accepts. */
export const POLAR_TEST_TOKEN = "polar_cst_test";
/** The mock's default clock: `modified_at` of every PATCHed order. */
export const MOCK_NOW = "2026-03-20T12:00:00Z";
export const SUPPORTED_POLAR_VERSIONS = ["2026-04", "2026-10"] as const;

export const UNAUTHORIZED = { error: "Unauthorized", detail: "Unauthorized" };
export const NOT_FOUND = { error: "ResourceNotFound", detail: "Not found" };
const INVALID_TOKEN = {
  error: "invalid_token",
  error_description: "The access token provided is expired, revoked, malformed, or invalid for other reasons.",
};
/** Polar's `UnionBillingRead`/`Write` refusal of a member who is neither owner nor billing manager. */
const BILLING_REFUSED = { error: "NotPermitted", detail: "Only owners and billing managers can access billing features." };

export const polarError = (status: number, error: string, detail: string) => HttpResponse.json({ error, detail }, { status });
export const notFound = () => HttpResponse.json(NOT_FOUND, { status: 404 });
export const unauthorized = () => HttpResponse.json(UNAUTHORIZED, { status: 401 });
export const invalidToken = () =>
  HttpResponse.json(INVALID_TOKEN, { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const bearerOf = (header: string | null | undefined) => header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];

export async function readBody(request: Request): Promise<{ text: string; parsed: unknown }> {
  const text = request.method === "GET" || request.method === "HEAD" ? "" : await request.clone().text();
  if (text === "") return { text, parsed: undefined };
  try {
    return { text, parsed: JSON.parse(text) as unknown };
  } catch {
    return { text, parsed: text };
  }
}

function redactedHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = name.toLowerCase() === "authorization" ? value.replace(/^(\S+\s+).*$/, "$1[redacted]") : value;
  });
  return headers;
}

/** Who a valid token stands for. */
export interface MockSessionInfo {
  role?: MockMemberRole;
  memberId: string | null;
  /** Ms by the mock's clock; infinite for the mock's own token. */
  expiresAt: number;
}

export interface MockRouteContext {
  request: Request;
  url: URL;
  /** The path's parameters, percent-decoded. */
  params: Record<string, string>;
  /** The parsed JSON body, the raw text when it is not JSON, or undefined. */
  body: unknown;
  /** The caller's session (set for every route but a `public` or `direct` one). */
  session?: MockSessionInfo;
}

export interface MockRoute {
  method: "get" | "post" | "patch" | "delete";
  /** An msw path pattern after the mock's `baseUrl` (or after `origin`). */
  path: string;
  /** Served at this origin instead of the mock's `baseUrl`. */
  origin?: string;
  /**
   * `session`: a valid token; `billing`: a valid token that is not a plain member's (403
   * `NotPermitted`, as Polar's `UnionBillingRead`/`Write`); `public`: no session needed (any token
   * ignored); `direct`: none of the core (no log, latency, failure or hold), as a route that is
   * not Polar's customer portal (a shop's server minting sessions, S3 serving a file).
   */
  access: "session" | "billing" | "public" | "direct";
  answer(context: MockRouteContext): Response | Promise<Response>;
  /** The 200 a `"malformed"` failure answers (default: an object without any of its fields). */
  malformed?(params: Record<string, string>): Response;
}

/** A resource the mock serves: its routes, its reset and the controls it adds to the mock. */
export interface MockResource<Controls extends object = object> {
  routes: MockRoute[];
  /** Back to the initial store (called by the mock's `reset()`). */
  reset?(): void;
  controls: Controls;
}

export interface MockCoreOptions {
  token: string;
  customerId: string;
  latency: number;
  baseUrl?: string;
  now: () => Date | string;
}

/** The core as resources see it: who is signed in and the clock. */
export interface MockCore {
  readonly token: string;
  readonly customerId: string;
  /** The clock as ISO 8601. */
  now(): string;
  nowMs(): number;
  /**
   * `modified_at` for a write: the clock, or a millisecond after `previous` when the clock has not
   * moved past it (Polar's modified_at moves on every write, which is how a client sees that a
   * render landed; a fixed or coarse clock must not make two writes look like one).
   */
  stamp(previous: string | null | undefined): string;
  /**
   * The mock over these resources: their routes as msw handlers (in the order given: msw answers
   * with the first that matches), the core's controls and each resource's.
   */
  serve<R extends MockResource[]>(resources: [...R]): ServedMock<R>;
}

type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
export type ServedMock<R extends MockResource[]> = { readonly handlers: HttpHandler[] } & MockCoreControls &
  Intersection<R[number]["controls"]>;

/** What the core keeps between requests. */
interface CoreState {
  latency: number;
  log: RecordedRequest[];
  // Bumped by reset(): a request still waiting (latency, hold) from before must not touch the
  // fresh store, so it fails like a dropped connection instead.
  generation: number;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly gates: ReturnType<typeof createGates>;
}

export function createMockCore(options: MockCoreOptions): MockCore {
  const { token, customerId } = options;
  const prefix = (options.baseUrl ?? "*").replace(/\/+$/, "");
  const now = () => {
    const clock = options.now();
    return typeof clock === "string" ? clock : clock.toISOString();
  };
  const nowMs = () => Date.parse(now());
  const state: CoreState = { latency: options.latency, log: [], generation: 0, sessions: createSessions(token, customerId, nowMs), gates: createGates() };

  const toHandler = (route: MockRoute): HttpHandler =>
    http[route.method](`${route.origin ?? prefix}${route.path}`, ({ request, params }) => {
      const decoded = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, safeDecode(String(value))]));
      return route.access === "direct" ? direct(request, route, decoded) : handle(state, request, route, decoded);
    });

  return {
    token,
    customerId,
    now,
    nowMs,
    stamp(previous) {
      const at = now();
      const last = Date.parse(previous ?? "");
      return Date.parse(at) > last || Number.isNaN(last) ? at : new Date(last + 1).toISOString();
    },
    serve(resources) {
      const mock = { handlers: resources.flatMap((resource) => resource.routes.map(toHandler)) };
      // Descriptors, not values: `requests` stays a getter that copies the log when it is read.
      for (const part of [coreControls(state, options, resources), ...resources.map((resource) => resource.controls)]) {
        Object.defineProperties(mock, Object.getOwnPropertyDescriptors(part));
      }
      return mock as ServedMock<typeof resources>;
    },
  };
}

/** A customer-portal request: logged, delayed, held, failed, version- and auth-checked, answered. */
async function handle(state: CoreState, request: Request, route: MockRoute, params: Record<string, string>): Promise<Response> {
  const startedIn = state.generation;
  const { parsed: body } = await readBody(request);
  const url = new URL(request.url);
  const caller = state.sessions.identify(request.headers.get("Authorization"));
  const record: RecordedRequest = {
    method: request.method,
    url: request.url,
    path: url.pathname,
    headers: redactedHeaders(request),
    body,
    auth: caller.auth,
  };
  state.log.push(record);

  if (state.latency > 0) await delay(state.latency);
  await state.gates.pass(request.method, record);
  if (startedIn !== state.generation) return HttpResponse.error();

  const failure = state.gates.takeFailure(request.method);
  if (failure !== undefined) return failureResponse(failure, () => (route.malformed ? route.malformed(params) : HttpResponse.json({}, { status: 200 })));

  const version = request.headers.get("Polar-Version");
  if (version !== null && !(SUPPORTED_POLAR_VERSIONS as readonly string[]).includes(version)) {
    return HttpResponse.json({ detail: "Not Found" }, { status: 404 });
  }
  if (route.access === "public") return route.answer({ request, url, params, body });
  const { session } = caller;
  if (caller.auth === "missing") return unauthorized();
  if (!session) return invalidToken();
  if (route.access === "billing" && session.role === "member") return HttpResponse.json(BILLING_REFUSED, { status: 403 });
  return route.answer({ request, url, params, body, session });
}

async function direct(request: Request, route: MockRoute, params: Record<string, string>): Promise<Response> {
  const { parsed: body } = await readBody(request);
  return route.answer({ request, url: new URL(request.url), params, body });
}

function coreControls(state: CoreState, options: MockCoreOptions, resources: readonly MockResource[]): MockCoreControls {
  return {
    token: options.token,
    customerId: options.customerId,
    get requests() {
      return [...state.log];
    },
    clearRequests() {
      state.log = [];
    },
    failNext: state.gates.failNext,
    holdNext: state.gates.holdNext,
    setLatency(ms) {
      state.latency = ms;
    },
    expireSession: state.sessions.expire,
    createSession: state.sessions.create,
    reset() {
      state.generation += 1;
      state.gates.reset();
      state.log = [];
      state.latency = options.latency;
      state.sessions.reset();
      for (const resource of resources) resource.reset?.();
    },
  };
}

/** The mock's own token and the sessions it minted, each expiring by the mock's clock. */
function createSessions(token: string, customerId: string, nowMs: () => number) {
  let expired = false;
  let minted = 0;
  let sessions = new Map<string, MockSessionInfo>();

  /** The session a valid token stands for; undefined when it is unknown or expired. */
  function sessionOf(header: string | null): MockSessionInfo | undefined {
    const value = bearerOf(header);
    if (value === undefined) return undefined;
    if (value === token) return expired ? undefined : { memberId: null, expiresAt: Number.POSITIVE_INFINITY };
    const session = sessions.get(value);
    return session && nowMs() < session.expiresAt ? session : undefined;
  }

  return {
    /** The caller, as the request arrives: a session expiring while the request is held does not unmake it. */
    identify(header: string | null): { auth: RecordedRequest["auth"]; session?: MockSessionInfo } {
      if (bearerOf(header) === undefined) return { auth: "missing" };
      const session = sessionOf(header);
      return session ? { auth: "valid", session } : { auth: "invalid" };
    },
    expire() {
      expired = true;
      for (const session of sessions.values()) session.expiresAt = Number.NEGATIVE_INFINITY;
    },
    create: ({ role, ttlSeconds = 3600 }: { role?: MockMemberRole; ttlSeconds?: number } = {}) => {
      minted += 1;
      const serial = minted.toString(16).padStart(12, "0");
      const value = `${role ? "polar_mst" : "polar_cst"}_mock${serial}`;
      const expiresAt = nowMs() + ttlSeconds * 1000;
      const memberId = role ? `0a1b2c3d-4e5f-4a6b-8c7d-${serial}` : null;
      sessions.set(value, { expiresAt, role, memberId });
      return { token: value, expires_at: new Date(expiresAt).toISOString(), customer_id: customerId, member_id: memberId };
    },
    reset() {
      expired = false;
      sessions = new Map();
    },
  };
}

/** `failNext` and `holdNext`: what the next matching requests answer, and when they go on. */
function createGates() {
  type Hold = { method?: MockMethod; arrive: (request: RecordedRequest) => void; gate: Promise<void>; release: () => void };
  let failures: { failure: InjectedFailure; method?: MockMethod; remaining: number }[] = [];
  let holds: Hold[] = [];
  const waiting = new Set<() => void>();
  const matching = (method: string) => (entry: { method?: MockMethod }) => !entry.method || entry.method === method;

  return {
    failNext(failure: InjectedFailure, { method, times = 1 }: { method?: MockMethod; times?: number } = {}) {
      failures.push({ failure, method, remaining: times });
    },
    holdNext(method?: MockMethod) {
      let release!: () => void;
      let arrive!: (request: RecordedRequest) => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
      holds.push({ method, arrive, gate, release });
      return { release, arrived };
    },
    takeFailure(method: string): InjectedFailure | undefined {
      const index = failures.findIndex(matching(method));
      const entry = failures[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) failures.splice(index, 1);
      return entry.failure;
    },
    /** Waits at a hold set for this method, if any. */
    async pass(method: string, record: RecordedRequest) {
      const index = holds.findIndex(matching(method));
      if (index === -1) return;
      const [hold] = holds.splice(index, 1) as [Hold];
      waiting.add(hold.release);
      hold.arrive(record);
      await hold.gate;
      waiting.delete(hold.release);
    },
    reset() {
      for (const hold of holds) hold.release();
      for (const release of waiting) release();
      holds = [];
      failures = [];
    },
  };
}

function failureResponse(failure: InjectedFailure, malformed: () => Response): Response {
  if (failure === "network") return HttpResponse.error();
  if (failure === "malformed") return malformed();
  if (typeof failure === "number") {
    const status = failure;
    if (status === 401) return unauthorized();
    if (status === 403) return HttpResponse.json({ error: "NotPermitted", detail: "You don't have the permission to do this." }, { status });
    if (status === 404) return notFound();
    // Polar's rate limit: no body, and the seconds to wait.
    if (status === 429) return new HttpResponse(null, { status, headers: { "Retry-After": "1" } });
    if (status >= 500) return HttpResponse.text("Internal Server Error", { status });
    // Polar answers no 422 without naming its exception: a rule of its service, on no one field.
    if (status === 422) return serviceValidationError([{ type: "value_error", loc: ["body"], msg: "Refused by the mock (failNext(422)).", input: null }]);
    return HttpResponse.json({ detail: `HTTP ${status}` }, { status });
  }
  const { status, body, headers } = failure;
  if (body === undefined || body === null) return new HttpResponse(null, { status, headers });
  if (typeof body === "string") return HttpResponse.text(body, { status, headers });
  return HttpResponse.json(body, { status, headers });
}
