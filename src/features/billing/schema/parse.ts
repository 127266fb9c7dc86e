import { parsePage, type Page } from "../../../core/query/list.js";
import { parseAnswer } from "../../../core/schema/parse.js";
import { PortalCustomerSchema, type PortalCustomer } from "./customer.js";
import { PaymentConfirmationSchema, PaymentStatusSchema, type OrderPaymentStatus, type PaymentConfirmation } from "./payment.js";
import { readPaymentMethod, type PaymentMethod } from "./payment-method.js";

// One schema-like object over the tolerant reader, for the core's `parseAnswer`.
const PaymentMethodSchema = { safeParse: readPaymentMethod } as unknown as Parameters<typeof parseAnswer<PaymentMethod>>[0];

/** Checks the customer Polar answered (or one a merchant passes in). */
export const parseCustomer = (value: unknown, status?: number): PortalCustomer => parseAnswer(PortalCustomerSchema, value, status, "customer");

/** Checks one saved payment method (card, kr_card, or any other type as a generic one). */
export const parsePaymentMethod = (value: unknown, status?: number): PaymentMethod => parseAnswer(PaymentMethodSchema, value, status, "payment_method");

/** Checks a page of the payment methods list. */
export const parsePaymentMethodsPage = (body: unknown, status = 200): Page<PaymentMethod> => parsePage(body, status, "payment_method", parsePaymentMethod);

/** Checks the answer of `confirm-payment`. */
export const parsePaymentConfirmation = (value: unknown, status?: number): PaymentConfirmation =>
  parseAnswer(PaymentConfirmationSchema, value, status, "order");

/** Checks the answer of `payment-status`. */
export const parsePaymentStatus = (value: unknown, status?: number): OrderPaymentStatus => parseAnswer(PaymentStatusSchema, value, status, "order");
