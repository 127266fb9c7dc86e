// A merchant's code against the packed package (scripts/check-package.mjs unpacks it into
// node_modules here), type-checked under each moduleResolution with skipLibCheck off.
import { createPortalClient, formatMoney, OrderDetail, orderQueryOptions, useOrder, type CustomerOrder } from "react-polar-portal";
import { CustomerOrderSchema, parseOrder, type OrderBillingUpdate } from "react-polar-portal/schema";
import { fixtures, makeOrder, type FixtureName } from "react-polar-portal/testing";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock } from "react-polar-portal/testing/msw";
import de from "react-polar-portal/locales/de";
import { loadPolarPaymentMethod } from "react-polar-portal/embed";
import { paymentMethodEmbedPage, routePaymentMethodEmbed } from "react-polar-portal/testing";
import type { MessagePack } from "react-polar-portal";

// Types, not `any`: each assignment below must be refused.
// @ts-expect-error a component is not a number
export const component: number = OrderDetail;
// @ts-expect-error a hook is not a number
export const hook: number = useOrder;
// @ts-expect-error a schema is not a number
export const schema: number = CustomerOrderSchema;
// @ts-expect-error the fixtures are not a number
export const named: number = fixtures;
// @ts-expect-error the mock's factory is not a number
export const factory: number = createPolarMock;
// @ts-expect-error the embed's loader is not a number
export const loader: number = loadPolarPaymentMethod;
// @ts-expect-error the stand-in page is a string, not a number
export const standIn: number = paymentMethodEmbedPage();
// @ts-expect-error a message pack is not a number
export const german: number = de;

// ...and a merchant's ordinary use compiles.
const order: CustomerOrder = fixtures.paid;
const name: FixtureName = "jpy";
export const total: string = formatMoney(order.total_amount, order.currency, "en-US");
export const mock: PolarMock = createPolarMock({ orders: [makeOrder({ billing_name: "Ada" })] });
export const options = orderQueryOptions(createPortalClient({ token: POLAR_TEST_TOKEN }), order.id);
export const parsed: CustomerOrder = parseOrder(fixtures[name]);
export const update: OrderBillingUpdate = { billing_name: "Ada Lovelace" };
export const pack: MessagePack = { ...de, retry: "Nochmal" };
// The embed's loader and the stand-in's route helper, typed without @polar-sh/checkout or Playwright.
export const embed: Promise<unknown> = loadPolarPaymentMethod();
export const routed: Promise<{ readonly requests: readonly string[] }> = routePaymentMethodEmbed({ route: async () => {}, unroute: async () => {} });
