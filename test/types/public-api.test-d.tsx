// The types a merchant sees through the public entry: every type used in a public signature can
// be named, and the components, hooks and query options type-check the way the README uses them.
import { QueryClient, type UseMutationResult } from "@tanstack/react-query";
import { createRef, type ComponentProps } from "react";
import { describe, expectTypeOf, test } from "vitest";
import {
  BillingAddressForm,
  createPortalClient,
  defaultMessages,
  generateInvoice,
  getInvoiceUrl,
  getReceiptUrl,
  InvoiceButton,
  OrderDetail,
  OrderDocuments,
  OrderItemsTable,
  ReceiptButton,
  useOrderInvoice,
  useOrderReceipt,
  orderQueryOptions,
  OrdersTable,
  CustomerPortal,
  ordersSection,
  subscriptionsSection,
  billingSection,
  type BillingSectionOptions,
  type PortalPlace,
  type OrdersSectionOptions,
  type SubscriptionsSectionOptions,
  type PortalLocation,
  type PortalSection,
  type PortalSectionProps,
  listOrders,
  ordersQueryOptions,
  useOrders,
  usePrefetchOrders,
  plural,
  PortalError,
  useUpdateOrderBilling,
  type BillingAddressFormProps,
  type CustomerOrder,
  type DocumentState,
  type InvoiceButtonProps,
  type MessageOverrides,
  type OrderDocument,
  type OrderDocumentsProps,
  type ReceiptButtonProps,
  type OrderBillingUpdate,
  type OrderComponentProps,
  type OrderDetailProps,
  type OrderItemsTableProps,
  type PluralForms,
  type PortalClientOptions,
  type PortalErrorInit,
  type PostalCodeErrorValues,
  type UpdateContext,
  type UseUpdateOrderBillingResult,
  type ListOrdersParams,
  type OrderSorting,
  type OrdersPage,
  type OrdersTableProps,
  type CustomerPortalProps,
  type HeadingLevel,
  type ProductBillingType,
  type UseOrdersOptions,
  type UseOrdersResult,
  canManageBilling,
  customerSessionUserQueryOptions,
  getCustomerSessionUser,
  getPortalOrganization,
  portalKeys,
  portalOrganizationQueryOptions,
  useBillingAccess,
  useCustomerSessionUser,
  usePortalOrganization,
  type BillingAccess,
  type CustomerPortalSettings,
  type CustomerSessionLike,
  type PortalOrganizationData,
  type PortalResource,
  type PortalUser,
  type TokenAnswer,
  type TokenSource,
} from "../../src";
import type { UseQueryResult } from "@tanstack/react-query";
import * as subscriptions from "../../src";

describe("types in public signatures can be named", () => {
  test("the error, the client, the messages", () => {
    expectTypeOf<ConstructorParameters<typeof PortalError>[0]>().toEqualTypeOf<PortalErrorInit>();
    expectTypeOf<Parameters<typeof createPortalClient>[0]>().toEqualTypeOf<PortalClientOptions>();
    expectTypeOf<Parameters<typeof defaultMessages.formErrorPostalCodeInvalid>[0]>().toEqualTypeOf<PostalCodeErrorValues>();
    expectTypeOf<Parameters<typeof plural>[2]>().toEqualTypeOf<PluralForms>();
  });

  test("the update hook's result", () => {
    expectTypeOf<ReturnType<typeof useUpdateOrderBilling>>().toEqualTypeOf<UseUpdateOrderBillingResult>();
    expectTypeOf<UseUpdateOrderBillingResult>().toEqualTypeOf<UseMutationResult<CustomerOrder, PortalError, OrderBillingUpdate, UpdateContext>>();
  });
});

describe("components", () => {
  test("take an order or an id, root attributes and a ref to an HTMLElement", () => {
    const ref = createRef<HTMLElement>();
    void (<OrderDetail orderId="ord" ref={ref} id="x" style={{ margin: 0 }} data-testid="d" aria-label="Order" />);
    void (<OrderItemsTable orderId="ord" ref={ref} className="mine" />);
    void (<BillingAddressForm orderId="ord" ref={ref} onSuccess={(order) => expectTypeOf(order).toEqualTypeOf<CustomerOrder>()} />);
    expectTypeOf<OrderDetailProps>().toExtend<OrderComponentProps>();
    expectTypeOf<OrderItemsTableProps>().toExtend<OrderComponentProps>();
    expectTypeOf<BillingAddressFormProps>().toExtend<OrderComponentProps>();
    // The error note's ways forward, on every order component: a sign-in (awaited when it returns
    // a promise) and the way back to the merchant's list, as a callback or an address.
    void (<OrderDetail orderId="ord" onSignIn={async () => {}} onBack={() => {}} backHref="/orders" />);
    expectTypeOf<OrderComponentProps["onSignIn"]>().toEqualTypeOf<(() => unknown) | undefined>();
    expectTypeOf<OrderComponentProps["backHref"]>().toEqualTypeOf<string | undefined>();
    // The form's own onSubmit is the billing save, not the DOM event handler.
    expectTypeOf<ComponentProps<typeof BillingAddressForm>["onSubmit"]>().toEqualTypeOf<BillingAddressFormProps["onSubmit"]>();
  });

  test("refuse a misspelt prop", () => {
    // @ts-expect-error `orderID` is not a prop
    void (<OrderDetail orderID="ord" />);
  });
});

describe("invoice and receipt", () => {
  test("hooks take an order or its id and give a state and two moves", () => {
    expectTypeOf(useOrderInvoice).parameter(0).toEqualTypeOf<CustomerOrder | string>();
    expectTypeOf(useOrderReceipt).returns.toEqualTypeOf<OrderDocument>();
    expectTypeOf<OrderDocument["state"]>().toEqualTypeOf<DocumentState>();
    expectTypeOf<OrderDocument["download"]>().toEqualTypeOf<() => void>();
    expectTypeOf<DocumentState["status"]>().toEqualTypeOf<
      "idle" | "preparing" | "ready" | "missing_billing_details" | "unavailable" | "refused" | "unauthorized" | "error"
    >();
    expectTypeOf<Extract<DocumentState, { status: "error" }>["error"]>().toEqualTypeOf<PortalError | null>();
  });

  test("endpoint functions take the client and resolve with a link", () => {
    const client = createPortalClient({ token: "polar_cst_x" });
    expectTypeOf(generateInvoice(client, "ord")).toEqualTypeOf<Promise<void>>();
    expectTypeOf(getInvoiceUrl(client, "ord")).toEqualTypeOf<Promise<string>>();
    // Request options as every call takes them (listOrders, getOrder): an object, not a bare signal.
    expectTypeOf(getInvoiceUrl(client, "ord", { signal: new AbortController().signal })).toEqualTypeOf<Promise<string>>();
    expectTypeOf(getReceiptUrl(client, "ord")).toEqualTypeOf<Promise<string>>();
  });

  test("components take an order or an id, root attributes and a ref; the slot takes them", () => {
    const ref = createRef<HTMLElement>();
    void (<InvoiceButton orderId="ord" ref={ref} onEditBillingDetails={(order) => expectTypeOf(order).toEqualTypeOf<CustomerOrder>()} />);
    void (<ReceiptButton orderId="ord" className="mine" data-testid="r" />);
    void (<OrderDetail orderId="ord" documents={<OrderDocuments orderId="ord" />} />);
    expectTypeOf<InvoiceButtonProps>().toExtend<OrderComponentProps>();
    expectTypeOf<ReceiptButtonProps>().toExtend<OrderComponentProps>();
    expectTypeOf<OrderDocumentsProps>().toExtend<OrderComponentProps>();
    // @ts-expect-error a receipt needs no billing form
    void (<ReceiptButton orderId="ord" onEditBillingDetails={() => {}} />);
  });

  test("their words can be overridden like any message", () => {
    expectTypeOf<{ invoiceDownload: string; receiptUnavailable: string }>().toExtend<MessageOverrides>();
  });
});

describe("query options", () => {
  test("prefetch and read the cache with the order's type", async () => {
    const client = createPortalClient({ token: "polar_cst_x", server: "sandbox" });
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(orderQueryOptions(client, "ord"));
    expectTypeOf(queryClient.getQueryData(orderQueryOptions(client, "ord").queryKey)).toEqualTypeOf<CustomerOrder | undefined>();
  });
});

describe("the orders list", () => {
  test("useOrders, listOrders and ordersQueryOptions take typed parameters and give a typed page", async () => {
    expectTypeOf<Parameters<typeof useOrders>>().toEqualTypeOf<[params?: ListOrdersParams, options?: UseOrdersOptions]>();
    expectTypeOf<ReturnType<typeof usePrefetchOrders>>().toEqualTypeOf<(params: ListOrdersParams) => void>();
    expectTypeOf<ReturnType<typeof useOrders>>().toEqualTypeOf<UseOrdersResult>();
    expectTypeOf<UseOrdersResult>().toEqualTypeOf<UseQueryResult<OrdersPage, PortalError>>();
    expectTypeOf<OrdersPage["items"]>().toEqualTypeOf<CustomerOrder[]>();
    expectTypeOf<ListOrdersParams["productBillingType"]>().toEqualTypeOf<ProductBillingType | readonly ProductBillingType[] | undefined>();
    expectTypeOf<"-created_at">().toExtend<OrderSorting>();
    expectTypeOf<"-total">().not.toExtend<OrderSorting>();
    const client = createPortalClient({ token: "polar_cst_x" });
    expectTypeOf(listOrders(client, { productId: ["a", "b"], sorting: ["-amount", "product"] })).toEqualTypeOf<Promise<OrdersPage>>();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(ordersQueryOptions(client, { page: 2 }));
    expectTypeOf(queryClient.getQueryData(ordersQueryOptions(client, { page: 2 }).queryKey)).toEqualTypeOf<OrdersPage | undefined>();
    // @ts-expect-error Polar sorts by no such thing
    void listOrders(client, { sorting: "status" });
  });

  test("OrdersTable: parameters controlled or not, open and action slots, root attributes and a ref", () => {
    const ref = createRef<HTMLElement>();
    void (<OrdersTable defaultParams={{ limit: 25 }} getOrderHref={(order) => `/orders/${order.id}`} ref={ref} className="mine" data-testid="list" />);
    void (<OrdersTable params={{ page: 2 }} onParamsChange={(params) => expectTypeOf(params).toEqualTypeOf<ListOrdersParams>()} onOpenOrder={(order) => expectTypeOf(order).toEqualTypeOf<CustomerOrder>()} renderActions={() => null} />);
    expectTypeOf<OrdersTableProps["renderActions"]>().toEqualTypeOf<((order: CustomerOrder, rowHeaderId: string) => React.ReactNode) | undefined>();
    void (<OrdersTable onSignIn={() => {}} />);
    // @ts-expect-error the list takes no order
    void (<OrdersTable orderId="ord" />);
  });

  test("CustomerPortal: sections (the kit's with options, or the merchant's), where it is controlled or not, links, root attributes and a ref", () => {
    const ref = createRef<HTMLElement>();
    void (<CustomerPortal ref={ref} className="mine" data-testid="portal" defaultSection="orders" defaultView={null} />);
    void (<CustomerPortal section="orders" view={null} onNavigate={(to) => expectTypeOf(to).toEqualTypeOf<PortalLocation>()} />);
    void (<CustomerPortal getHref={({ section, view }) => `/account/${section}/${view ?? ""}`} />);
    const support: PortalSection = { id: "support", label: "Support", render: ({ view, navigate }) => <button onClick={() => navigate(null)}>{view}</button> };
    void (<CustomerPortal sections={[support, ordersSection({ editableBilling: false, listParams: { page: 2 }, onListParamsChange: (params) => expectTypeOf(params).toEqualTypeOf<ListOrdersParams>() })]} />);
    expectTypeOf<PortalLocation>().toEqualTypeOf<{ section: string; view: string | null }>();
    expectTypeOf<PortalSectionProps["navigate"]>().toEqualTypeOf<(view: string | null) => void>();
    expectTypeOf<OrdersSectionOptions["editableBilling"]>().toEqualTypeOf<boolean | undefined>();
    void (<CustomerPortal sections={[subscriptionsSection({ defaultListParams: { active: true } }), ordersSection()]} />);
    expectTypeOf<SubscriptionsSectionOptions["onListParamsChange"]>().parameter(0).toHaveProperty("active");
    expectTypeOf<CustomerPortalProps["headingLevel"]>().toEqualTypeOf<HeadingLevel | undefined>();
    void (
      <CustomerPortal
        sections={[
          subscriptionsSection(),
          ordersSection(),
          billingSection({ countries: ["DE", "FR"], handleNextAction: async (secret) => void expectTypeOf(secret).toBeString(), onPaid: (order) => expectTypeOf(order).toEqualTypeOf<CustomerOrder>() }),
        ]}
      />
    );
    expectTypeOf<BillingSectionOptions["now"]>().toEqualTypeOf<Date | undefined>();
    // A section's notice is what another section shows of it (the billing section's failed payment above the subscriptions).
    expectTypeOf<PortalPlace["notice"]>().toEqualTypeOf<PortalSection["notice"]>();
    expectTypeOf(billingSection().billing).toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error the billing section has no list parameters
    billingSection({ listParams: {} });
    // @ts-expect-error the portal takes ids, not orders
    void (<CustomerPortal order={{}} />);
    // @ts-expect-error a section says what it shows
    void (<CustomerPortal sections={[{ id: "support", label: "Support" }]} />);
  });
});

describe("the session", () => {
  test("a getter may answer a token, Polar's CustomerSession, or nothing (signed out)", () => {
    expectTypeOf<() => Promise<CustomerSessionLike>>().toExtend<TokenSource>();
    expectTypeOf<() => string | null>().toExtend<TokenSource>();
    expectTypeOf<TokenAnswer>().toEqualTypeOf<string | CustomerSessionLike | null | undefined>();
    // Polar's own answer to POST /v1/customer-sessions/ fits as it is.
    const polarSession = { id: "cs", token: "polar_cst_x", expires_at: "2026-06-01T10:00:00Z", return_url: null, customer_portal_url: "https://polar.sh/x/portal", customer_id: "c" };
    void createPortalClient({ token: async () => polarSession });
    // @ts-expect-error a number is no token
    void createPortalClient({ token: () => 42 });
  });

  test("any method, and the resource errors are about", () => {
    const client = createPortalClient({ token: "polar_cst_x" });
    void client.request({ method: "DELETE", path: "/v1/customer-portal/subscriptions/s", resource: "subscription" });
    expectTypeOf<PortalError["resource"]>().toEqualTypeOf<PortalResource | undefined>();
  });

  test("who the session is and what the merchant's portal allows: hooks, query options, endpoint functions", async () => {
    const client = createPortalClient({ token: "polar_cst_x" });
    expectTypeOf(getCustomerSessionUser(client)).toEqualTypeOf<Promise<PortalUser>>();
    expectTypeOf(getPortalOrganization(client, "acme")).toEqualTypeOf<Promise<PortalOrganizationData>>();
    expectTypeOf(useCustomerSessionUser).returns.toEqualTypeOf<UseQueryResult<PortalUser, PortalError>>();
    expectTypeOf(usePortalOrganization).returns.toEqualTypeOf<UseQueryResult<PortalOrganizationData, PortalError>>();
    expectTypeOf(useBillingAccess).returns.toEqualTypeOf<BillingAccess>();
    expectTypeOf<BillingAccess["canManageBilling"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf(canManageBilling).parameter(0).toExtend<Pick<PortalUser, "type" | "role">>();
    expectTypeOf<PortalOrganizationData["organization"]["customer_portal_settings"]>().toEqualTypeOf<CustomerPortalSettings>();
    expectTypeOf<CustomerPortalSettings["subscription"]["pause"]>().toEqualTypeOf<boolean | undefined>();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(customerSessionUserQueryOptions(client));
    expectTypeOf(queryClient.getQueryData(customerSessionUserQueryOptions(client).queryKey)).toEqualTypeOf<PortalUser | undefined>();
    expectTypeOf(queryClient.getQueryData(portalOrganizationQueryOptions(client, "acme").queryKey)).toEqualTypeOf<PortalOrganizationData | undefined>();
    expectTypeOf(customerSessionUserQueryOptions(client).queryKey[0]).toEqualTypeOf<(typeof portalKeys.all)[0]>();
  });
});

describe("subscriptions: the data layer", () => {
  const { useSubscriptions, useSubscription, useUpdateSubscription, usePrefetchSubscriptions, useSubscriptionChargePreview, useSubscriptionChangePreview, usePlanOptions } = subscriptions;
  type Sub = subscriptions.CustomerSubscription;

  test("hooks return react-query's results, the update its refusal too", () => {
    expectTypeOf(useSubscriptions).returns.toEqualTypeOf<UseQueryResult<subscriptions.SubscriptionsPage, PortalError>>();
    expectTypeOf(useSubscriptions).parameter(0).toEqualTypeOf<subscriptions.ListSubscriptionsParams | undefined>();
    expectTypeOf(useSubscription).returns.toEqualTypeOf<UseQueryResult<Sub, PortalError>>();
    expectTypeOf<ReturnType<typeof usePrefetchSubscriptions>>().toEqualTypeOf<(params: subscriptions.ListSubscriptionsParams) => void>();
    expectTypeOf<ReturnType<typeof useUpdateSubscription>>().toExtend<
      UseMutationResult<Sub, PortalError, subscriptions.SubscriptionUpdate, subscriptions.SubscriptionUpdateContext>
    >();
    expectTypeOf<ReturnType<typeof useUpdateSubscription>["refusal"]>().toEqualTypeOf<subscriptions.SubscriptionRefusal | null>();
    expectTypeOf(useSubscriptionChargePreview).returns.toEqualTypeOf<subscriptions.PreviewResult<subscriptions.ChargePreview>>();
    expectTypeOf(useSubscriptionChangePreview).returns.toEqualTypeOf<subscriptions.ChangePreviewResult>();
    expectTypeOf<subscriptions.ChangePreviewResult["billsNow"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf(usePlanOptions).returns.toEqualTypeOf<subscriptions.PlanOptions>();
    expectTypeOf<subscriptions.PreviewSource>().toEqualTypeOf<"polar" | "prices" | "none">();
  });

  test("an update is one of the kit's actions, each with what it needs", () => {
    expectTypeOf<{ action: "cancel"; reason: "too_expensive"; comment: string }>().toExtend<subscriptions.SubscriptionUpdate>();
    expectTypeOf<{ action: "change_seats"; seats: number }>().toExtend<subscriptions.SubscriptionUpdate>();
    // @ts-expect-error a reason Polar does not have
    const reason: subscriptions.SubscriptionUpdate = { action: "cancel", reason: "bored" };
    // @ts-expect-error a plan change names its product
    const plan: subscriptions.SubscriptionUpdate = { action: "change_plan" };
    void [reason, plan];
    expectTypeOf<subscriptions.SubscriptionAction>().toEqualTypeOf<
      "cancel" | "uncancel" | "change_plan" | "change_seats" | "clear_pending_update" | "pause" | "unschedule_pause" | "resume"
    >();
  });

  test("the rules and the refusal, narrowed by kind", () => {
    expectTypeOf(subscriptions.subscriptionPhase).returns.toEqualTypeOf<"current" | "needs_action" | "ended">();
    expectTypeOf(subscriptions.subscriptionFlags).returns.toEqualTypeOf<subscriptions.SubscriptionFlags>();
    expectTypeOf(subscriptions.planChangeEligibility).returns.toEqualTypeOf<subscriptions.PlanChangeEligibility>();
    const refusal = {} as subscriptions.SubscriptionRefusal;
    if (refusal.kind === "below_minimum_seats") expectTypeOf(refusal.minimum).toEqualTypeOf<number>();
    if (refusal.kind === "not_allowed") expectTypeOf(refusal.setting).toEqualTypeOf<"update_plan" | "update_seats" | "pause">();
    if (refusal.kind === "invalid_product") expectTypeOf(refusal.reason).toEqualTypeOf<subscriptions.PlanChangeRefusalReason | undefined>();
  });

  test("query options and endpoints for a server or a route loader", async () => {
    const client = createPortalClient({ token: "polar_cst_x" });
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(subscriptions.subscriptionsQueryOptions(client, { active: true }));
    expectTypeOf(queryClient.getQueryData(subscriptions.subscriptionQueryOptions(client, "s").queryKey)).toEqualTypeOf<Sub | undefined>();
    expectTypeOf(subscriptions.subscriptionKeys.all[0]).toEqualTypeOf<(typeof portalKeys.all)[0]>();
    expectTypeOf(subscriptions.updateSubscription(client, "s", { action: "uncancel" })).toEqualTypeOf<Promise<Sub>>();
    expectTypeOf(subscriptions.getChargePreview(client, "s")).toEqualTypeOf<Promise<subscriptions.SubscriptionChargePreview>>();
    expectTypeOf(subscriptions.previewSubscriptionChange).parameter(2).toEqualTypeOf<subscriptions.SubscriptionChange>();
  });
});

describe("subscriptions: the components", () => {
  const { SubscriptionsList, SubscriptionDetail, CancelSubscriptionDialog, ChangePlanDialog, SeatsStepper } = subscriptions;
  type Sub = subscriptions.CustomerSubscription;

  test("the list: parameters controlled or not, a link or a callback per row, root attributes and a ref", () => {
    const ref = createRef<HTMLElement>();
    void (<SubscriptionsList defaultParams={{ active: true }} getSubscriptionHref={(subscription) => `/s/${subscription.id}`} ref={ref} className="mine" data-testid="subs" />);
    void (<SubscriptionsList params={{ page: 2 }} onParamsChange={(params) => expectTypeOf(params).toEqualTypeOf<subscriptions.ListSubscriptionsParams>()} onOpenSubscription={(subscription) => expectTypeOf(subscription).toEqualTypeOf<Sub>()} />);
    expectTypeOf<subscriptions.SubscriptionsListProps["getSubscriptionHref"]>().toEqualTypeOf<((subscription: Sub) => string) | undefined>();
  });

  test("one subscription, from the data or its id, and the changes made from it", () => {
    void (<SubscriptionDetail subscriptionId="s" headingLevel={3} invoices={false} onChanged={(subscription) => expectTypeOf(subscription).toEqualTypeOf<Sub>()} />);
    expectTypeOf<subscriptions.SubscriptionDetailProps["subscription"]>().toEqualTypeOf<Sub | undefined>();
    expectTypeOf<ComponentProps<typeof SeatsStepper>["onChanged"]>().toEqualTypeOf<((subscription: Sub) => void) | undefined>();
    expectTypeOf<subscriptions.CancelSubscriptionDialogProps["onCanceled"]>().toEqualTypeOf<((subscription: Sub) => void) | undefined>();
    expectTypeOf<subscriptions.ChangePlanDialogProps["open"]>().toEqualTypeOf<boolean>();
    void CancelSubscriptionDialog;
    void ChangePlanDialog;
  });
});
