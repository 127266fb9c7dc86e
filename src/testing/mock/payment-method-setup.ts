// `POST …/customers/me/payment-methods` and `…/payment-methods/confirm`: adding a card, as Polar's
// embed does it on Polar's side (`customer_portal/service/customer.py`: `add_payment_method`,
// `confirm_payment_method`). The kit never calls them; the mock answers both arms of Polar's
// `CustomerPaymentMethodCreateResponse` and its refusals, chosen by the confirmation token:
// - a token containing `requires_action`: 201 `{status:"requires_action", client_secret}`, and
//   `/confirm` with that setup intent (`seti_mock_…`) then saves the card;
// - a token containing `declined`: 400 `PaymentMethodSetupFailed` (Stripe's card error);
// - any other token: 201 `{status:"succeeded", payment_method}`, a new Visa card.
import { HttpResponse } from "msw";
import type { FixtureCardPaymentMethod, FixturePaymentMethod } from "../billing-types.js";
import { polarError, type MockCore, type MockRoute } from "./core.js";
import { isRecord, requestValidationError, serviceValidationError, type ValidationIssue } from "./pydantic.js";

const PATH = "/v1/customer-portal/customers/me/payment-methods";

/** Where a saved card goes (the payment-method store). */
export interface SavedMethods {
  add(method: FixturePaymentMethod): void;
  setDefault(id: string): void;
}

/** The customer's Stripe customer, which adding a card creates when there is none. */
export interface StripeCustomerLink {
  stripeCustomerId(): string | null;
  createStripeCustomer(): void;
}

/** FastAPI's reading of a body's fields, in the schema's order. */
function readFields(body: unknown, fields: [string, "string" | "boolean"][]): ValidationIssue[] {
  if (!isRecord(body)) {
    return [{ type: "model_attributes_type", loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", input: body ?? null }];
  }
  return fields.flatMap(([name, kind]): ValidationIssue[] => {
    const value = body[name];
    if (value === undefined) return [{ type: "missing", loc: ["body", name], msg: "Field required", input: body }];
    if (kind === "string" && typeof value !== "string") return [{ type: "string_type", loc: ["body", name], msg: "Input should be a valid string", input: value }];
    if (kind === "boolean" && typeof value !== "boolean") return [{ type: "bool_type", loc: ["body", name], msg: "Input should be a valid boolean", input: value }];
    return [];
  });
}

export function addPaymentMethodRoutes(core: MockCore, store: SavedMethods, stripe: StripeCustomerLink): { routes: MockRoute[]; reset(): void } {
  let serial = 0;
  // Setup intents waiting for the customer's action, by id: whether the card becomes the default.
  const intents = new Map<string, { customer: string }>();

  const save = (setDefault: boolean) => {
    serial += 1;
    const method: FixtureCardPaymentMethod = {
      id: `8b9c0d1e-0000-4000-8000-${(0xa00 + serial).toString(16).padStart(12, "0")}`,
      created_at: core.now(),
      modified_at: null,
      processor: "stripe",
      customer_id: core.customerId,
      type: "card",
      method_metadata: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2034, wallet: null },
    };
    store.add(method);
    // Polar then schedules a retry of the customer's past-due orders; the mock does not run one.
    if (setDefault) store.setDefault(method.id);
    return HttpResponse.json({ status: "succeeded", payment_method: method }, { status: 201 });
  };
  const invalidIntent = (input: unknown) =>
    serviceValidationError([{ type: "invalid", loc: ["body", "setup_intent_id"], msg: "Invalid setup_intent_id.", input }]);

  const routes: MockRoute[] = [
    {
      method: "post",
      path: PATH,
      access: "billing",
      answer({ body }) {
        const issues = readFields(body, [["confirmation_token_id", "string"], ["set_default", "boolean"], ["return_url", "string"]]);
        if (issues.length > 0) return requestValidationError(issues);
        const { confirmation_token_id: token, set_default: setDefault } = body as { confirmation_token_id: string; set_default: boolean };
        if (stripe.stripeCustomerId() === null) stripe.createStripeCustomer();
        if (token.includes("declined")) {
          return polarError(400, "PaymentMethodSetupFailed", "Could not add this payment method: Your card was declined. Please try again with a different card.");
        }
        if (token.includes("requires_action")) {
          serial += 1;
          const id = `seti_mock${serial.toString().padStart(6, "0")}`;
          intents.set(id, { customer: core.customerId });
          return HttpResponse.json({ status: "requires_action", client_secret: `${id}_secret_mock` }, { status: 201 });
        }
        return save(setDefault);
      },
    },
    {
      method: "post",
      path: `${PATH}/confirm`,
      access: "billing",
      answer({ body }) {
        const issues = readFields(body, [["setup_intent_id", "string"], ["set_default", "boolean"]]);
        if (issues.length > 0) return requestValidationError(issues);
        const { setup_intent_id: id, set_default: setDefault } = body as { setup_intent_id: string; set_default: boolean };
        if (stripe.stripeCustomerId() === null) return polarError(403, "CustomerNotReady", "Customer is not ready for this operation.");
        if (intents.get(id)?.customer !== core.customerId) return invalidIntent(id);
        intents.delete(id);
        return save(setDefault);
      },
    },
  ];
  return {
    routes,
    reset() {
      serial = 0;
      intents.clear();
    },
  };
}
