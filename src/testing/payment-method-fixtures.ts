// The customer's saved payment methods, one of every kind Polar lists (cards, wallet cards, a
// Korean card, a generic method), for stories, tests and the mock Polar
// (`createPolarMock({ paymentMethods })`). Free of msw and of React. "Expiring soon" is within 30
// days of the mock's clock (`MOCK_NOW`, 2026-03-20 12:00 UTC).
import { FIXTURE_CUSTOMER_ID } from "./fixtures.js";
import type { FixturePaymentMethod } from "./billing-types.js";

const card = (n: number, created_at: string, metadata: { brand: string; last4: string; exp_month: number; exp_year: number; wallet?: string | null }) => ({
  id: `8b9c0d1e-0000-4000-8000-${n.toString(16).padStart(12, "0")}`,
  created_at,
  modified_at: null,
  processor: "stripe" as const,
  customer_id: FIXTURE_CUSTOMER_ID,
  type: "card" as const,
  method_metadata: { ...metadata, wallet: metadata.wallet ?? null },
  default: false,
});

/**
 * The fixture customer's saved payment methods. `visa` is the default (and the mock's only card
 * unless `paymentMethods` says otherwise); `mastercard` keeps its id and its Apple Pay wallet.
 */
export const paymentMethodFixtures = {
  visa: { ...card(1, "2026-01-14T09:20:00Z", { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 }), default: true },
  mastercard: card(2, "2026-02-02T15:00:00Z", { brand: "mastercard", last4: "4444", exp_month: 3, exp_year: 2028, wallet: "apple_pay" }),
  /** Expires at the end of this month (March 2026): within 30 days of the fixtures' "now". */
  expiringSoon: card(3, "2025-04-02T08:00:00Z", { brand: "amex", last4: "0005", exp_month: 3, exp_year: 2026 }),
  /** Expired at the end of January 2026: Polar still lists it. */
  expired: card(4, "2024-01-20T08:00:00Z", { brand: "discover", last4: "1117", exp_month: 1, exp_year: 2026 }),
  /** A card in Google Pay. */
  googlePay: card(5, "2026-03-01T10:00:00Z", { brand: "visa", last4: "1881", exp_month: 8, exp_year: 2029, wallet: "google_pay" }),
  /** A Korean card (`PaymentMethodKrCard`): brand and last digits, no expiry. */
  krCard: {
    id: "8b9c0d1e-0000-4000-8000-000000000006",
    created_at: "2026-02-20T01:00:00Z",
    modified_at: null,
    processor: "stripe",
    customer_id: FIXTURE_CUSTOMER_ID,
    type: "kr_card",
    method_metadata: { brand: "shinhan", last4: "0019" },
    default: false,
  },
  /** A SEPA direct debit (`PaymentMethodGeneric`): Polar answers only its type. */
  sepaDebit: {
    id: "8b9c0d1e-0000-4000-8000-000000000007",
    created_at: "2026-02-25T12:00:00Z",
    modified_at: null,
    processor: "stripe",
    customer_id: FIXTURE_CUSTOMER_ID,
    type: "sepa_debit",
    default: false,
  },
} satisfies Record<string, FixturePaymentMethod>;

export type PaymentMethodFixtureName = keyof typeof paymentMethodFixtures;
