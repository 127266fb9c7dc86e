import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { FIXTURE_ORDER_ID } from "react-polar-portal/testing";
import { OrderPage } from "./OrderPage";

// Any of the mock's orders by `?order=<id>` (the fixture ids are in the kit's README).
const orderId = new URLSearchParams(window.location.search).get("order") ?? FIXTURE_ORDER_ID;

// The worker must answer before the portal's first request. Imported on demand, so msw and the
// mock's orders stay out of the app's own bundle.
void import("./mock-polar").then(({ startMockPolar }) => startMockPolar()).then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <h1>Your order</h1>
      <OrderPage orderId={orderId} />
    </StrictMode>,
  );
});
