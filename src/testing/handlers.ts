/**
 * msw handlers that answer `/v1/customer-portal/orders*`, `/subscriptions*` (and the session's own routes) the way Polar's server does
 * (its published OpenAPI document, `test/fixtures/`, and its source): the list (`GET /`), `GET` and `PATCH /{id}`, `POST` and `GET /{id}/invoice`,
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
 * organization given as `organization` with its public, unarchived `products`, and 404
 * `ResourceNotFound` for any other slug.
 *
 * Subscriptions (`mock/subscriptions.ts`): the list, `GET`, `PATCH` (Polar's six body shapes),
 * `DELETE` and the private previews and revoke, stateful, with Polar's rules and refusals
 * (`mock/subscription-update.ts`), the merchant's settings and proration behaviour from
 * `organization`, the customer's cards from `paymentMethods`; a change that bills now adds an
 * order to the orders list. `mock.setPaymentOutcome(…)`, `mock.assignSeats(id, n)`,
 * `mock.subscriptions`, `mock.getSubscription(id)`, `mock.setSubscription(s)`,
 * `mock.setPaymentMethods([...])`. Sessions
 * minted by `createSession()` expire by the mock's clock (`now`); a plain member's session is
 * refused every order route with 403 `NotPermitted`, as Polar's billing routes refuse it.
 *
 * Billing (`mock/customer.ts`, `mock/payment-methods.ts`, `mock/payment-method-setup.ts`,
 * `mock/order-payment.ts`): `GET`/`PATCH …/customers/me` (tax IDs validated as Polar does,
 * `mock/tax-id.ts`), the payment-method list, `DELETE`, `POST` and `/confirm`, and
 * `POST …/orders/{id}/confirm-payment` with `GET …/orders/{id}/payment-status`, each with Polar's
 * refusals. `mock.customer`, `mock.setCustomer(…)`, `mock.setPaymentOutcome(…)` (shared with the
 * subscription charges), `mock.completePaymentAction("succeeded" | "failed")`,
 * `mock.retryAttempts(orderId)`.
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
 * - `customer`: the signed-in customer over `customerFixture` (its name and email also answer
 *   `customer-session/user`).
 * - `paymentOutcome`, `paymentSettlesAfter`, `actionSettlesAfter`, `retryAttempts`: what paying a
 *   failed order does (see Billing above).
 *
 * `POST /v1/customer-sessions/` (a shop's server, with its organization token) answers 201 with
 * a session whose `token` is the mock's, for `customer_id` or `external_customer_id`
 * ({@link MOCK_EXTERNAL_CUSTOMER_ID}) of the session's customer; any other customer is a 422.
 *
 * The request log keeps headers, but the Authorization value is redacted (a session token must
 * never end up in a log); `auth` says whether the token was missing, valid or invalid.
 *
 * Built as a core (`mock/core.ts`: auth, clock, latency, failures, holds, log, reset) serving one
 * module per resource (`mock/orders.ts`, `mock/documents.ts`, `mock/session.ts`,
 * `mock/organization.ts`, `mock/subscriptions.ts`, `mock/payment-methods.ts`, `mock/customer.ts`,
 * `mock/order-payment.ts`, `mock/customer-sessions.ts`), listed in `createPolarMock` below.
 */
import type { HttpHandler } from "msw";
import type { CustomerOrder } from "../features/orders/schema/order.js";
import { FIXTURE_CUSTOMER_ID, fixtures, makeOrganization, otherCustomerOrder } from "./fixtures.js";
import { clone, createMockCore, MOCK_NOW, POLAR_TEST_TOKEN } from "./mock/core.js";
import { customerSessionsResource, POLAR_TEST_ORGANIZATION_TOKEN } from "./mock/customer-sessions.js";
import { documentsResource, type DocumentControls } from "./mock/documents.js";
import { organizationResource, type OrganizationControls } from "./mock/organization.js";
import { ordersResource, type OrderControls } from "./mock/orders.js";
import { billingResources, type BillingMockOptions } from "./mock/billing.js";
import type { CustomerControls } from "./mock/customer.js";
import type { OrderPaymentControls } from "./mock/order-payment.js";
import type { PaymentMethodControls } from "./mock/payment-methods.js";
import { createCatalog } from "./mock/products.js";
import { sessionResource } from "./mock/session.js";
import { embeddedSubscription, subscriptionsResource, type SubscriptionControls } from "./mock/subscriptions.js";
import type { MockCoreControls } from "./mock/types.js";
import { otherCustomerSubscription, productFixtures, subscriptionFixtures } from "./subscription-fixtures.js";
import type { FixtureCustomerSubscription, FixtureMockOrganization, FixtureProduct } from "./types.js";

export { MOCK_NOW, POLAR_TEST_TOKEN, SUPPORTED_POLAR_VERSIONS } from "./mock/core.js";
export { MOCK_EXTERNAL_CUSTOMER_ID, POLAR_TEST_ORGANIZATION_TOKEN } from "./mock/customer-sessions.js";
export { MOCK_CUSTOMER } from "./mock/session.js";
export { CUSTOMER_RETRY_MAX_ATTEMPTS } from "./mock/order-payment.js";
export type { MockInvoiceState } from "./mock/documents.js";
export type { MockPaymentOutcome } from "./mock/subscriptions.js";
export type { PaymentOutcome } from "./billing-types.js";
export type {
  FailOptions,
  InjectedFailure,
  MockGate,
  MockMemberRole,
  MockMethod,
  MockSession,
  MockSessionOptions,
  RecordedRequest,
} from "./mock/types.js";

export interface PolarMockOptions<TOrder extends CustomerOrder = CustomerOrder> extends BillingMockOptions {
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
   * with its customer-portal settings and proration behaviour (default `makeOrganization()`:
   * Polar's default settings, pausing off, `prorate`), plus what Polar keeps to itself:
   * `benefit_revocation_grace_period` (default 0).
   */
  organization?: FixtureMockOrganization;
  /** The store's subscriptions (default: every `subscriptionFixtures` entry, plus `otherCustomerSubscription`). */
  subscriptions?: readonly FixtureCustomerSubscription[];
  /**
   * The organization's products, whatever their visibility: what a plan change looks up and,
   * public and unarchived, what `organizations/{slug}` lists (default: every `productFixtures`
   * entry plus the orders' products).
   */
  products?: readonly FixtureProduct[];
  /**
   * Whether Polar's private routes answer: `charge-preview`, `change-preview`, `cancel-preview`
   * and `revoke` (default true). False: 404 `{"detail":"Not Found"}`, as a Polar without them.
   */
  previews?: boolean;
}

/** The mock: the core's controls (log, failures, holds, sessions, reset) and each resource's. */
export interface PolarMock<TOrder extends CustomerOrder = CustomerOrder>
  extends MockCoreControls,
    OrderControls<TOrder>,
    DocumentControls,
    OrganizationControls,
    SubscriptionControls,
    PaymentMethodControls,
    CustomerControls,
    OrderPaymentControls {
  readonly handlers: HttpHandler[];
}

// A PATCH changes only the billing name and address, to values Polar itself would store (the
// country one of its codes), so a stored order keeps the type it was given.
export function createPolarMock<TOrder extends CustomerOrder>(options: PolarMockOptions<TOrder> & { orders: readonly TOrder[] }): PolarMock<TOrder>;
export function createPolarMock(options?: PolarMockOptions): PolarMock;
export function createPolarMock(options: PolarMockOptions = {}): PolarMock {
  const core = createMockCore({
    token: options.token ?? POLAR_TEST_TOKEN,
    customerId: options.customerId ?? FIXTURE_CUSTOMER_ID,
    latency: options.latency ?? 0,
    baseUrl: options.baseUrl,
    now: options.now ?? (() => MOCK_NOW),
  });
  const orders = ordersResource(core, clone(options.orders ?? [...Object.values(fixtures), otherCustomerOrder]));
  const catalog = createCatalog(
    options.products ?? [...new Map([...Object.values(productFixtures), ...orders.products].map((product) => [product.id, product])).values()],
  );
  const organization = organizationResource(options.organization ?? makeOrganization(), catalog);
  // Billing and subscriptions name each other: each reads the other only when a request comes.
  const billing = billingResources(core, options, { orders: orders.store, subscriptions: () => subscriptions.store });
  const subscriptions = subscriptionsResource(core, options.subscriptions ?? [...Object.values(subscriptionFixtures), otherCustomerSubscription], {
    previews: options.previews ?? true,
    paymentOutcome: billing.outcome,
    catalog,
    organization: organization.state,
    paymentMethods: billing.paymentMethods.store,
    orders: orders.store,
  });
  orders.reflectSubscriptions((id) => {
    const subscription = subscriptions.store.get(id);
    return subscription && embeddedSubscription(subscription);
  });
  // The resources the mock serves, in the order msw tries their routes: a new resource is one
  // more line here (and its controls one more `extends` of `PolarMock`).
  return core.serve([
    orders,
    documentsResource(core, orders.store, {
      invoiceRenderMs: options.invoiceRenderMs ?? 0,
      receiptRenders: options.receiptRenders ?? 1,
      fileOrigin: options.fileOrigin?.replace(/\/+$/, ""),
    }),
    sessionResource(core, { customer: billing.signedIn() }),
    organization,
    subscriptions,
    ...billing.resources,
    customerSessionsResource(core, options.organizationToken ?? POLAR_TEST_ORGANIZATION_TOKEN),
  ]);
}

/** The mock behind {@link handlers}; call `defaultPolarMock.reset()` between stories or tests. */
export const defaultPolarMock: PolarMock = createPolarMock();

/** Ready-made handlers over the named fixtures (Storybook's `parameters.msw.handlers`). */
export const handlers: HttpHandler[] = defaultPolarMock.handlers;
