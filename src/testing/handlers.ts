/**
 * msw handlers that answer `/v1/customer-portal/orders*` (and the session's own routes) the way Polar's server does (see
 * CONTRACT.md): the list (`GET /`), `GET` and `PATCH /{id}`, `POST` and `GET /{id}/invoice`,
 * `GET /{id}/receipt`, over an in-memory store of orders. Only `http`, `HttpResponse` and `delay`
 * are used, so msw 2 and msw 3 both work (msw is an optional peer of this package).
 *
 * ```ts
 * import { setupServer } from "msw/node";
 * import { fixtures } from "react-polar-portal/testing";
 * import { createPolarMock, POLAR_TEST_TOKEN } from "react-polar-portal/testing/msw";
 *
 * const mock = createPolarMock();            // every named fixture, token "polar_cst_test"
 * const server = setupServer(...mock.handlers);
 * afterEach(() => mock.reset());             // store, request log, failures, holds, latency
 *
 * mock.failNext(500);                        // next request of any method answers 500
 * mock.failNext(429, { method: "PATCH" });   // next PATCH: 429 with `Retry-After: 1`
 * mock.failNext({ status: 429, headers: { "Retry-After": "30" } }, { times: 3 });
 * mock.failNext("network");                  // next request fails like a dropped connection
 * mock.failNext("malformed");                // 200 with an order that breaks the schema
 *
 * const gate = mock.holdNext("PATCH");       // next PATCH waits (before it is applied)
 * await gate.arrived;                        //   ...until it reaches the mock
 * gate.release();                            //   ...then the mock answers it
 *
 * mock.requests;                             // [{ method, path, url, headers, body, auth }]
 * mock.getOrder(fixtures.paid.id);           // the stored order, after any PATCH
 * mock.setOrder(order);                      // add or replace an order
 * mock.expireSession();                      // the token (and every minted session) now answers 401 invalid_token
 * const session = mock.createSession({ role: "member" }); // { token: "polar_mst_…", expires_at, … }
 * mock.setOrganization(makeOrganization({ ... })); // the portal settings a merchant changed
 *
 * mock.setInvoice(fixtures.paid.id, "stale"); // invoice rendered before a billing change
 * mock.completeRenders();                    // finish queued invoice renders now
 * mock.invoiceRenders(fixtures.paid.id);     // renders done (skipped ones not counted)
 * mock.invoicePrints(fixtures.paid.id);      // the billing name and address a download prints
 * mock.setReceiptRenders(fixtures.paid.id, 0); // receipt already rendered
 * ```
 *
 * The session: `GET /v1/customer-portal/customer-session/user` (who the token is: the customer, or
 * a member with its role) and `…/customer-session/introspect` (`expires_at`), as Polar's
 * `UnionRead`; `GET /v1/customer-portal/organizations/{slug}` (no session needed) answers the
 * organization given as `organization`, and 404 `ResourceNotFound` for any other slug. Sessions
 * minted by `createSession()` expire by the mock's clock (`now`); a plain member's session is
 * refused every order route with 403 `NotPermitted`, as Polar's billing routes refuse it.
 *
 * Invoices: `POST /{id}/invoice` answers 202 `null` and queues a render that completes after
 * `invoiceRenderMs`, setting `is_invoice_generated` and `modified_at`; it is skipped (no write at
 * all) when the billing name and address are what the stored invoice was rendered from, both when
 * asked and when the render runs (it renders the order as it is then). Receipts answer 202 (empty
 * body) `receiptRenders` times, then the link; the receipt render writes the order (`modified_at`
 * moves), as on Polar. A product benefit with a `visibility`
 * other than `"public"` is left out of every answer, as Polar's customer portal does.
 *
 * `reset()` also releases held requests; a request still waiting from before the reset
 * answers a network error rather than touching the fresh store.
 *
 * Options of `createPolarMock({ ... })`:
 * - `orders`: the store's initial orders (default: every order of `fixtures`, plus
 *   `otherCustomerOrder`, which belongs to another customer and therefore answers 404).
 *   `getOrder` and `setOrder` take the type of the orders given: with `makeOrder()` and the
 *   fixtures of the current contract, that is an order Polar's SDK types accept.
 * - `token`: the one valid session token (default {@link POLAR_TEST_TOKEN}).
 * - `customerId`: the session's customer (default `FIXTURE_CUSTOMER_ID`).
 * - `latency`: milliseconds before every answer (default 0).
 * - `baseUrl`: only answer this origin/prefix; by default any origin matches, so production,
 *   sandbox and a merchant's proxy all work.
 * - `now`: the clock for `modified_at` after a PATCH or a render, invoice or receipt (default: the fixed {@link MOCK_NOW});
 *   a write never repeats the stored value: one that would is stamped a millisecond later, as
 *   Polar's `modified_at` moves on every write (a render of the invoice or of the receipt alike).
 * - `invoiceRenderMs`: time from `POST /{id}/invoice` to the invoice (default 0; `Infinity`:
 *   only `completeRenders()` finishes a render).
 * - `receiptRenders`: how many receipt requests answer 202 before the link (default 1).
 * - `fileOrigin`: the invoice and receipt links point at `${fileOrigin}/polar-mock/files/…`, where
 *   the mock serves each file as an attachment (default: S3-like links that nothing answers).
 * - `organizationToken`: what `POST /v1/customer-sessions/` accepts (default `polar_oat_test`).
 * - `organization`: the merchant's organization and its customer-portal settings (default
 *   `makeOrganization()`, with Polar's default settings).
 * - `customer`: the signed-in customer's name and email (default {@link MOCK_CUSTOMER}).
 *
 * `POST /v1/customer-sessions/` (a shop's server, with its organization token) answers 201 with
 * a session whose `token` is the mock's, for `customer_id` or `external_customer_id`
 * ({@link MOCK_EXTERNAL_CUSTOMER_ID}) of the session's customer; any other customer is a 422.
 *
 * The request log keeps headers, but the Authorization value is redacted (a session token must
 * never end up in a log); `auth` says whether the token was missing, valid or invalid.
 */
import { delay, http, HttpResponse, type HttpHandler } from "msw";
import type { OrderBillingUpdate } from "../features/orders/schema/billing.js";
import { applyBillingUpdate, normalizeAddress, normalizeState } from "../features/orders/schema/normalize.js";
import { INPUT_COUNTRIES, isInputCountry, stateCodesFor } from "../features/orders/schema/countries.js";
import type { CustomerOrder } from "../features/orders/schema/order.js";
import { FIXTURE_CUSTOMER_ID, FIXTURE_ORGANIZATION_ID, fixtures, makeOrganization, otherCustomerOrder } from "./fixtures.js";
import type { FixtureOrganization, FixtureProduct } from "./types.js";

/** The customer session token the default mock accepts. */
export const POLAR_TEST_TOKEN = "polar_cst_test";
/** The organization token the default mock's `POST /v1/customer-sessions/` accepts. */
export const POLAR_TEST_ORGANIZATION_TOKEN = "polar_oat_test";
/** The mock's default clock: `modified_at` of every PATCHed order. */
export const MOCK_NOW = "2026-03-20T12:00:00Z";
export const SUPPORTED_POLAR_VERSIONS = ["2026-04", "2026-10"] as const;

const ORDERS_PATH = "/v1/customer-portal/orders";
/** Where a mock given a `fileOrigin` serves its invoices and receipts. */
const FILES_PATH = "/polar-mock/files";
/** The fixture customer's id in the shop (`external_customer_id` of `POST /v1/customer-sessions/`). */
export const MOCK_EXTERNAL_CUSTOMER_ID = "shop-user-1";

export type MockMethod = "GET" | "PATCH" | "POST";

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

/** What a test can start an order's invoice from (see `setInvoice`). */
export type MockInvoiceState = "none" | "current" | "stale";

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

export interface PolarMockOptions<TOrder extends CustomerOrder = CustomerOrder> {
  orders?: readonly TOrder[];
  token?: string;
  customerId?: string;
  latency?: number;
  baseUrl?: string;
  now?: () => Date | string;
  /**
   * Milliseconds from `POST /{id}/invoice` until the render completes (default 0). `Infinity`
   * leaves renders queued until `completeRenders()`, so a test controls the moment exactly.
   */
  invoiceRenderMs?: number;
  /** How many `GET /{id}/receipt` calls answer 202 before the link (default 1, per order). */
  receiptRenders?: number;
  /**
   * Where the invoice and receipt links point. By default they are presigned-looking S3 links,
   * as Polar sends, which nothing answers. Given an origin (in a browser with msw's worker:
   * `location.origin`), the links point at `${fileOrigin}/polar-mock/files/…` and the mock serves
   * the files itself: a small PDF, `Content-Disposition: attachment`, as S3 answers Polar's links.
   * The kit downloads a link of the page's own origin through `fetch`, which the worker answers.
   */
  fileOrigin?: string;
  /**
   * The organization token `POST /v1/customer-sessions/` accepts (default
   * {@link POLAR_TEST_ORGANIZATION_TOKEN}): what a demo's own session route calls with.
   */
  organizationToken?: string;
  /**
   * The merchant's organization, answered by `GET /v1/customer-portal/organizations/{its slug}`
   * with its customer-portal settings (default `makeOrganization()`: Polar's default settings).
   */
  organization?: FixtureOrganization;
  /** The signed-in customer's name and email, as `GET …/customer-session/user` answers them. */
  customer?: { name: string | null; email: string };
}

export interface PolarMock<TOrder extends CustomerOrder = CustomerOrder> {
  readonly handlers: HttpHandler[];
  readonly token: string;
  readonly customerId: string;
  /** Every request that reached the mock, oldest first (a copy). */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  /** A copy of the stored order, as the next GET would answer it (whoever owns it). */
  getOrder(id: string): TOrder | undefined;
  /**
   * Adds or replaces an order in the store. Its invoice exists (and is current) when
   * `is_invoice_generated` is true; its receipt renders afresh.
   */
  setOrder(order: TOrder): void;
  /**
   * Starts the order's invoice from a state Polar's tests use: `"current"` (rendered from the
   * order as it is now, so a new POST is skipped), `"stale"` (rendered before a billing change:
   * downloadable, and a POST renders it again) or `"none"` (GET answers 404).
   */
  setInvoice(id: string, state: MockInvoiceState): void;
  /** How many more `GET /{id}/receipt` calls answer 202 before the link; 0: already rendered. */
  setReceiptRenders(id: string, pending: number): void;
  /** Completes every queued invoice render now (with `invoiceRenderMs: Infinity`, the only way). */
  completeRenders(): void;
  /** How many times the order's invoice was rendered by this mock (skipped renders not counted). */
  invoiceRenders(id: string): number;
  /**
   * The billing name and address the order's stored invoice prints (what a download gets), or
   * null when it has none. After `setInvoice(id, "stale")`: both null (details the order no
   * longer has).
   */
  invoicePrints(id: string): Pick<CustomerOrder, "billing_name" | "billing_address"> | null;
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
  /** Replaces the organization's customer-portal settings or proration behaviour (a merchant's change mid-session). */
  setOrganization(organization: FixtureOrganization): void;
  /** Restores the initial store, empties the log, drops failures, releases holds. */
  reset(): void;
}

interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const UNAUTHORIZED = { error: "Unauthorized", detail: "Unauthorized" };
/** Polar's `UnionBillingRead`/`Write` refusal of a member who is neither owner nor billing manager. */
const BILLING_REFUSED = { error: "NotPermitted", detail: "Only owners and billing managers can access billing features." };
const SESSION_PATH = "/v1/customer-portal/customer-session";
const ORGANIZATIONS_PATH = "/v1/customer-portal/organizations";
/** The mock customer's name and email when none are given. */
export const MOCK_CUSTOMER = { name: "Ada Lovelace", email: "ada@example.com" } as const;
const INVALID_TOKEN = {
  error: "invalid_token",
  error_description: "The access token provided is expired, revoked, malformed, or invalid for other reasons.",
};
const NOT_FOUND = { error: "ResourceNotFound", detail: "Not found" };
const polarError = (status: number, error: string, detail: string) => HttpResponse.json({ error, detail }, { status });

const SORT_KEYS = ["created_at", "amount", "net_amount", "product", "subscription"] as const;
type SortKey = (typeof SORT_KEYS)[number];
const SORT_CHOICES = (() => {
  const quoted = SORT_KEYS.flatMap((key) => [`'${key}'`, `'-${key}'`]);
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
})();
/** Polar's API_PAGINATION_MAX_LIMIT: a larger `limit` is cut to it, not refused. */
const MAX_LIMIT = 100;

const COUNTRY_CHOICES = (() => {
  const quoted = INPUT_COUNTRIES.map((code) => `'${code}'`);
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
})();

const validationError = (detail: ValidationIssue[]) => HttpResponse.json({ detail }, { status: 422 });

/** The id as Polar's UUID4 parameters see it: canonical, or the 422 issue it raises. */
function parseOrderId(raw: string, loc: (string | number)[] = ["path", "id"]): { id: string } | { issue: ValidationIssue } {
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const ADDRESS_TEXT_FIELDS = ["line1", "line2", "postal_code", "city", "state"] as const;

/** Pydantic's view of the body: field errors first, then the address's own (state) check. */
function validateUpdateBody(body: unknown): { issues: ValidationIssue[]; update: OrderBillingUpdate } {
  const issues: ValidationIssue[] = [];
  const update: OrderBillingUpdate = {};
  if (!isRecord(body)) {
    issues.push({ type: "model_attributes_type", loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", input: body });
    return { issues, update };
  }

  if ("billing_name" in body) {
    const name = body.billing_name;
    if (name !== null && typeof name !== "string") {
      issues.push({ type: "string_type", loc: ["body", "billing_name"], msg: "Input should be a valid string", input: name });
    } else if (typeof name === "string" && name.includes("\u0000")) {
      // Postgres cannot store NUL in text; Polar's base schema refuses it in every string field.
      issues.push({ type: "value_error", loc: ["body", "billing_name"], msg: "Value error, This value contains invalid characters", input: name, ctx: { error: {} } });
    } else {
      update.billing_name = name;
    }
  }

  if ("billing_address" in body) {
    const address = body.billing_address;
    if (address === null) {
      update.billing_address = null;
    } else if (!isRecord(address)) {
      issues.push({ type: "model_type", loc: ["body", "billing_address"], msg: "Input should be a valid dictionary or instance of AddressInput", input: address, ctx: { class_name: "AddressInput" } });
    } else {
      const before = issues.length;
      for (const field of ADDRESS_TEXT_FIELDS) {
        const value = address[field];
        if (value != null && typeof value !== "string") {
          issues.push({ type: "string_type", loc: ["body", "billing_address", field], msg: "Input should be a valid string", input: value });
        }
      }
      const country = address.country;
      if (country === undefined) {
        issues.push({ type: "missing", loc: ["body", "billing_address", "country"], msg: "Field required", input: address });
      } else if (typeof country !== "string" || !isInputCountry(country.toUpperCase())) {
        // Pydantic's enum error, about 1,500 characters. Polar upper-cases a string before the
        // enum sees it, so `input` is the upper-cased value.
        const input = typeof country === "string" ? country.toUpperCase() : country;
        issues.push({ type: "enum", loc: ["body", "billing_address", "country"], msg: `Input should be ${COUNTRY_CHOICES}`, input, ctx: { expected: COUNTRY_CHOICES } });
      }
      if (issues.length === before) {
        const input = address as OrderBillingUpdate["billing_address"] & object;
        const code = input.country.toUpperCase();
        const state = normalizeState(code, input.state);
        const codes = stateCodesFor(code);
        if (codes && state !== null && !codes.includes(state)) {
          const what = code === "CA" ? "CA subdivision" : `${code} state`;
          issues.push({ type: "value_error", loc: ["body", "billing_address"], msg: `Value error, Invalid ${what}`, input: address, ctx: { error: {} } });
        } else {
          update.billing_address = input;
        }
      }
    }
  }
  return { issues, update };
}

/** Country and state are fixed once the order has an address (CONTRACT.md, the update rules). */
function lockedFieldIssues(order: CustomerOrder, update: OrderBillingUpdate): ValidationIssue[] {
  const stored = order.billing_address;
  if (!stored || !update.billing_address) return [];
  const next = normalizeAddress(update.billing_address);
  // Polar checks both, so a change of country and state answers two entries.
  const issues: ValidationIssue[] = [];
  if (next.country !== stored.country) {
    issues.push({ type: "value_error", loc: ["body", "billing_address", "country"], msg: "Country cannot be changed", input: next.country });
  }
  // A legacy order may hold a bare "CA"; the server compares codes in their normalised form.
  if ((next.state ?? null) !== normalizeState(stored.country, stored.state)) {
    issues.push({ type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: next.state });
  }
  return issues;
}

type Route = "list" | "order" | "invoice" | "receipt" | "user" | "introspect" | "organization";

/**
 * The order as Polar's customer portal answers it: a product benefit whose visibility is not
 * public is left out (Polar's `BenefitPublicList`), and the visibility itself is not shown.
 */
function present(order: CustomerOrder): CustomerOrder {
  const product = order.product as (Record<string, unknown> & { benefits?: unknown }) | null;
  const benefits = product?.benefits;
  if (!Array.isArray(benefits) || !benefits.some((benefit) => isRecord(benefit) && "visibility" in benefit)) return order;
  const shown = benefits
    .filter((benefit) => !isRecord(benefit) || benefit.visibility === undefined || benefit.visibility === "public")
    .map((benefit) => {
      if (!isRecord(benefit)) return benefit;
      const { visibility: _visibility, ...rest } = benefit;
      return rest;
    });
  return { ...order, product: { ...product, benefits: shown } as unknown as CustomerOrder["product"] };
}

/**
 * What Polar's invoice checksum covers that the mock knows: the billing name and address (the
 * tax id, the customer's locale and the template never change here).
 */
const invoiceChecksum = (order: CustomerOrder) => JSON.stringify([order.billing_name, order.billing_address ?? null]);

interface ListQuery {
  page: number;
  limit: number;
  productIds?: string[];
  billingTypes?: string[];
  subscriptionIds?: string[];
  query?: string;
  sorting: [SortKey, boolean][];
}

/** FastAPI's reading of the list's query string: the parameters, or the 422 issues. */
function parseListQuery(params: URLSearchParams): { issues: ValidationIssue[]; query: ListQuery } {
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
  const page = positive("page", 1);
  const limit = Math.min(MAX_LIMIT, positive("limit", 10));
  const ids = (name: string): string[] | undefined => {
    const values = params.getAll(name);
    if (values.length === 0) return undefined;
    return values.flatMap((raw, index) => {
      const parsed = parseOrderId(raw, ["query", name, index]);
      if ("issue" in parsed) {
        issues.push(parsed.issue);
        return [];
      }
      return [parsed.id];
    });
  };
  const productIds = ids("product_id");
  const billingTypes = params.getAll("product_billing_type");
  billingTypes.forEach((value, index) => {
    if (value !== "one_time" && value !== "recurring") {
      const expected = "'one_time' or 'recurring'";
      issues.push({ type: "enum", loc: ["query", "product_billing_type", index], msg: `Input should be ${expected}`, input: value, ctx: { expected } });
    }
  });
  const subscriptionIds = ids("subscription_id");
  const rawSorting = params.getAll("sorting");
  const sorting: [SortKey, boolean][] = [];
  for (const [index, value] of (rawSorting.length > 0 ? rawSorting : ["-created_at"]).entries()) {
    const key = value.replace(/^-/, "");
    if ((SORT_KEYS as readonly string[]).includes(key)) sorting.push([key as SortKey, value.startsWith("-")]);
    else issues.push({ type: "enum", loc: ["query", "sorting", index], msg: `Input should be ${SORT_CHOICES}`, input: value, ctx: { expected: SORT_CHOICES } });
  }
  const query = params.getAll("query").at(-1);
  return {
    issues,
    query: { page, limit, productIds, billingTypes: billingTypes.length > 0 ? billingTypes : undefined, subscriptionIds, query, sorting },
  };
}

/** Postgres order: ascending puts nulls last, descending first. */
function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

const sortValue: Record<SortKey, (order: CustomerOrder) => number | string | null> = {
  created_at: (order) => Date.parse(order.created_at),
  // Polar sorts both by the net amount.
  amount: (order) => order.net_amount,
  net_amount: (order) => order.net_amount,
  product: (order) => order.product?.name ?? null,
  subscription: (order) => order.subscription_id ?? null,
};

/** The customer's orders that match, in Polar's order, and the page asked for. */
function listOrders(orders: CustomerOrder[], query: ListQuery) {
  const needle = query.query?.toLowerCase();
  const matching = orders.filter((order) => {
    // Polar joins the product outer and filters on its columns: an order without a product
    // never matches a billing-type filter or a search.
    const product = order.product as (CustomerOrder["product"] & { is_recurring?: boolean }) | null | undefined;
    if (query.productIds && !query.productIds.includes(order.product_id ?? "")) return false;
    if (query.billingTypes && (!product || !query.billingTypes.includes(product.is_recurring ? "recurring" : "one_time"))) return false;
    if (query.subscriptionIds && !query.subscriptionIds.includes(order.subscription_id ?? "")) return false;
    if (needle !== undefined && !product?.name.toLowerCase().includes(needle)) return false;
    return true;
  });
  const sorted = [...matching].sort((a, b) => {
    for (const [key, descending] of query.sorting) {
      const result = compareNullable(sortValue[key](a), sortValue[key](b), (x, y) =>
        typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en"),
      );
      if (result !== 0) return descending ? -result : result;
    }
    return 0;
  });
  const start = (query.page - 1) * query.limit;
  return {
    items: sorted.slice(start, start + query.limit),
    pagination: { total_count: matching.length, max_page: Math.ceil(matching.length / query.limit) },
  };
}

function failureResponse(failure: InjectedFailure, order: CustomerOrder | undefined, route: Route): Response {
  if (failure === "network") return HttpResponse.error();
  if (failure === "malformed") {
    // Who the session is, or the organization: an answer without any of its fields.
    if (route === "user" || route === "introspect" || route === "organization") return HttpResponse.json({}, { status: 200 });
    if (route === "invoice" || route === "receipt") return HttpResponse.json({ url: null }, { status: 200 });
    const broken = { ...(order ?? fixtures.paid), total_amount: "107.20" };
    if (route === "list") return HttpResponse.json({ items: [broken], pagination: { total_count: 1, max_page: 1 } }, { status: 200 });
    return HttpResponse.json(broken, { status: 200 });
  }
  if (typeof failure === "number") {
    const status = failure;
    if (status === 401) return HttpResponse.json(UNAUTHORIZED, { status });
    if (status === 403) return HttpResponse.json({ error: "NotPermitted", detail: "You don't have the permission to do this." }, { status });
    if (status === 404) return HttpResponse.json(NOT_FOUND, { status });
    if (status === 429) return new HttpResponse(null, { status, headers: { "Retry-After": "1" } });
    if (status >= 500) return HttpResponse.text("Internal Server Error", { status });
    return HttpResponse.json({ detail: `HTTP ${status}` }, { status });
  }
  const { status, body, headers } = failure;
  if (body === undefined || body === null) return new HttpResponse(null, { status, headers });
  if (typeof body === "string") return HttpResponse.text(body, { status, headers });
  return HttpResponse.json(body, { status, headers });
}

function redactedHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = name.toLowerCase() === "authorization" ? value.replace(/^(\S+\s+).*$/, "$1[redacted]") : value;
  });
  return headers;
}

async function readBody(request: Request): Promise<{ text: string; parsed: unknown }> {
  const text = request.method === "GET" || request.method === "HEAD" ? "" : await request.clone().text();
  if (text === "") return { text, parsed: undefined };
  try {
    return { text, parsed: JSON.parse(text) as unknown };
  } catch {
    return { text, parsed: text };
  }
}

// A PATCH changes only the billing name and address, to values Polar itself would store (the
// country one of its codes), so a stored order keeps the type it was given.
export function createPolarMock<TOrder extends CustomerOrder>(options: PolarMockOptions<TOrder> & { orders: readonly TOrder[] }): PolarMock<TOrder>;
export function createPolarMock(options?: PolarMockOptions): PolarMock;
export function createPolarMock(options: PolarMockOptions = {}): PolarMock {
  const token = options.token ?? POLAR_TEST_TOKEN;
  const customerId = options.customerId ?? FIXTURE_CUSTOMER_ID;
  const initialOrders = clone(options.orders ?? [...Object.values(fixtures), otherCustomerOrder]);
  const initialLatency = options.latency ?? 0;
  const now = options.now ?? (() => MOCK_NOW);
  const prefix = (options.baseUrl ?? "*").replace(/\/+$/, "");
  const renderMs = options.invoiceRenderMs ?? 0;
  const receiptRenders = options.receiptRenders ?? 1;
  const fileOrigin = options.fileOrigin?.replace(/\/+$/, "");
  const organizationToken = options.organizationToken ?? POLAR_TEST_ORGANIZATION_TOKEN;
  const initialOrganization = clone(options.organization ?? makeOrganization());
  const customer = options.customer ?? MOCK_CUSTOMER;
  // Polar answers the organization's public, unarchived products; the orders' products stand for them.
  const products = [
    ...new Map(
      initialOrders.flatMap((order) => (order.product ? [[order.product.id, order.product as FixtureProduct] as const] : [])),
    ).values(),
  ].filter((product) => product.visibility !== "draft" && product.visibility !== "private" && !product.is_archived);
  let organization = clone(initialOrganization);
  // Minted sessions by token: when each expires (ms, by the mock's clock) and whose it is.
  let sessions = new Map<string, { expiresAt: number; role?: MockMemberRole; memberId: string | null }>();
  let minted = 0;

  let store = new Map<string, CustomerOrder>();
  let latency = initialLatency;
  let expired = false;
  // Bumped by reset(): a request still waiting (latency, hold) from before must not touch the
  // fresh store, so it fails like a dropped connection instead.
  let generation = 0;
  let log: RecordedRequest[] = [];
  let failures: { failure: InjectedFailure; method?: MockMethod; remaining: number }[] = [];
  let holds: { method?: MockMethod; arrive: (request: RecordedRequest) => void; gate: Promise<void>; release: () => void }[] = [];
  const waiting = new Set<() => void>();
  // What Polar keeps beside the order: the checksum the stored invoice was rendered from (null:
  // no invoice yet), the renders done, and how many receipt requests still answer 202.
  let paperwork = new Map<string, { invoice: string | null; renders: number; receiptPending: number }>();
  let queued: { id: string; timer?: ReturnType<typeof setTimeout> }[] = [];
  let signatures = 0;
  // The signatures handed out in links since the last reset: a file is served only for one of them.
  let signed = new Set<string>();

  function fillStore() {
    store = new Map(clone(initialOrders).map((order) => [order.id.toLowerCase(), order]));
    paperwork = new Map();
    for (const render of queued) clearTimeout(render.timer);
    queued = [];
  }
  fillStore();

  function papersOf(id: string) {
    let papers = paperwork.get(id);
    if (!papers) {
      const order = store.get(id);
      papers = { invoice: order?.is_invoice_generated ? invoiceChecksum(order) : null, renders: 0, receiptPending: receiptRenders };
      paperwork.set(id, papers);
    }
    return papers;
  }

  // Polar's modified_at moves on every write (a PATCH, a render), which is how a client sees that
  // a render landed; a fixed or coarse clock must not make two writes look like one.
  const stamp = (previous: string | null | undefined) => {
    const clock = now();
    const at = typeof clock === "string" ? clock : clock.toISOString();
    const last = Date.parse(previous ?? "");
    return Date.parse(at) > last || Number.isNaN(last) ? at : new Date(last + 1).toISOString();
  };

  /** The worker's side: render from the order as it is now, unless that is what is stored. */
  function render(id: string) {
    const order = store.get(id);
    if (!order) return;
    const papers = papersOf(id);
    if (papers.invoice === invoiceChecksum(order)) return;
    papers.invoice = invoiceChecksum(order);
    papers.renders += 1;
    store.set(id, { ...order, is_invoice_generated: true, modified_at: stamp(order.modified_at) });
  }

  function queueRender(id: string) {
    const entry: (typeof queued)[number] = { id };
    if (Number.isFinite(renderMs)) {
      entry.timer = setTimeout(() => {
        queued = queued.filter((other) => other !== entry);
        render(id);
      }, renderMs);
    }
    queued.push(entry);
  }

  /** A presigned-looking link, different on every call, as S3 signs a fresh one each time. */
  function presigned(bucket: string, file: string) {
    signatures += 1;
    const signature = (0x5eed0000 + signatures).toString(16).padStart(64, "0");
    signed.add(signature);
    const host = fileOrigin ? `${fileOrigin}${FILES_PATH}/${bucket}` : `https://${bucket}.s3.amazonaws.com`;
    return `${host}/${encodeURIComponent(file)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260320T120000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`;
  }

  const clockMs = () => {
    const clock = now();
    return typeof clock === "string" ? Date.parse(clock) : clock.getTime();
  };

  /** The session a valid token stands for; undefined when it is unknown or expired. */
  function sessionOf(header: string | null): { role?: MockMemberRole; memberId: string | null; expiresAt: number } | undefined {
    const value = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (value === undefined) return undefined;
    if (value === token) return expired ? undefined : { memberId: null, expiresAt: Number.POSITIVE_INFINITY };
    const session = sessions.get(value);
    return session && clockMs() < session.expiresAt ? session : undefined;
  }

  function authOf(header: string | null): RecordedRequest["auth"] {
    if (!header?.match(/^Bearer\s+(\S+)\s*$/i)) return "missing";
    return sessionOf(header) ? "valid" : "invalid";
  }

  function takeFailure(method: string): InjectedFailure | undefined {
    const index = failures.findIndex((entry) => !entry.method || entry.method === method);
    const entry = failures[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) failures.splice(index, 1);
    return entry.failure;
  }

  function takeHold(method: string) {
    const index = holds.findIndex((entry) => !entry.method || entry.method === method);
    return index === -1 ? undefined : holds.splice(index, 1)[0];
  }

  async function handle(request: Request, route: Route, rawId?: string): Promise<Response> {
    const startedIn = generation;
    const { parsed: body } = await readBody(request);
    const url = new URL(request.url);
    const record: RecordedRequest = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      headers: redactedHeaders(request),
      body,
      auth: authOf(request.headers.get("Authorization")),
    };
    log.push(record);

    if (latency > 0) await delay(latency);
    const hold = takeHold(request.method);
    if (hold) {
      waiting.add(hold.release);
      hold.arrive(record);
      await hold.gate;
      waiting.delete(hold.release);
    }
    if (startedIn !== generation) return HttpResponse.error();

    const parsedId = rawId === undefined ? undefined : parseOrderId(safeDecode(rawId));
    const failure = takeFailure(request.method);
    if (failure !== undefined) {
      return failureResponse(failure, parsedId && "id" in parsedId ? store.get(parsedId.id) : undefined, route);
    }

    const version = request.headers.get("Polar-Version");
    if (version !== null && !(SUPPORTED_POLAR_VERSIONS as readonly string[]).includes(version)) {
      return HttpResponse.json({ detail: "Not Found" }, { status: 404 });
    }
    // The organization needs no session at all: any token, or none, is ignored.
    if (route === "organization") {
      if (rawId === undefined || safeDecode(rawId) !== organization.slug) return HttpResponse.json(NOT_FOUND, { status: 404 });
      return HttpResponse.json({ organization: clone(organization), products: clone(products) });
    }
    if (record.auth === "missing") return HttpResponse.json(UNAUTHORIZED, { status: 401 });
    if (record.auth === "invalid") {
      return HttpResponse.json(INVALID_TOKEN, { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });
    }
    const session = sessionOf(request.headers.get("Authorization"));
    // The session ended while the request was held (`holdNext`, then `expireSession`): Polar
    // checks the token when it answers, so the answer is the expired session's 401.
    if (!session) return HttpResponse.json(INVALID_TOKEN, { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });
    if (route === "user") {
      const member = session.role !== undefined;
      return HttpResponse.json({
        type: member ? "member" : "customer",
        name: customer.name,
        email: customer.email,
        customer_id: customerId,
        member_id: session.memberId,
        role: session.role ?? null,
      });
    }
    if (route === "introspect") {
      return HttpResponse.json({ expires_at: new Date(Number.isFinite(session.expiresAt) ? session.expiresAt : clockMs() + 3_600_000).toISOString(), return_url: null });
    }
    // Every order route is a billing feature (UnionBillingRead/Write): a plain member is refused.
    if (session.role === "member") return HttpResponse.json(BILLING_REFUSED, { status: 403 });

    if (!parsedId) {
      const { issues, query } = parseListQuery(url.searchParams);
      if (issues.length > 0) return validationError(issues);
      const mine = [...store.values()].filter((order) => order.customer_id === customerId);
      const page = listOrders(mine, query);
      return HttpResponse.json({ ...page, items: page.items.map(present) });
    }
    if ("issue" in parsedId) return validationError([parsedId.issue]);
    const id = parsedId.id;
    const order = store.get(id);
    // Another customer's order is indistinguishable from a missing one: never 403.
    if (!order || order.customer_id !== customerId) return HttpResponse.json(NOT_FOUND, { status: 404 });

    if (route === "invoice") return invoice(request.method, order);
    if (route === "receipt") {
      if (order.receipt_number == null) return polarError(404, "ReceiptNotAllocated", `No receipt allocated for order ${order.id}.`);
      const papers = papersOf(id);
      if (papers.receiptPending > 0) {
        // Polar queues a render and answers 202 with no body and no Retry-After. The render that
        // lands writes the order (its receipt_path), so modified_at moves as on Polar.
        papers.receiptPending -= 1;
        if (papers.receiptPending === 0) store.set(id, { ...order, modified_at: stamp(order.modified_at) });
        return new HttpResponse(null, { status: 202 });
      }
      return HttpResponse.json({ url: presigned("polar-customer-receipts", `Receipt-${order.receipt_number}.pdf`) });
    }
    if (request.method === "GET") return HttpResponse.json(present(order));

    if (body === undefined) {
      return validationError([{ type: "missing", loc: ["body"], msg: "Field required", input: null }]);
    }
    if (typeof body === "string") {
      return validationError([{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }]);
    }
    const { issues, update } = validateUpdateBody(body);
    if (issues.length > 0) return validationError(issues);
    const locked = lockedFieldIssues(order, update);
    if (locked.length > 0) return validationError(locked);

    papersOf(id); // the invoice stays what it was rendered from, whatever the PATCH changes
    const next: CustomerOrder = {
      ...applyBillingUpdate(order, update),
      // Address strings are trimmed, but Polar stores the name exactly as sent ("" stays "").
      ...(update.billing_name !== undefined && { billing_name: update.billing_name }),
      modified_at: stamp(order.modified_at),
    };
    store.set(id, next);
    return HttpResponse.json(present(next));
  }

  function invoice(method: string, order: CustomerOrder): Response {
    const id = order.id.toLowerCase();
    const papers = papersOf(id);
    if (method === "GET") {
      // The old PDF stays downloadable until a new render replaces it.
      if (papers.invoice === null) return polarError(404, "InvoiceDoesNotExist", `No invoice exists for order ${order.id}.`);
      return HttpResponse.json({ url: presigned("polar-customer-invoices", `Invoice-${order.invoice_number ?? order.id}.pdf`) });
    }
    if (order.status === "draft" || order.status === "void") {
      return polarError(409, "OrderNotEligibleForInvoice", `Order ${order.id} is not eligible for invoice generation (current status: ${order.status}).`);
    }
    if (order.billing_name == null || order.billing_address == null) {
      return polarError(422, "MissingInvoiceBillingDetails", "Billing name and address are required to generate an invoice for this order.");
    }
    // Skipped when nothing printed on it changed; otherwise queued, answered 202 at once.
    if (papers.invoice !== invoiceChecksum(order)) queueRender(id);
    return HttpResponse.json(null, { status: 202 });
  }

  /** S3's side of a presigned link: the file as an attachment, or S3's own refusal. */
  function file(request: Request, name: string): Response {
    const signature = new URL(request.url).searchParams.get("X-Amz-Signature");
    if (!signature || !signed.has(signature)) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>`;
      return new HttpResponse(xml, { status: 403, headers: { "Content-Type": "application/xml" } });
    }
    return new HttpResponse(pdf(name.replace(/\.pdf$/, "")), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"` },
    });
  }

  /** Polar's `POST /v1/customer-sessions/`, called by a shop's server with its organization token. */
  async function answerSessionCreate(request: Request): Promise<Response> {
    const bearer = request.headers.get("Authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (!bearer) return HttpResponse.json(UNAUTHORIZED, { status: 401 });
    if (bearer !== organizationToken) {
      return HttpResponse.json(INVALID_TOKEN, { status: 401, headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });
    }
    const { parsed: body } = await readBody(request);
    const id = isRecord(body) ? body.customer_id : undefined;
    const external = isRecord(body) ? body.external_customer_id : undefined;
    if (typeof id !== "string" && typeof external !== "string") {
      return validationError([{ type: "missing", loc: ["body", "customer_id"], msg: "Field required", input: body ?? null }]);
    }
    if (id !== customerId && external !== MOCK_EXTERNAL_CUSTOMER_ID) {
      const loc = typeof id === "string" ? "customer_id" : "external_customer_id";
      return validationError([{ type: "value_error", loc: ["body", loc], msg: "Customer does not exist.", input: id ?? external }]);
    }
    const created = typeof now() === "string" ? (now() as string) : (now() as Date).toISOString();
    const session = {
      id: "5e55a0b1-7c2d-4e3f-9a4b-5c6d7e8f9a0b",
      created_at: created,
      modified_at: null,
      token,
      expires_at: new Date(Date.parse(created) + 3600_000).toISOString(),
      return_url: null,
      customer_portal_url: `https://polar.sh/mock/portal?customer_session_token=${token}`,
      customer_id: customerId,
      customer: {
        id: customerId,
        created_at: "2026-01-05T10:00:00Z",
        modified_at: null,
        metadata: {},
        external_id: MOCK_EXTERNAL_CUSTOMER_ID,
        email: "ada@example.com",
        email_verified: true,
        name: "Ada Lovelace",
        billing_address: null,
        tax_id: null,
        organization_id: FIXTURE_ORGANIZATION_ID,
        deleted_at: null,
        avatar_url: null,
      },
    };
    return HttpResponse.json(session, { status: 201 });
  }

  const base = `${prefix}${ORDERS_PATH}`;
  const handlers: HttpHandler[] = [
    http.get(base, ({ request }) => handle(request, "list")),
    http.get(`${base}/`, ({ request }) => handle(request, "list")),
    http.get(`${base}/:id`, ({ request, params }) => handle(request, "order", String(params.id))),
    http.patch(`${base}/:id`, ({ request, params }) => handle(request, "order", String(params.id))),
    http.post(`${base}/:id/invoice`, ({ request, params }) => handle(request, "invoice", String(params.id))),
    http.get(`${base}/:id/invoice`, ({ request, params }) => handle(request, "invoice", String(params.id))),
    http.get(`${base}/:id/receipt`, ({ request, params }) => handle(request, "receipt", String(params.id))),
    http.post(`${prefix}/v1/customer-sessions/`, ({ request }) => answerSessionCreate(request)),
    ...(fileOrigin ? [http.get(`${fileOrigin}${FILES_PATH}/:bucket/:file`, ({ request, params }) => file(request, safeDecode(String(params.file))))] : []),
    http.get(`${prefix}${SESSION_PATH}/user`, ({ request }) => handle(request, "user")),
    http.get(`${prefix}${SESSION_PATH}/introspect`, ({ request }) => handle(request, "introspect")),
    http.get(`${prefix}${ORGANIZATIONS_PATH}/:slug`, ({ request, params }) => handle(request, "organization", String(params.slug))),
  ];

  return {
    handlers,
    token,
    customerId,
    get requests() {
      return [...log];
    },
    clearRequests() {
      log = [];
    },
    getOrder(id) {
      const order = store.get(id.toLowerCase());
      return order && clone(present(order));
    },
    setOrder(order) {
      store.set(order.id.toLowerCase(), clone(order));
      paperwork.delete(order.id.toLowerCase());
    },
    setInvoice(rawId, state) {
      const id = rawId.toLowerCase();
      const order = store.get(id);
      if (!order) throw new Error(`createPolarMock: no order ${rawId}`);
      store.set(id, { ...order, is_invoice_generated: state !== "none" });
      // "stale": rendered from billing details the order no longer has.
      papersOf(id).invoice = state === "none" ? null : state === "current" ? invoiceChecksum(order) : `stale ${invoiceChecksum(order)}`;
    },
    setReceiptRenders(id, pending) {
      papersOf(id.toLowerCase()).receiptPending = pending;
    },
    completeRenders() {
      const due = queued;
      queued = [];
      for (const entry of due) {
        clearTimeout(entry.timer);
        render(entry.id);
      }
    },
    invoiceRenders(id) {
      return paperwork.get(id.toLowerCase())?.renders ?? 0;
    },
    invoicePrints(rawId) {
      const id = rawId.toLowerCase();
      if (!store.has(id)) return null;
      const printed = papersOf(id).invoice;
      if (printed === null) return null;
      if (printed.startsWith("stale ")) return { billing_name: null, billing_address: null };
      const [billing_name, billing_address] = JSON.parse(printed) as [CustomerOrder["billing_name"], CustomerOrder["billing_address"]];
      return { billing_name, billing_address };
    },
    failNext(failure, { method, times = 1 } = {}) {
      failures.push({ failure, method, remaining: times });
    },
    holdNext(method) {
      let release!: () => void;
      let arrive!: (request: RecordedRequest) => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const arrived = new Promise<RecordedRequest>((resolve) => (arrive = resolve));
      holds.push({ method, arrive, gate, release });
      return { release, arrived };
    },
    setLatency(ms) {
      latency = ms;
    },
    expireSession() {
      expired = true;
      for (const session of sessions.values()) session.expiresAt = Number.NEGATIVE_INFINITY;
    },
    createSession({ role, ttlSeconds = 3600 } = {}) {
      minted += 1;
      const serial = minted.toString(16).padStart(12, "0");
      const value = `${role ? "polar_mst" : "polar_cst"}_mock${serial}`;
      const expiresAt = clockMs() + ttlSeconds * 1000;
      const memberId = role ? `0a1b2c3d-4e5f-4a6b-8c7d-${serial}` : null;
      sessions.set(value, { expiresAt, role, memberId });
      return { token: value, expires_at: new Date(expiresAt).toISOString(), customer_id: customerId, member_id: memberId };
    },
    setOrganization(next) {
      organization = clone(next);
    },
    reset() {
      generation += 1;
      for (const hold of holds) hold.release();
      for (const release of waiting) release();
      holds = [];
      failures = [];
      log = [];
      latency = initialLatency;
      expired = false;
      signed = new Set();
      sessions = new Map();
      organization = clone(initialOrganization);
      fillStore();
    },
  };
}

/** A one-page PDF that says what it is (`%PDF-1.4`, one line of text), for the mock's files. */
function pdf(title: string): Uint8Array {
  const text = title.replace(/[\\()]/g, "\\$&").replace(/[^\x20-\x7e]/g, "?");
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const at = out.length;
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The mock behind {@link handlers}; call `defaultPolarMock.reset()` between stories or tests. */
export const defaultPolarMock: PolarMock = createPolarMock();

/** Ready-made handlers over the named fixtures (Storybook's `parameters.msw.handlers`). */
export const handlers: HttpHandler[] = defaultPolarMock.handlers;
