// The billing shapes the fixtures and the mock's answers are built in: the signed-in customer
// (`CustomerPortalCustomer`), saved payment methods (`CustomerPaymentMethod`) and what the card
// does when the mock charges it. They follow Polar's SDK field for field (test/types pins it).
import type { FixtureAddress } from "./types.js";

/** What every saved payment method of Polar's `CustomerPaymentMethod` union carries. */
interface FixturePaymentMethodBase {
  id: string;
  created_at: string;
  modified_at: string | null;
  processor: "stripe";
  customer_id: string;
  /**
   * Not part of Polar's answer: whether it is the customer's `default_payment_method_id` when the
   * mock starts (the mock then keeps the default on the customer, as Polar does).
   */
  default?: boolean;
}

/** A card (`PaymentMethodCard`), possibly in a wallet (`apple_pay`, `google_pay`, `link`). */
export interface FixtureCardPaymentMethod extends FixturePaymentMethodBase {
  type: "card";
  method_metadata: {
    brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
    wallet: string | null;
  };
}

/** A Korean card (`PaymentMethodKrCard`): brand and last digits, no expiry. */
export interface FixtureKrCardPaymentMethod extends FixturePaymentMethodBase {
  type: "kr_card";
  method_metadata: { brand: string | null; last4: string | null };
}

/** Any other method Stripe saves (`PaymentMethodGeneric`: only its type, e.g. `sepa_debit`). */
export interface FixtureGenericPaymentMethod extends FixturePaymentMethodBase {
  type: string;
}

/**
 * A saved payment method of the customer (`CustomerPaymentMethod` of
 * `GET …/customers/me/payment-methods`): a card, a Korean card or a generic one.
 */
export type FixturePaymentMethod = FixtureCardPaymentMethod | FixtureKrCardPaymentMethod | FixtureGenericPaymentMethod;

/** Polar's tax ID formats the mock validates (`TaxIDFormat`); any other of Polar's is still a string. */
export type FixtureTaxIdFormat = "eu_vat" | "gb_vat" | "us_ein" | "ch_vat" | "no_vat" | "au_abn" | (string & {});

/**
 * The signed-in customer as Polar's customer portal answers it (`CustomerPortalCustomer` of
 * `GET …/customers/me`), plus what Polar keeps to itself (dropped from every answer).
 */
export interface FixtureCustomer {
  id: string;
  created_at: string;
  modified_at: string | null;
  email: string | null;
  email_verified: boolean;
  name: string | null;
  billing_name: string | null;
  billing_address: FixtureAddress | null;
  /** `[value, format]`, the value as Polar normalised it (e.g. `["DE123456788", "eu_vat"]`). */
  tax_id: [string, FixtureTaxIdFormat] | null;
  oauth_accounts: Record<string, { account_id: string; account_username: string | null }>;
  default_payment_method_id: string | null;
  type: "individual" | "team" | null;
  locale: string | null;
  /**
   * Not part of Polar's answer: the customer's Stripe customer (default: one). Null: the customer
   * never paid by card, so a retry is 422 `OrderNotEligibleForRetry` and `…/confirm` 403 `CustomerNotReady`.
   */
  stripe_customer_id?: string | null;
}

/**
 * What `POST …/orders/{id}/confirm-payment` does with the card (and, for subscriptions, what a
 * change that bills now does): `succeeded` pays at once; `failed` is declined; `requires_action`
 * needs 3-D Secure (a `client_secret`, then `payment-status` reads `pending` until the action is
 * completed); `in_progress`: Polar already holds the order's payment lock (its own scheduled retry
 * is running), so the confirmation is 409 `PaymentAlreadyInProgress` and `payment-status` reads
 * `pending` before that payment succeeds.
 */
export type PaymentOutcome = "succeeded" | "failed" | "requires_action" | "in_progress";
