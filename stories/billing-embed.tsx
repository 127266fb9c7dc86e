// A stand-in for Polar's card form in the billing stories: the embed's props (`PolarPaymentMethod`'s)
// and its events, played in the page itself (the browser tests serve Polar's page through request
// interception instead; see src/testing/embed). It never reaches Polar or Stripe: on "Save card"
// it adds the card to the story's mock, as Polar would store it, then reports success.
import { useEffect, useState } from "react";
import type { PaymentMethodEmbedComponent, PolarEmbedErrorCode } from "../src/features/billing/embed";
import { FIXTURE_CUSTOMER_ID, type FixturePaymentMethod } from "../src/testing";
import type { PolarMock } from "../src/testing/msw";

export const NEW_CARD: FixturePaymentMethod = {
  id: "8b9c0d1e-0000-4000-8000-0000000000a1",
  created_at: "2026-03-20T12:00:00Z",
  modified_at: null,
  processor: "stripe",
  customer_id: FIXTURE_CUSTOMER_ID,
  type: "card",
  method_metadata: { brand: "mastercard", last4: "5100", exp_month: 11, exp_year: 2029, wallet: null },
  default: false,
};

export interface StandInOptions {
  /** `success` (default): saved; `error`: refused with `code` after Save; `load-error`: refused on load; `hold`: confirming forever; `loading`: never loads. */
  outcome?: "success" | "error" | "load-error" | "hold" | "loading";
  code?: PolarEmbedErrorCode;
  card?: FixturePaymentMethod;
}

/** The stand-in card form for a story's mock. */
export function standInEmbed(polar: PolarMock | null, { outcome = "success", code = "processing_failed", card = NEW_CARD }: StandInOptions = {}): PaymentMethodEmbedComponent {
  return function StandInEmbed({ setAsDefault, onLoaded, onConfirmed, onSuccess, onError }) {
    const [shown, setShown] = useState(false);
    useEffect(() => {
      if (outcome === "loading") return;
      if (outcome === "load-error") return onError?.(code);
      setShown(true);
      onLoaded?.();
    }, []);
    if (!shown) return null;
    const save = () => {
      onConfirmed?.();
      if (outcome === "hold") return;
      if (outcome === "error") return onError?.(code);
      if (polar) {
        const id = card.id;
        // A new default takes the flag from the old one, as Polar moves `default_payment_method_id`.
        const others = polar.paymentMethods.filter((method) => method.id !== id).map((method) => (setAsDefault ? { ...method, default: false } : method));
        polar.setPaymentMethods([...others, { ...card, default: !!setAsDefault }]);
      }
      onSuccess?.(card.id);
    };
    return (
      // Drawn as Polar's form roughly is: a bordered box with a field and its button.
      <div className="story-embed" data-set-default={setAsDefault ? "" : undefined} style={{ display: "grid", gap: "0.5rem", padding: "1rem", border: "1px solid #dde1e6", borderRadius: "0.5rem", background: "#fff", color: "#1a1d21" }}>
        <label style={{ display: "grid", gap: "0.25rem" }}>
          Card number
          <input readOnly value="5100 0000 0000 5100" style={{ font: "inherit", padding: "0.5rem", border: "1px solid #dde1e6", borderRadius: "0.375rem" }} />
        </label>
        <button type="button" onClick={save} style={{ font: "inherit", padding: "0.5rem", border: 0, borderRadius: "0.375rem", background: "#1a1d21", color: "#fff" }}>
          Save card
        </button>
      </div>
    );
  };
}
