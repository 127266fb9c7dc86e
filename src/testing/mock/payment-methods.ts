// The customer's saved cards as the mock Polar keeps them. Today only the subscription rules read
// them (409 `PaymentMethodRequired`, 402 `missing_payment_method`); the payment-method routes of
// the customer portal (`…/customers/me/payment-methods`) will be served from this store.
import type { FixturePaymentMethod } from "../types.js";
import { clone, type MockResource } from "./core.js";

export interface PaymentMethodControls {
  /** The stored cards of every customer (a copy). */
  readonly paymentMethods: FixturePaymentMethod[];
  /** Replaces the stored cards (an empty list: the customer has no card). */
  setPaymentMethods(methods: readonly FixturePaymentMethod[]): void;
}

export interface PaymentMethodStore {
  /**
   * The card a charge now goes to, as Polar's order service picks it: the subscription's own
   * card, else the customer's default (a customer with cards but none marked default has none).
   */
  chargeable(customerId: string, paymentMethodId?: string | null): FixturePaymentMethod | undefined;
  /** Whether the customer has any card (Polar's `get_customer_payment_method`: the default, else the first). */
  hasCard(customerId: string): boolean;
}

export function paymentMethodsResource(initial: readonly FixturePaymentMethod[]): MockResource<PaymentMethodControls> & { store: PaymentMethodStore } {
  let methods = clone([...initial]);
  const own = (customerId: string) => methods.filter((method) => method.customer_id === customerId);
  return {
    routes: [],
    store: {
      chargeable(customerId, paymentMethodId) {
        const named = paymentMethodId ? own(customerId).find((method) => method.id === paymentMethodId) : undefined;
        return named ?? own(customerId).find((method) => method.default);
      },
      hasCard: (customerId) => own(customerId).length > 0,
    },
    reset() {
      methods = clone([...initial]);
    },
    controls: {
      get paymentMethods() {
        return clone(methods);
      },
      setPaymentMethods(next) {
        methods = clone([...next]);
      },
    },
  };
}
