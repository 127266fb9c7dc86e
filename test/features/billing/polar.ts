// A stand-in for Polar's billing routes, written from Polar's source (`customer_portal/service/
// customer.py`, `payment_method/service.py`, `customer_portal/service/order.py`) until the
// testing kit's mock serves them: a `fetch` for the kit's own client (so errors go through the
// real error model), with a request log, holds, and scripted payment outcomes.
import { FIXTURE_CUSTOMER_ID, makeOrder } from "../../../src/testing";
import type { CustomerOrder, PaymentMethod, PortalCustomer } from "../../../src";

export const card = (id: string, last4: string, exp: [number, number] = [12, 2030], wallet: string | null = null): PaymentMethod => ({
  id,
  created_at: "2026-01-14T09:20:00Z",
  modified_at: null,
  processor: "stripe",
  customer_id: FIXTURE_CUSTOMER_ID,
  type: "card",
  method_metadata: { brand: "visa", last4, exp_month: exp[0], exp_year: exp[1], wallet },
});

export const customer = (overrides: Partial<PortalCustomer> = {}): PortalCustomer => ({
  id: FIXTURE_CUSTOMER_ID,
  email: "ada@example.com",
  email_verified: true,
  name: "Ada Lovelace",
  billing_name: "Ada Lovelace",
  billing_address: { line1: "1 Analytical Way", line2: null, postal_code: "75001", city: "Paris", state: null, country: "FR" },
  tax_id: null,
  default_payment_method_id: "pm-1",
  type: "individual",
  locale: null,
  oauth_accounts: {},
  created_at: "2026-01-01T00:00:00Z",
  modified_at: null,
  ...overrides,
});

/** A renewal that failed, awaiting payment (what Polar retries), and one already paid. */
export const failedOrder = makeOrder({ id: "order-failed", status: "pending", paid: false, billing_reason: "subscription_cycle", subscription_id: "sub-1", next_payment_attempt_at: "2026-03-20T00:00:00Z" } as Partial<CustomerOrder>);
export const paidOrder = makeOrder({ id: "order-paid", status: "paid", billing_reason: "subscription_cycle", subscription_id: "sub-1", next_payment_attempt_at: null } as Partial<CustomerOrder>);

export interface StandInOptions {
  customer?: PortalCustomer;
  methods?: PaymentMethod[];
  /** Methods an active subscription needs: deleting the last of them is refused. */
  inUse?: boolean;
  orders?: CustomerOrder[];
  /** What confirm-payment answers, or the error Polar raises for it. */
  confirm?: { status: string; client_secret?: string | null; error?: string | null } | { refuse: [number, string, string] };
  /** What payment-status answers, one per read (the last repeats). */
  statuses?: { status: string; error?: string | null }[];
  /** A plain member: every billing route answers 403. */
  member?: boolean;
  /** Polar's page size cap, lowered to test paging. */
  pageLimit?: number;
}

const json = (status: number, body?: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const polarError = (status: number, error: string, detail: string) => json(status, { error, detail });
const invalid = (type: string, loc: string[], msg: string, input: unknown = null) => json(422, { error: "PolarRequestValidationError", detail: [{ type, loc, msg, input }] });
const TAX_ID = /^FR\d{11}$/;

export function standInPolar(options: StandInOptions = {}) {
  const state = { customer: options.customer ?? customer(), methods: [...(options.methods ?? [card("pm-1", "4242"), card("pm-2", "4444")])] };
  const requests: { method: string; path: string; body: unknown; authorization: string | null }[] = [];
  const holds: (() => void)[] = [];
  let holding = 0;
  let statusReads = 0;

  async function answer(method: string, url: URL, body: any): Promise<Response> {
    const path = url.pathname.replace("/v1/customer-portal", "");
    if (options.member) return polarError(403, "NotPermitted", "Only owners and billing managers can access billing features.");
    if (path === "/customers/me" && method === "GET") return json(200, state.customer);
    if (path === "/customers/me" && method === "PATCH") {
      // In the order Polar's CustomerService.update checks them.
      if ("billing_address" in body && body.billing_address === null && state.customer.billing_address)
        return invalid("missing", ["body", "billing_address"], "Customer billing address cannot be reset to null once set.");
      if ("default_payment_method_id" in body) {
        if (body.default_payment_method_id === null) return invalid("missing", ["body", "default_payment_method_id"], "Default payment method cannot be reset to null.");
        if (!state.methods.some((m) => m.id === body.default_payment_method_id)) return invalid("invalid", ["body", "default_payment_method_id"], "Payment method not found.");
      }
      // Pydantic's check of a US ZIP code (AddressInput), before the service sees the body.
      if (body.billing_address?.country === "US" && !/^\d{5}(-\d{4})?$/.test(body.billing_address.postal_code ?? ""))
        return invalid("value_error", ["body", "billing_address", "postal_code"], "Value error, Invalid postal code", body.billing_address.postal_code);
      const next = { ...state.customer, ...body };
      if (typeof body.tax_id === "string") {
        const country = next.billing_address?.country;
        if (!country) return invalid("missing", ["body", "billing_address"], "Country is required to validate tax ID.");
        if (!TAX_ID.test(body.tax_id)) return invalid("invalid", ["body", "tax_id"], "Invalid tax ID.", body.tax_id);
        next.tax_id = [body.tax_id, "eu_vat"];
      }
      state.customer = next;
      return json(200, state.customer);
    }
    if (path === "/customers/me/payment-methods" && method === "GET") {
      const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), options.pageLimit ?? 100);
      const page = Number(url.searchParams.get("page") ?? 1);
      const items = state.methods.slice((page - 1) * limit, page * limit);
      return json(200, { items, pagination: { total_count: state.methods.length, max_page: Math.ceil(state.methods.length / limit) } });
    }
    const deleting = /^\/customers\/me\/payment-methods\/([^/]+)$/.exec(path);
    if (deleting && method === "DELETE") {
      const id = decodeURIComponent(deleting[1]!);
      if (!state.methods.some((m) => m.id === id)) return polarError(404, "ResourceNotFound", "Not found");
      if (options.inUse && state.methods.length === 1)
        return polarError(400, "PaymentMethodInUseByActiveSubscription", "This payment method is still needed to bill a subscription. Add another one or cancel the subscription first.");
      state.methods = state.methods.filter((m) => m.id !== id);
      if (state.customer.default_payment_method_id === id) state.customer = { ...state.customer, default_payment_method_id: state.methods[0]?.id ?? null };
      return new Response(null, { status: 204 });
    }
    if (path === "/orders/" && method === "GET") {
      const items = options.orders ?? [failedOrder, paidOrder];
      return json(200, { items, pagination: { total_count: items.length, max_page: 1 } });
    }
    if (/^\/orders\/[^/]+\/confirm-payment$/.test(path) && method === "POST") {
      const confirm = options.confirm ?? { status: "succeeded", client_secret: null, error: null };
      if ("refuse" in confirm) return polarError(...confirm.refuse);
      return json(200, { client_secret: null, error: null, ...confirm });
    }
    if (/^\/orders\/[^/]+\/payment-status$/.test(path) && method === "GET") {
      const statuses = options.statuses ?? [{ status: "succeeded" }];
      return json(200, { error: null, ...statuses[Math.min(statusReads++, statuses.length - 1)] });
    }
    return json(404, { detail: "Not Found" });
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === "GET" || request.method === "DELETE" ? undefined : await request.json().catch(() => undefined);
    requests.push({ method: request.method, path: url.pathname + url.search, body, authorization: request.headers.get("Authorization") });
    if (holding > 0) {
      holding--;
      await new Promise<void>((release) => holds.push(release));
    }
    return answer(request.method, url, body ?? {});
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    state,
    requests,
    /** Holds the next request until `release()` (one at a time, in order). */
    holdNext() {
      holding++;
    },
    release() {
      holds.shift()?.();
    },
    statusReads: () => statusReads,
  };
}
