// The endpoints as functions over the client: each request as Polar takes it (path, method, the
// PATCH body exactly one of Polar's six shapes), each answer checked, each refusal read.
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import {
  createPortalClient,
  getChargePreview,
  getSubscription,
  isPortalError,
  listSubscriptions,
  previewSubscriptionChange,
  subscriptionRefusal,
  updateSubscription,
  type SubscriptionUpdate,
} from "../../../../src";
import { isMissingRoute } from "../../../../src/features/subscriptions/api/previews.js";
import { POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { serveForFile } from "../../../support";
import { makeSubscription, SUB_ID } from "../fixtures";

const BASE = "https://api.polar.sh/v1/customer-portal/subscriptions";
const sent: { method: string; url: string; body: unknown; authorization: string | null }[] = [];
const log = async (request: Request) => {
  const text = request.method === "GET" ? "" : await request.clone().text();
  sent.push({ method: request.method, url: request.url, body: text ? JSON.parse(text) : undefined, authorization: request.headers.get("authorization") });
};

const server = serveForFile([
  http.get(`${BASE}/`, async ({ request }) => {
    await log(request);
    return HttpResponse.json({ items: [makeSubscription()], pagination: { total_count: 1, max_page: 1 } });
  }),
  http.get(`${BASE}/:id`, async ({ request }) => {
    await log(request);
    return HttpResponse.json(makeSubscription());
  }),
  http.patch(`${BASE}/:id`, async ({ request }) => {
    await log(request);
    return HttpResponse.json(makeSubscription());
  }),
]);
const client = () => createPortalClient({ token: POLAR_TEST_TOKEN });
const last = () => sent.at(-1)!;

const PREVIEW = {
  base_amount: 1000,
  metered_amount: 0,
  proration_amount: 0,
  prorations: [],
  subtotal_amount: 1000,
  discount_amount: 0,
  net_amount: 1000,
  tax_amount: 200,
  total_amount: 1200,
  applied_balance_amount: 0,
  due_amount: 1200,
};

describe("updateSubscription sends exactly one of Polar's six body shapes", () => {
  it.each<[SubscriptionUpdate, unknown]>([
    [{ action: "cancel", reason: "too_expensive", comment: "  Budget cut  " }, { cancel_at_period_end: true, cancellation_reason: "too_expensive", cancellation_comment: "Budget cut" }],
    [{ action: "cancel" }, { cancel_at_period_end: true }],
    [{ action: "cancel", comment: "   " }, { cancel_at_period_end: true }],
    [{ action: "uncancel" }, { cancel_at_period_end: false }],
    [{ action: "change_plan", productId: "b7c1e4aa-5e2f-4f8a-9d3c-2a1b0c9d8e7f" }, { product_id: "b7c1e4aa-5e2f-4f8a-9d3c-2a1b0c9d8e7f" }],
    [{ action: "change_seats", seats: 7 }, { seats: 7 }],
    [{ action: "clear_pending_update" }, { pending_update: null }],
    [{ action: "pause" }, { pause_at_period_end: true }],
    [{ action: "pause", resumesAt: "2027-02-01T00:00:00Z" }, { pause_at_period_end: true, resumes_at: "2027-02-01T00:00:00Z" }],
    [{ action: "unschedule_pause" }, { pause_at_period_end: false }],
    [{ action: "resume" }, { resume: true }],
  ])("%o", async (update, body) => {
    const answer = await updateSubscription(client(), SUB_ID, update);
    expect(last()).toMatchObject({ method: "PATCH", url: `${BASE}/${SUB_ID}` });
    expect(last().body).toStrictEqual(body);
    expect(answer.id).toBe(SUB_ID);
  });

  it("the session token travels in the Authorization header only", async () => {
    await updateSubscription(client(), SUB_ID, { action: "uncancel" });
    expect(last().authorization).toBe(`Bearer ${POLAR_TEST_TOKEN}`);
    expect(last().url).not.toContain(POLAR_TEST_TOKEN);
  });
});

describe("getSubscription and listSubscriptions", () => {
  it("reads one subscription by its encoded id", async () => {
    await getSubscription(client(), "a/b");
    expect(last().url).toBe(`${BASE}/a%2Fb`);
  });

  it("sends Polar's list parameters: product filter as a set, active, query, sorting", async () => {
    const page = await listSubscriptions(client(), { page: 2, limit: 5, productId: ["p2", "p1", "p2"], active: false, query: "Pro", sorting: ["-amount", "product"] });
    const url = new URL(last().url);
    expect(url.searchParams.getAll("product_id")).toEqual(["p1", "p2"]);
    expect([url.searchParams.get("page"), url.searchParams.get("limit"), url.searchParams.get("active"), url.searchParams.get("query")]).toEqual(["2", "5", "false", "Pro"]);
    expect(url.searchParams.getAll("sorting")).toEqual(["-amount", "product"]);
    expect(page.items[0]!.id).toBe(SUB_ID);
    await listSubscriptions(client());
    expect(new URL(last().url).search).toBe("?page=1&limit=10&sorting=-started_at");
  });

  it("an item that breaks the contract is named from the page down", async () => {
    server.use(http.get(`${BASE}/`, () => HttpResponse.json({ items: [makeSubscription(), { ...makeSubscription(), currency: 5 }], pagination: { total_count: 2, max_page: 1 } })));
    const error = await listSubscriptions(client()).catch((caught: unknown) => caught);
    expect(isPortalError(error) && [error.kind, error.resource, error.path]).toEqual(["invalid_response", "subscription", ["items", 1, "currency"]]);
  });
});

describe("the private preview routes", () => {
  it("charge-preview: GET; change-preview: POST with {product_id} or {seats}", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(`${BASE}/:id/charge-preview`, () => HttpResponse.json(PREVIEW)),
      http.post(`${BASE}/:id/change-preview`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ ...PREVIEW, base_amount: 0 });
      }),
    );
    expect(await getChargePreview(client(), SUB_ID)).toStrictEqual(PREVIEW);
    await previewSubscriptionChange(client(), SUB_ID, { productId: "p-pro" });
    await previewSubscriptionChange(client(), SUB_ID, { seats: 4 });
    expect(bodies).toStrictEqual([{ product_id: "p-pro" }, { seats: 4 }]);
  });

  it("tells a missing route (the router's bare 404) from Polar's ResourceNotFound", async () => {
    server.use(
      http.get(`${BASE}/missing/charge-preview`, () => HttpResponse.json({ detail: "Not Found" }, { status: 404 })),
      http.get(`${BASE}/none/charge-preview`, () => HttpResponse.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 })),
    );
    expect(isMissingRoute(await getChargePreview(client(), "missing").catch((error: unknown) => error))).toBe(true);
    expect(isMissingRoute(await getChargePreview(client(), "none").catch((error: unknown) => error))).toBe(false);
  });
});

// Each refusal as Polar's server sends it (status, `error`, `detail`), and the state the kit reads.
const refusals: [string, number, Record<string, unknown>, unknown][] = [
  ["already canceled", 403, { error: "AlreadyCanceledSubscription", detail: "This subscription is already canceled or will be at the end of the period." }, { kind: "already_canceled" }],
  ["plan changes off", 403, { error: "UpdateSubscriptionPlanNotAllowed", detail: "Updating subscription plan is not allowed." }, { kind: "not_allowed", setting: "update_plan" }],
  ["seat changes off", 403, { error: "UpdateSubscriptionSeatsNotAllowed", detail: "Updating subscription seats is not allowed." }, { kind: "not_allowed", setting: "update_seats" }],
  ["pause off", 403, { error: "PauseResumeNotAllowed", detail: "Pausing or resuming a subscription is not allowed." }, { kind: "not_allowed", setting: "pause" }],
  ["a plain member", 403, { error: "NotPermitted", detail: "Only owners and billing managers can access billing features." }, { kind: "billing_forbidden" }],
  ["no card to uncancel", 409, { error: "PaymentMethodRequired", detail: "Add a payment method before uncancelling this subscription." }, { kind: "payment_method_required", action: "uncancel" }],
  ["no card to resume", 409, { error: "PaymentMethodRequired", detail: "Add a payment method before resuming this subscription." }, { kind: "payment_method_required", action: "resume" }],
  ["ended", 410, { error: "ResourceUnavailable", detail: "Unavailable" }, { kind: "ended" }],
  ["card declined", 402, { error: "PaymentFailed", detail: "Payment failed with reason: card_error." }, { kind: "payment_failed", reason: "card_error" }],
  ["no card to bill", 402, { error: "PaymentFailed", detail: "Payment failed with reason: missing_payment_method." }, { kind: "payment_failed", reason: "missing_payment_method" }],
  [
    "3-D Secure",
    402,
    { error: "PaymentActionRequired", detail: "Order 1 payment requires customer authentication (e.g. 3DS challenge); off-session charge cannot complete." },
    { kind: "payment_action_required" },
  ],
  ["below the minimum", 400, { error: "BelowMinimumSeats", detail: "Minimum 3 seats required." }, { kind: "below_minimum_seats", minimum: 3 }],
  ["above the maximum", 400, { error: "AboveMaximumSeats", detail: "Maximum 50 seats allowed." }, { kind: "above_maximum_seats", maximum: 50 }],
  [
    "below the seats assigned",
    400,
    { error: "SeatsAlreadyAssigned", detail: "Cannot decrease seats to 2. Currently 4 seats are assigned. Revoke seats first." },
    { kind: "seats_assigned", assigned: 4 },
  ],
  ["not seat-based", 400, { error: "NotASeatBasedSubscription", detail: "This subscription does not support seat-based pricing." }, { kind: "not_seat_based" }],
  ["cannot uncancel", 400, { error: "BadRequest", detail: "Bad request" }, { kind: "cannot_uncancel" }],
  ["cannot pause", 409, { error: "CannotPauseSubscription", detail: "This subscription cannot be paused." }, { kind: "cannot_pause" }],
  ["no pause scheduled", 409, { error: "NoScheduledPause", detail: "This subscription is not scheduled to be paused." }, { kind: "no_scheduled_pause" }],
  ["not paused", 409, { error: "NotPausedSubscription", detail: "This subscription is not paused." }, { kind: "not_paused" }],
  [
    "a product in another currency",
    422,
    { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "product_id"], msg: "This product doesn't have a price for the subscription currency.", input: "p" }] },
    { kind: "invalid_product", message: "This product doesn't have a price for the subscription currency.", reason: "no_price_for_currency" },
  ],
  [
    "a product Polar words anew",
    422,
    { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "product_id"], msg: "Product is sold out.", input: "p" }] },
    { kind: "invalid_product", message: "Product is sold out." },
  ],
  [
    "nothing to clear",
    422,
    { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "pending_update"], msg: "This subscription has no pending update to clear.", input: null }] },
    { kind: "no_pending_update" },
  ],
  [
    "a resume date too early",
    422,
    { error: "PolarRequestValidationError", detail: [{ type: "value_error", loc: ["body", "resumes_at"], msg: "resumes_at must be after the current period end.", input: "x" }] },
    { kind: "invalid_resume_date" },
  ],
];

describe("subscriptionRefusal reads every refusal Polar sends as a state the UI can act on", () => {
  it.each(refusals)("%s", async (_, status, body, refusal) => {
    server.use(http.patch(`${BASE}/:id`, () => HttpResponse.json(body, { status })));
    const error = await updateSubscription(client(), SUB_ID, { action: "cancel" }).catch((caught: unknown) => caught);
    expect(isPortalError(error) && error.resource).toBe("subscription");
    expect(subscriptionRefusal(error)).toStrictEqual(refusal);
    expect(String((error as Error).message)).not.toContain(POLAR_TEST_TOKEN);
  });

  it("reads each 422 alike without Polar's `error` (a merchant's proxy or an older Polar may drop it)", async () => {
    const validations = refusals.filter(([, status]) => status === 422);
    expect(validations.length).toBeGreaterThan(3);
    for (const [name, , body, refusal] of validations) {
      const { error: _name, ...bare } = body as { error: string; detail: unknown };
      server.use(http.patch(`${BASE}/:id`, () => HttpResponse.json(bare, { status: 422 })));
      const error = await updateSubscription(client(), SUB_ID, { action: "cancel" }).catch((caught: unknown) => caught);
      expect(subscriptionRefusal(error), name).toStrictEqual(refusal);
    }
  });

  it("is null for what is not a refusal: a network failure, a server error, a missing subscription", async () => {
    server.use(http.patch(`${BASE}/:id`, () => HttpResponse.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 })));
    expect(subscriptionRefusal(await updateSubscription(client(), SUB_ID, { action: "uncancel" }).catch((caught: unknown) => caught))).toBeNull();
    server.use(http.patch(`${BASE}/:id`, () => new HttpResponse(null, { status: 502 })));
    expect(subscriptionRefusal(await updateSubscription(client(), SUB_ID, { action: "uncancel" }).catch((caught: unknown) => caught))).toBeNull();
    server.use(http.patch(`${BASE}/:id`, () => HttpResponse.error()));
    expect(subscriptionRefusal(await updateSubscription(client(), SUB_ID, { action: "uncancel" }).catch((caught: unknown) => caught))).toBeNull();
    expect(subscriptionRefusal(new Error("x"))).toBeNull();
  });
});
