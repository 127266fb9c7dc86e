import { inspect } from "node:util";
import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from "msw";
import { describe, expect, it, vi } from "vitest";
import { createPortalClient, PortalError, type PortalClientOptions } from "../../src/index";
import { makeOrder, makeItem } from "../../src/testing";
import { serveForFile } from "../support";
import { getOrder, updateOrder } from "../../src/features/orders/api/order";

const TOKEN = "polar_cst_TopSecretSessionToken0123456789";
const PROD = "https://api.polar.sh";
const ORDER_PATH = "/v1/customer-portal/orders/:id";

const server = serveForFile();

type Seen = { request: StrictRequest<DefaultBodyType>; body: unknown };

/** Answers every order call on `base` with `answer`, remembering each request it saw. */
function serve(answer: (request: Request) => Response | Promise<Response>, base = PROD) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${base}${ORDER_PATH}`, async ({ request }) => {
      const text = await request.clone().text();
      seen.push({ request, body: text === "" ? undefined : JSON.parse(text) });
      return answer(request);
    }),
  );
  return seen;
}

function client(options: Partial<PortalClientOptions> = {}) {
  return createPortalClient({ token: TOKEN, ...options });
}

async function failure(promise: Promise<unknown>): Promise<PortalError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PortalError);
  return error as PortalError;
}

/** The secret must not leak through any way an app might print or report an error. */
function expectNoToken(error: unknown) {
  const renderings = [
    (error as Error).message,
    String(error),
    JSON.stringify(error),
    (error as Error).stack ?? "",
    inspect(error, { depth: 10 }),
  ];
  for (const text of renderings) expect(text).not.toContain(TOKEN);
  expect(renderings.join("\n")).not.toContain(TOKEN.slice("polar_cst_".length));
}

describe("requests", () => {
  it("GETs the order from production with exactly the allowed headers", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    const order = await getOrder(client(), "ord_1");

    expect(order.id).toBe(makeOrder().id);
    expect(seen).toHaveLength(1);
    const { request } = seen[0]!;
    expect(request.method).toBe("GET");
    expect(request.url).toBe(`${PROD}/v1/customer-portal/orders/ord_1`);
    // Polar's CORS allows only Authorization, Polar-Version and Content-Type.
    expect(Object.fromEntries(request.headers)).toEqual({ authorization: `Bearer ${TOKEN}` });
    expect(request.credentials).not.toBe("include");
  });

  it("never asks the browser to send cookies", async () => {
    const fetchSpy = vi.fn(async () => HttpResponse.json(makeOrder()));
    await getOrder(client({ fetch: fetchSpy }), "ord_1");
    const init = (fetchSpy.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.credentials).not.toBe("include");
  });

  it("talks to the sandbox", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()), "https://sandbox-api.polar.sh");
    await getOrder(client({ server: "sandbox" }), "ord_1");
    expect(seen[0]!.request.url).toBe("https://sandbox-api.polar.sh/v1/customer-portal/orders/ord_1");
  });

  it.each(["https://shop.example/api/polar", "https://shop.example/api/polar/", "https://shop.example/api/polar//"])(
    "talks to a merchant's proxy at %s",
    async (baseUrl) => {
      const seen = serve(() => HttpResponse.json(makeOrder()), "https://shop.example/api/polar");
      const portal = client({ server: baseUrl });
      await getOrder(portal, "ord_1");
      expect(portal.baseUrl).toBe("https://shop.example/api/polar");
      expect(seen[0]!.request.url).toBe("https://shop.example/api/polar/v1/customer-portal/orders/ord_1");
    },
  );

  it("accepts a proxy path on the merchant's own origin", async () => {
    const fetchSpy = vi.fn(async () => HttpResponse.json(makeOrder()));
    await getOrder(client({ server: "/api/polar/", fetch: fetchSpy }), "ord_1");
    expect((fetchSpy.mock.calls[0] as unknown as [string])[0]).toBe("/api/polar/v1/customer-portal/orders/ord_1");
  });

  it.each(["prod", "toString", "api.polar.sh"])("refuses %j as a server with a message that names it", (server) => {
    expect(() => client({ server })).toThrow(new RegExp(`"production", "sandbox", or a base URL.*"${server}"`));
  });

  it("sends Polar-Version only when asked to", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    await getOrder(client({ apiVersion: "2026-10" }), "ord_1");
    expect(Object.fromEntries(seen[0]!.request.headers)).toEqual({
      authorization: `Bearer ${TOKEN}`,
      "polar-version": "2026-10",
    });
  });

  it("URL-encodes the id", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    await getOrder(client(), "a/b?c=d#e");
    expect(seen[0]!.request.url).toBe(`${PROD}/v1/customer-portal/orders/a%2Fb%3Fc%3Dd%23e`);
  });

  it("asks an async token getter before every request, so a refreshed token is used", async () => {
    const tokens = ["polar_cst_first", "polar_cst_second"];
    const getToken = vi.fn(async () => tokens.shift()!);
    const seen = serve(() => HttpResponse.json(makeOrder()));
    const portal = client({ token: getToken });

    await getOrder(portal, "ord_1");
    await getOrder(portal, "ord_1");

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen.map((s) => s.request.headers.get("authorization"))).toEqual([
      "Bearer polar_cst_first",
      "Bearer polar_cst_second",
    ]);
  });

  it("treats a token getter that fails as a network failure to retry, not a sign-out, without sending anything", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    const onUnauthorized = vi.fn();
    const error = await failure(
      getOrder(client({
        token: async () => {
          throw new Error("session endpoint down");
        },
        onUnauthorized,
      }), "ord_1"),
    );
    expect(error.kind).toBe("network");
    expect(error.retryable).toBe(true);
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(seen).toHaveLength(0);
  });

  it.each([null, undefined, ""])("takes a getter's %j as signed out: unauthorized, reported, nothing sent", async (answer) => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    const onUnauthorized = vi.fn();
    const error = await failure(getOrder(client({ token: async () => answer, onUnauthorized }), "ord_1"));
    expect(error.kind).toBe("unauthorized");
    expect(onUnauthorized).toHaveBeenCalledWith(error);
    expect(seen).toHaveLength(0);
  });

  it("reports Polar's 401 to onUnauthorized, and an accepted token to onAuthorized", async () => {
    const onUnauthorized = vi.fn();
    const onAuthorized = vi.fn();
    serve(() => HttpResponse.json({ error: "Unauthorized", detail: "Unauthorized" }, { status: 401 }));
    const refused = await failure(getOrder(client({ onUnauthorized, onAuthorized }), "ord_1"));
    expect(onUnauthorized).toHaveBeenCalledWith(refused);
    expect(onAuthorized).not.toHaveBeenCalled();
    serve(() => HttpResponse.json(makeOrder()));
    await getOrder(client({ onUnauthorized, onAuthorized }), "ord_1");
    expect(onAuthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("passes the AbortSignal through: aborting rejects with an AbortError, not a PortalError", async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    serve(async () => {
      arrived();
      await new Promise(() => {}); // never answers
      return HttpResponse.json(makeOrder());
    });
    const controller = new AbortController();
    const pending = getOrder(client(), "ord_1", { signal: controller.signal });
    await arrival;
    controller.abort();

    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PortalError);
    expect((error as Error).name).toBe("AbortError");
  });

  it("PATCHes only billing_name and billing_address, as JSON", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder({ billing_name: "Grace Hopper" })));
    const update = {
      billing_name: "Grace Hopper",
      billing_address: { line1: "1 Main St", line2: null, postal_code: "10001", city: "New York", state: "US-NY", country: "US" },
      status: "void",
      total_amount: 0,
    };
    const order = await updateOrder(client(), "ord_1", update);

    expect(order.billing_name).toBe("Grace Hopper");
    const { request, body } = seen[0]!;
    expect(request.method).toBe("PATCH");
    expect(request.url).toBe(`${PROD}/v1/customer-portal/orders/ord_1`);
    expect(Object.fromEntries(request.headers)).toEqual({
      authorization: `Bearer ${TOKEN}`,
      "content-type": "application/json",
    });
    expect(body).toEqual({ billing_name: "Grace Hopper", billing_address: update.billing_address });
  });

  it("keeps a key that was left out absent (unchanged), and sends an explicit null (clear)", async () => {
    const seen = serve(() => HttpResponse.json(makeOrder()));
    await updateOrder(client(), "ord_1", { billing_name: "Grace Hopper" });
    await updateOrder(client(), "ord_1", { billing_address: null });

    expect(seen[0]!.body).toStrictEqual({ billing_name: "Grace Hopper" });
    expect(seen[1]!.body).toStrictEqual({ billing_address: null });
    expect(Object.keys(seen[0]!.body as object)).toEqual(["billing_name"]);
  });
});

describe("any resource, any method", () => {
  const SUBSCRIPTION = `${PROD}/v1/customer-portal/subscriptions/sub_1`;

  it("sends a DELETE (Polar cancels a subscription so) without a body, and reads an empty answer", async () => {
    const seen: Request[] = [];
    server.use(
      http.delete(SUBSCRIPTION, ({ request }) => {
        seen.push(request);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const answer = await client().request({ method: "DELETE", path: "/v1/customer-portal/subscriptions/sub_1" });
    expect(answer).toEqual({ status: 204, body: undefined });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("DELETE");
    expect(Object.fromEntries(seen[0]!.headers)).toEqual({ authorization: `Bearer ${TOKEN}` });
  });

  it("names the resource of a failure, read from the path", async () => {
    server.use(http.delete(SUBSCRIPTION, () => new HttpResponse(null, { status: 403 })));
    const error = await failure(client().request({ method: "DELETE", path: "/v1/customer-portal/subscriptions/sub_1" }));
    expect(error).toMatchObject({ kind: "forbidden", status: 403, resource: "subscription", message: "This session may not access that subscription." });
    expectNoToken(error);
  });

  it("or given by the endpoint function", async () => {
    server.use(http.get(`${PROD}/v1/customer-portal/customers/me/payment-methods`, () => new HttpResponse(null, { status: 404 })));
    const error = await failure(client().request({ method: "GET", path: "/v1/customer-portal/customers/me/payment-methods", resource: "payment_method" }));
    expect(error).toMatchObject({ kind: "not_found", resource: "payment_method", message: "The payment method was not found." });
  });

  it("keeps the order's words for an order", async () => {
    serve(() => new HttpResponse(null, { status: 403 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ resource: "order", message: "This session may not access that order." });
  });
});

describe("errors", () => {
  it.each([
    ["Polar's own shape", { error: "Unauthorized", detail: "Unauthorized" }],
    ["the OAuth shape", { error: "invalid_token", error_description: `The access token ${TOKEN} is expired` }],
  ])("401 in %s is an unauthorized session", async (_, body) => {
    serve(() => HttpResponse.json(body, { status: 401 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error.kind).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expectNoToken(error);
  });

  it("403 is forbidden", async () => {
    serve(() => HttpResponse.json({ error: "NotPermitted", detail: "Not permitted" }, { status: 403 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "forbidden", status: 403, code: "NotPermitted", retryable: false });
    expectNoToken(error);
  });

  it("404 is not_found", async () => {
    serve(() => HttpResponse.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "not_found", status: 404, code: "ResourceNotFound", retryable: false });
    expectNoToken(error);
  });

  it("422 is validation, with field errors keyed by the dotted path, path errors in formErrors and every issue with its type", async () => {
    serve(() =>
      HttpResponse.json(
        {
          error: "RequestValidationError",
          detail: [
            { type: "value_error", loc: ["body", "billing_address", "country"], msg: "Country cannot be changed", input: "FR" },
            { type: "value_error", loc: ["body", "billing_address"], msg: "Value error, Invalid US state", input: {} },
            { type: "uuid_parsing", loc: ["path", "id"], msg: "Input should be a valid UUID", input: "nope" },
          ],
        },
        { status: 422 },
      ),
    );
    const error = await failure(updateOrder(client(), "nope", { billing_address: { country: "FR" } }));

    expect(error.kind).toBe("validation");
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual({
      "billing_address.country": ["Country cannot be changed"],
      billing_address: ["Value error, Invalid US state"],
    });
    expect(error.formErrors).toEqual(["Input should be a valid UUID"]);
    // Each issue with its type, in Polar's order: what the form words its messages by.
    expect(error.issues).toEqual([
      { path: "billing_address.country", type: "value_error", msg: "Country cannot be changed" },
      { path: "billing_address", type: "value_error", msg: "Value error, Invalid US state" },
      { path: "", type: "uuid_parsing", msg: "Input should be a valid UUID" },
    ]);
    expectNoToken(error);
  });

  it("422 reads the same with or without Polar's `error` (a merchant's proxy or an older Polar may drop it)", async () => {
    const detail = [
      { type: "value_error", loc: ["body", "billing_address", "state"], msg: "State cannot be changed", input: "US-NY" },
      { type: "uuid_parsing", loc: ["path", "id"], msg: "Input should be a valid UUID", input: "nope", ctx: { error: "invalid length" } },
    ];
    const read = async (body: Record<string, unknown>) => {
      serve(() => HttpResponse.json(body, { status: 422 }));
      return failure(updateOrder(client(), "nope", { billing_address: { country: "US" } }));
    };
    const polar = await read({ error: "PolarRequestValidationError", detail });
    const bare = await read({ detail });
    for (const error of [polar, bare]) {
      expect(error).toMatchObject({ kind: "validation", status: 422, message: "Polar refused the update: State cannot be changed" });
      expect(error.fieldErrors).toEqual({ "billing_address.state": ["State cannot be changed"] });
      expect(error.formErrors).toEqual(["Input should be a valid UUID"]);
    }
    expect(bare.issues).toEqual(polar.issues);
    // The exception's name is Polar's error code; without it there is none.
    expect(polar.code).toBe("PolarRequestValidationError");
    expect(bare.code).toBeUndefined();
  });

  it("429 carries Retry-After in seconds", async () => {
    serve(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "7" } }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfter: 7, retryable: true });
    expectNoToken(error);
  });

  it.each(["1e20", "Fri, 01 Jan 9999 00:00:00 GMT"])("429 with Retry-After %s waits a day at most (a timer that far out fires at once)", async (value) => {
    serve(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": value } }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfter: 86_400 });
  });

  it("429 without a readable Retry-After leaves retryAfter undefined", async () => {
    serve(() => new HttpResponse(null, { status: 429 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfter).toBeUndefined();
  });

  it.each([500, 503])("%i is a server error worth retrying", async (status) => {
    serve(() => new HttpResponse("<html>upstream down</html>", { status, headers: { "Content-Type": "text/html" } }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "server", status, retryable: true });
    expectNoToken(error);
  });

  it("another 4xx is a plain http error", async () => {
    serve(() => HttpResponse.json({ error: "Conflict", detail: "Busy" }, { status: 409 }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "http", status: 409, retryable: false });
  });

  it("a network failure is network", async () => {
    serve(() => HttpResponse.error());
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "network", retryable: true });
    expect(error.status).toBeUndefined();
    expectNoToken(error);
  });

  it("a 200 that is not JSON is invalid_response", async () => {
    serve(() => new HttpResponse("<html>captive portal</html>", { status: 200, headers: { "Content-Type": "text/html" } }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error).toMatchObject({ kind: "invalid_response", status: 200, retryable: false });
    expectNoToken(error);
  });

  it("a 200 that breaks the order contract is invalid_response, with the path of the offending field", async () => {
    serve(() => HttpResponse.json({ ...makeOrder(), items: [{ ...makeItem(), amount: "100.00" }] }));
    const error = await failure(getOrder(client(), "ord_1"));
    expect(error.kind).toBe("invalid_response");
    expect(error.path).toEqual(["items", 0, "amount"]);
    expect(error.message).toContain("items.0.amount");
    expectNoToken(error);
  });

  it("a PATCH answered with a broken order is invalid_response too", async () => {
    const { id: _id, ...withoutId } = makeOrder();
    serve(() => HttpResponse.json(withoutId));
    const error = await failure(updateOrder(client(), "ord_1", { billing_name: "X" }));
    expect(error.kind).toBe("invalid_response");
    expect(error.path).toEqual(["id"]);
  });

  it("keeps the token out of errors made from a getter's token too", async () => {
    serve(() => HttpResponse.json({ error: "invalid_token", error_description: `bad token ${TOKEN}` }, { status: 401 }));
    const error = await failure(updateOrder(client({ token: async () => TOKEN }), "ord_1", { billing_name: "X" }));
    expect(error.kind).toBe("unauthorized");
    expectNoToken(error);
  });
});
