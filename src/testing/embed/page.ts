// A stand-in for Polar's card embed page (https://polar.sh/embed/payment-method), served in its
// place by a browser test's request interception: it talks to the merchant's page exactly as
// Polar's page does (`{ type: "POLAR_PAYMENT_METHOD", event, ... }` posted to `embed_origin`),
// shows a small fake card form, and never reaches Polar or Stripe. Free of React and of any test
// runner, so a merchant's Playwright, Cypress or Vitest serves it as it is.
import type { PolarEmbedErrorCode } from "../../features/billing/embed/types.js";

/** The payment method id the stand-in reports by default (Polar's ids are UUIDs). */
export const EMBED_PAYMENT_METHOD_ID = "5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f";

/** The `type` of every message Polar's embed page posts to the merchant's page. */
export const POLAR_PAYMENT_METHOD_MESSAGE = "POLAR_PAYMENT_METHOD";

export interface PaymentMethodEmbedPageOptions {
  /**
   * What happens, as Polar's page would do it:
   * - `"success"` (default): the form loads; "Save card" posts `confirmed`, then `success` with
   *   `paymentMethodId`. The stand-in saves nothing: to show the card in the list, add it to your
   *   mock (`controls.setPaymentMethods`) when the test sees the success.
   * - `"error"`: the form loads; "Save card" posts `confirmed`, then `error` with `errorCode`
   *   (a declined card: `processing_failed`, Polar's default here). With `errorOnLoad`, the form
   *   never shows and `error` is posted instead of `loaded` (an expired token: `unauthorized`).
   * - `"loading"`: nothing is ever posted (Polar's page still loading, or stuck).
   */
  outcome?: "success" | "error" | "loading";
  paymentMethodId?: string;
  errorCode?: PolarEmbedErrorCode;
  errorOnLoad?: boolean;
  /**
   * The session token the page accepts: another one (or none) in its URL is refused on load with
   * `unauthorized`, as Polar's page does with a token Polar does not know. By default any
   * non-empty token is accepted.
   */
  sessionToken?: string;
}

/** JSON that is safe inside an inline <script> (no `</script>`, no `<!--`). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * The stand-in page's HTML. It reads its own URL as Polar's page does: `session_token`,
 * `embed_origin` (where the messages go; nothing is posted without it), `theme` (`dark` paints it
 * dark), `locale` (its `lang`) and `set_default`, and shows them as `data-*` on its `<body>` for
 * a test to read.
 */
export function paymentMethodEmbedPage(options: PaymentMethodEmbedPageOptions = {}): string {
  const config = {
    type: POLAR_PAYMENT_METHOD_MESSAGE,
    outcome: options.outcome ?? "success",
    paymentMethodId: options.paymentMethodId ?? EMBED_PAYMENT_METHOD_ID,
    errorCode: options.errorCode ?? (options.errorOnLoad ? "unauthorized" : "processing_failed"),
    errorOnLoad: options.errorOnLoad ?? false,
    sessionToken: options.sessionToken ?? null,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Add a card (stand-in for Polar's embed)</title>
<style>
  :root { color-scheme: light; font: 16px/1.4 "DejaVu Sans", sans-serif; }
  html, body { margin: 0; background: #fff; color: #1a1d21; }
  body[data-theme="dark"] { background: #15171a; color: #eceef1; }
  form { display: grid; gap: 8px; padding: 12px; }
  label { display: grid; gap: 4px; font-size: 14px; }
  input { font: inherit; padding: 8px; border: 1px solid #8a919c; border-radius: 6px; background: transparent; color: inherit; }
  button { font: inherit; padding: 8px 12px; border: 0; border-radius: 6px; background: #0057e6; color: #fff; }
  button:disabled { opacity: 0.6; }
  [hidden] { display: none; }
</style>
</head>
<body>
<p id="waiting" hidden>Loading…</p>
<form id="card" hidden>
  <label>Card number <input name="number" inputmode="numeric" autocomplete="cc-number" value="4242 4242 4242 4242"></label>
  <label>Expiry <input name="expiry" autocomplete="cc-exp" value="12 / 34"></label>
  <button type="submit">Save card</button>
  <p id="status" role="status"></p>
</form>
<script>
(function () {
  var config = ${scriptJson(config)};
  var params = new URL(window.location.href).searchParams;
  var origin = params.get("embed_origin");
  var token = params.get("session_token");
  var body = document.body;
  body.dataset.theme = params.get("theme") || "light";
  body.dataset.locale = params.get("locale") || "";
  body.dataset.setDefault = params.get("set_default") || "true";
  body.dataset.embed = params.get("embed") || "";
  if (params.get("locale")) document.documentElement.lang = params.get("locale");
  function post(message) {
    message.type = config.type;
    if (origin) window.parent.postMessage(message, origin);
  }
  function size() { post({ event: "resize", height: document.documentElement.scrollHeight }); }
  var form = document.getElementById("card");
  var status = document.getElementById("status");
  if (config.outcome === "loading") {
    document.getElementById("waiting").hidden = false;
    return;
  }
  var refused = !token || (config.sessionToken !== null && token !== config.sessionToken);
  if (refused || (config.outcome === "error" && config.errorOnLoad)) {
    post({ event: "error", code: refused ? "unauthorized" : config.errorCode });
    return;
  }
  form.hidden = false;
  if (typeof ResizeObserver === "function") new ResizeObserver(size).observe(document.documentElement);
  size();
  post({ event: "loaded" });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button");
    button.disabled = true;
    post({ event: "confirmed" });
    setTimeout(function () {
      if (config.outcome === "error") {
        button.disabled = false;
        status.textContent = "Your card was declined.";
        post({ event: "error", code: config.errorCode });
      } else {
        status.textContent = "Card saved.";
        post({ event: "success", paymentMethodId: config.paymentMethodId });
      }
    }, 0);
  });
})();
</script>
</body>
</html>
`;
}
