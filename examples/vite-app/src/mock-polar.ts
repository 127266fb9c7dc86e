// Polar and the shop's session endpoint, answered in the browser by msw's service worker
// (public/mockServiceWorker.js, copied there by `npx msw init public --save`). The app then runs
// without a Polar account or a server of its own. A real app starts the worker in development only
// (`if (import.meta.env.DEV)`) or not at all.
import { http, HttpResponse } from "msw";
import { setupWorker } from "msw/browser";
import { fixtures, manyOrders } from "react-polar-portal/testing";
import { createPolarMock, POLAR_TEST_TOKEN } from "react-polar-portal/testing/msw";

export async function startMockPolar() {
  // Every fixture and 250 more orders (a customer with pages of them), and a subscription in each
  // state (the mock's default), for the token POLAR_TEST_TOKEN; the invoices and receipts served
  // by the mock from this page's origin.
  const polar = createPolarMock({ orders: [...Object.values(fixtures), ...manyOrders(250)], fileOrigin: location.origin });
  // What the shop's server would answer: a customer session token for the signed-in customer.
  const session = http.get("/api/polar-session", () => HttpResponse.json({ token: POLAR_TEST_TOKEN }));
  await setupWorker(...polar.handlers, session).start({ onUnhandledRequest: "bypass", quiet: true });
}
