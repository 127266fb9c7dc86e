import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { OrderPage } from "./OrderPage";
import { AccountPage } from "./AccountPage";

// The whole portal (subscriptions and orders); `?order=<id>` shows one of the mock's orders alone
// (the fixture ids are in the kit's README).
const orderId = new URLSearchParams(window.location.search).get("order");

// The worker must answer before the portal's first request. Imported on demand, so msw and the
// mock's orders stay out of the app's own bundle.
void import("./mock-polar").then(({ startMockPolar }) => startMockPolar()).then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      {orderId ? (
        <>
          <h1>Your order</h1>
          <OrderPage orderId={orderId} />
        </>
      ) : (
        <AccountPage />
      )}
    </StrictMode>,
  );
});
