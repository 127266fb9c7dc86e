// Server-side only: the customer's session token, and the proxy to Polar. Without a Polar account
// the kit's mock answers in Polar's place (react-polar-portal/testing/msw).
import { getResponse } from "msw";
import { createPortalClient, POLAR_SERVERS } from "react-polar-portal";
import { fixtures, manyOrders } from "react-polar-portal/testing";
import { createPolarMock, MOCK_EXTERNAL_CUSTOMER_ID, POLAR_TEST_ORGANIZATION_TOKEN, type PolarMock } from "react-polar-portal/testing/msw";
import { POLAR_PROXY } from "./settings";

// One store of orders and subscriptions for the whole server process. Next.js bundles route
// handlers and pages apart, each with its own copy of this module: a billing edit or a cancel made
// through the proxy must show in the next server render.
const processWide = globalThis as typeof globalThis & { polarMock?: PolarMock };
// Every fixture and 250 more orders (a customer with pages of them), and a subscription in each
// state (the mock's default).
const polarMock = (processWide.polarMock ??= createPolarMock({ orders: [...Object.values(fixtures), ...manyOrders(250)] }));

/** Polar's API as this server reaches it. A real shop: `return fetch(request)`. */
async function polarApi(request: Request): Promise<Response> {
  const answer = await getResponse(polarMock.handlers, request);
  return answer ?? Response.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 });
}

/**
 * The signed-in customer's Polar session token: a customer session created with the organization
 * token, which stays on the server (a real shop reads it from `process.env.POLAR_ACCESS_TOKEN` and
 * takes the customer from its own sign-in; `@polar-sh/sdk`'s `customerSessions.create` is the
 * same call). The mock accepts its test organization token and customer.
 */
export async function customerSessionToken(): Promise<string> {
  const answer = await polarApi(
    new Request(`${POLAR_SERVERS.production}/v1/customer-sessions/`, {
      method: "POST",
      headers: { Authorization: `Bearer ${POLAR_TEST_ORGANIZATION_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ external_customer_id: MOCK_EXTERNAL_CUSTOMER_ID }),
    }),
  );
  if (!answer.ok) throw new Error(`Polar refused the customer session: ${answer.status}`);
  return ((await answer.json()) as { token: string }).token;
}

const FORWARDED_HEADERS = ["authorization", "content-type", "polar-version"];

/** Forwards `${POLAR_PROXY}/v1/customer-portal/…` to Polar's API (here: to the mock). */
export async function forwardToPolar(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.slice(POLAR_PROXY.length);
  // Forward the customer portal only: this proxy must not open the rest of Polar's API.
  if (!path.startsWith("/v1/customer-portal/")) {
    return Response.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 });
  }
  const headers = new Headers();
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const upstream = new Request(`${POLAR_SERVERS.production}${path}${url.search}`, {
    method: request.method,
    headers,
    body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.text(),
  });
  return polarApi(upstream);
}

/**
 * The portal client a server component prefetches with. Its base URL is the browser's
 * (POLAR_PROXY): the kit's cache keys include it, so the order the server puts in the cache is the
 * one the browser's components look for. Its requests go through the same proxy, in-process.
 */
export function serverPortalClient(token: string) {
  return createPortalClient({
    server: POLAR_PROXY,
    token,
    fetch: async (input, init) => forwardToPolar(new Request(new URL(String(input), "http://server.invalid"), init)),
  });
}
