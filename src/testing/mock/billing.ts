// The billing part of the mock Polar, assembled: the saved payment methods, the signed-in
// customer and paying a failed order, with the options that seed them. The three stores name
// each other (a deletion moves subscriptions, a PATCH sets the default, a retry needs the Stripe
// customer), and the subscriptions read the payment outcome: each reads the others only when a
// request comes, so the order they are made in does not matter.
import { customerFixture } from "../billing-fixtures.js";
import { paymentMethodFixtures } from "../payment-method-fixtures.js";
import type { FixtureCustomer, FixturePaymentMethod, PaymentOutcome } from "../billing-types.js";
import type { FixtureCustomerSubscription } from "../types.js";
import type { MockCore } from "./core.js";
import { customerResource } from "./customer.js";
import { orderPaymentResource } from "./order-payment.js";
import type { OrderStore } from "./orders.js";
import { paymentMethodsResource } from "./payment-methods.js";
import { MOCK_CUSTOMER } from "./session.js";

/** `createPolarMock`'s billing options. */
export interface BillingMockOptions {
  /**
   * The customers' saved payment methods (default: one card of the fixture customer,
   * `paymentMethodFixtures.visa`; `[]`: none). The one marked `default` is the customer's
   * `default_payment_method_id`, unless `customer` names one.
   */
  paymentMethods?: readonly FixturePaymentMethod[];
  /**
   * What the card does until `setPaymentOutcome` (default `"succeeded"`): the answer of
   * `POST …/orders/{id}/confirm-payment`, and of a subscription change that bills now.
   */
  paymentOutcome?: PaymentOutcome;
  /**
   * The signed-in customer, over `customerFixture` (billing name, German address and VAT number,
   * a Stripe customer): what `GET …/customers/me` answers, and the name and email of
   * `GET …/customer-session/user`. `default_payment_method_id` overrides the `default` flag of
   * `paymentMethods`; `stripe_customer_id: null` makes every retry 422 `OrderNotEligibleForRetry`.
   */
  customer?: Partial<FixtureCustomer>;
  /** `payment-status` reads that stay `"pending"` before a completed payment shows its outcome (default 1). */
  paymentSettlesAfter?: number;
  /**
   * With `requires_action`: the 3-D Secure challenge completes by itself after this many
   * `payment-status` reads (all `"pending"`), then the payment succeeds. Left out, only
   * `completePaymentAction("succeeded" | "failed")` completes it.
   */
  actionSettlesAfter?: number;
  /** Retries the customer already made of each order (or per order id); at 5 the next is 429. */
  retryAttempts?: number | Readonly<Record<string, number>>;
}

export function billingResources(
  core: MockCore,
  options: BillingMockOptions,
  links: { orders: OrderStore; subscriptions: () => Map<string, FixtureCustomerSubscription> },
) {
  const initialCustomer: FixtureCustomer = { ...customerFixture, id: core.customerId, ...options.customer };
  const paymentMethods = paymentMethodsResource(
    core,
    options.paymentMethods ?? [paymentMethodFixtures.visa],
    options.customer && "default_payment_method_id" in options.customer ? options.customer.default_payment_method_id : undefined,
    {
      subscriptions: () => [...links.subscriptions().values()],
      moveSubscription(id, paymentMethodId) {
        const store = links.subscriptions();
        const subscription = store.get(id.toLowerCase());
        if (subscription) store.set(id.toLowerCase(), { ...subscription, payment_method_id: paymentMethodId });
      },
      stripe: {
        stripeCustomerId: () => customer.state.current().stripe_customer_id ?? null,
        createStripeCustomer: () => customer.state.setStripeCustomer("cus_mock000000000002"),
      },
    },
  );
  const customer = customerResource(core, initialCustomer, paymentMethods.store);
  const payment = orderPaymentResource(
    core,
    {
      paymentOutcome: options.paymentOutcome ?? "succeeded",
      paymentSettlesAfter: options.paymentSettlesAfter ?? 1,
      actionSettlesAfter: options.actionSettlesAfter,
      retryAttempts: options.retryAttempts ?? 0,
    },
    {
      orders: links.orders,
      subscriptions: { get: (id) => links.subscriptions().get(id), set: (id, value) => { links.subscriptions().set(id, value); } },
      paymentMethods: paymentMethods.store,
      customer: customer.state,
    },
  );
  return {
    paymentMethods,
    /** What a charge does now (the subscriptions read it too). */
    outcome: payment.outcome,
    /** Who `customer-session/user` says is signed in. */
    signedIn: () => ({ name: initialCustomer.name, email: initialCustomer.email ?? MOCK_CUSTOMER.email }),
    resources: [paymentMethods, customer, payment] as const,
  };
}
