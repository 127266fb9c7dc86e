// @vitest-environment node
import { describe, expect, it } from "vitest";

// The public surface is what the README promises. A name added or dropped here is a decision
// about the API (and its semver), made on purpose, not a side effect of a refactor.

describe("the public entries export exactly these names", () => {
  it("react-polar-portal", async () => {
    expect(Object.keys(await import("../src/index")).sort()).toEqual([
      "AddPaymentMethod",
      "BillingAddressForm",
      "BillingDetailsForm",
      "CancelSubscriptionDialog",
      "ChangePlanDialog",
      "CustomerPortal",
      "FailedPaymentBanner",
      "InvoiceButton",
      "OrderDetail",
      "OrderDocuments",
      "OrderItemsTable",
      "OrdersTable",
      "PAY_POLL",
      "POLAR_SERVERS",
      "PayNowDialog",
      "PaymentMethodEmbed",
      "PaymentMethodEmbedProvider",
      "PaymentMethodsList",
      "PortalError",
      "PortalProvider",
      "ReceiptButton",
      "SESSION_EXPIRY_MARGIN_MS",
      "SeatsStepper",
      "StatusBadge",
      "SubscriptionDetail",
      "SubscriptionsList",
      "billingKeys",
      "billingRefusal",
      "canManageBilling",
      "cardExpiry",
      "confirmOrderPayment",
      "createPortalClient",
      "customerQueryOptions",
      "customerSessionUserQueryOptions",
      "defaultMessages",
      "deletePaymentMethod",
      "formatDate",
      "formatMoney",
      "generateInvoice",
      "getChargePreview",
      "getCustomer",
      "getCustomerSessionUser",
      "getInvoiceUrl",
      "getOrder",
      "getOrderPaymentStatus",
      "getPortalOrganization",
      "getReceiptUrl",
      "getSubscription",
      "isCard",
      "isKrCard",
      "isPortalError",
      "isRetryableOrder",
      "listAllPaymentMethods",
      "listOrders",
      "listPaymentMethods",
      "listSubscriptions",
      "orderKeys",
      "orderQueryOptions",
      "ordersQueryOptions",
      "ordersSection",
      "organizationKeys",
      "payPollDelay",
      "paymentMethodsQueryOptions",
      "planChangeEligibility",
      "plural",
      "portalKeys",
      "portalOrganizationQueryOptions",
      "previewSubscriptionChange",
      "refusalField",
      "resourceOf",
      "seatAmount",
      "seatBounds",
      "sessionKeys",
      "subscriptionFlags",
      "subscriptionKeys",
      "subscriptionPhase",
      "subscriptionQueryOptions",
      "subscriptionRefusal",
      "subscriptionsQueryOptions",
      "subscriptionsSection",
      "updateCustomer",
      "updateOrder",
      "updateSubscription",
      "useBillingAccess",
      "useCustomer",
      "useCustomerSessionUser",
      "useDeletePaymentMethod",
      "useFailedPayments",
      "useMessages",
      "useOrder",
      "useOrderInvoice",
      "useOrderReceipt",
      "useOrders",
      "usePayOrder",
      "usePaymentMethods",
      "usePlanOptions",
      "usePortalClient",
      "usePortalOrganization",
      "usePrefetchOrders",
      "usePrefetchSubscriptions",
      "useSetDefaultPaymentMethod",
      "useSubscription",
      "useSubscriptionChangePreview",
      "useSubscriptionChargePreview",
      "useSubscriptions",
      "useUpdateCustomer",
      "useUpdateOrderBilling",
      "useUpdateSubscription",
    ]);
  });

  it("react-polar-portal/schema", async () => {
    expect(Object.keys(await import("../src/schema/index")).sort()).toEqual([
      "AddressInputSchema",
      "AddressSchema",
      "BILLING_REASONS",
      "CANCELLATION_REASONS",
      "CA_PROVINCES",
      "CardMetadataSchema",
      "CustomerOrderSchema",
      "CustomerSubscriptionSchema",
      "CustomerUpdateSchema",
      "INPUT_COUNTRIES",
      "KrCardMetadataSchema",
      "ORDER_STATUSES",
      "OrderBillingUpdateSchema",
      "OrderItemSchema",
      "OrderProductSchema",
      "OrderSubscriptionSchema",
      "PLAN_CHANGE_REFUSALS",
      "POSTAL_CODE_FORMATS",
      "PaymentConfirmationSchema",
      "PaymentMethodCardSchema",
      "PaymentMethodGenericSchema",
      "PaymentMethodKrCardSchema",
      "PaymentStatusSchema",
      "PortalCustomerSchema",
      "PortalProductSchema",
      "SUBSCRIPTION_STATUSES",
      "SubscriptionChargePreviewSchema",
      "US_STATES",
      "billingFormValuesFrom",
      "createBillingFormSchema",
      "customerPatchBody",
      "isValidPostalCode",
      "normalizePostalCode",
      "parseCustomer",
      "parseOrder",
      "parsePaymentMethod",
      "parseSubscription",
      "readPaymentMethod",
      "toBillingUpdate",
    ]);
  });

  it("react-polar-portal/testing", async () => {
    expect(Object.keys(await import("../src/testing/index")).sort()).toEqual([
      "EMBED_PAYMENT_METHOD_ID",
      "FIXTURE_CUSTOMER_ID",
      "FIXTURE_ORDER_ID",
      "FIXTURE_ORGANIZATION_ID",
      "OTHER_CUSTOMER_ID",
      "PAYMENT_METHOD_EMBED_URL",
      "POLAR_PAYMENT_METHOD_MESSAGE",
      "customerFixture",
      "failedPaymentFixtures",
      "fixtureItemId",
      "fixtures",
      "makeCustomerSubscription",
      "makeFixedPrice",
      "makeItem",
      "makeOrder",
      "makeOrganization",
      "makeProduct",
      "makeSeatPrice",
      "makeSubscription",
      "manyItemsOrder",
      "manyOrders",
      "newCustomerFixture",
      "orderAmounts",
      "otherCustomerOrder",
      "otherCustomerSubscription",
      "pausableOrganization",
      "paymentMethodEmbedPage",
      "paymentMethodFixtures",
      "productFixtures",
      "routePaymentMethodEmbed",
      "subscriptionFixtures",
    ]);
  });

  it("react-polar-portal/testing/msw", async () => {
    expect(Object.keys(await import("../src/testing/msw")).sort()).toEqual([
      "CUSTOMER_RETRY_MAX_ATTEMPTS",
      "MOCK_CUSTOMER",
      "MOCK_EXTERNAL_CUSTOMER_ID",
      "MOCK_NOW",
      "POLAR_TEST_ORGANIZATION_TOKEN",
      "POLAR_TEST_TOKEN",
      "SUPPORTED_POLAR_VERSIONS",
      "createPolarMock",
      "defaultPolarMock",
      "handlers",
    ]);
  });

  it("react-polar-portal/embed: the loader of Polar's card embed (the optional peer) and nothing else", async () => {
    expect(Object.keys(await import("../src/embed")).sort()).toEqual(["POLAR_CHECKOUT_INSTALL", "loadPolarPaymentMethod"]);
  });

  it("the package maps each entry to its build", async () => {
    const { default: pkg } = await import("../package.json", { with: { type: "json" } });
    expect(Object.keys(pkg.exports)).toEqual([".", "./schema", "./testing", "./testing/msw", "./embed", "./locales/*", "./styles.css", "./package.json"]);
  });

  it("react-polar-portal/locales/<tag>: each pack is a default export and nothing else", async () => {
    const packs = import.meta.glob<Record<string, unknown>>("../src/locales/*.ts");
    expect(Object.keys(packs).length).toBeGreaterThan(1);
    for (const load of Object.values(packs)) expect(Object.keys(await load())).toEqual(["default"]);
  });

  it("the README lists every fixture with its id", async () => {
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const { fixtures, otherCustomerOrder } = await import("../src/testing/index");
    for (const [name, order] of Object.entries(fixtures)) expect(readme).toContain(`| \`${name}\` | \`${order.id}\` |`);
    expect(readme).toContain(`\`otherCustomerOrder\` (\`${otherCustomerOrder.id}\`)`);
  });
});
