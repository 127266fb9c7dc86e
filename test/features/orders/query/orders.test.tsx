// The orders list: the endpoint function, its cache key, and useOrders' paging, prefetch and
// seeding of each order's own cache entry, counted in requests to the mock Polar.
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  createPortalClient,
  isPortalError,
  listOrders,
  orderKeys,
  ordersQueryOptions,
  useOrder,
  useOrders,
  useUpdateOrderBilling,
  type CustomerOrder,
  type ListOrdersParams,
} from "../../../../src";
import { manyOrders } from "../../../../src/testing";
import { POLAR_TEST_TOKEN } from "../../../../src/testing/msw";
import { mockPolarForFile, wrapperFor } from "../../../support";

const ORDERS = manyOrders(250);
const { mock } = mockPolarForFile({ orders: ORDERS });
const PROD = "https://api.polar.sh";
const client = () => createPortalClient({ token: POLAR_TEST_TOKEN });
const gets = () => mock.requests.filter((request) => request.method === "GET").map((request) => request.url.replace(/^.*\/orders\/?/, ""));

describe("listOrders", () => {
  it("sends each filter value as its own parameter, and reads the page with every order parsed", async () => {
    const page = await listOrders(client(), {
      page: 2,
      limit: 5,
      productBillingType: ["recurring", "one_time"],
      subscriptionId: ORDERS[1]!.subscription_id!,
      query: "Starter",
      sorting: ["-amount", "created_at"],
    });
    const url = new URL(mock.requests[0]!.url);
    expect(url.searchParams.getAll("product_billing_type")).toEqual(["one_time", "recurring"]);
    expect(url.searchParams.getAll("subscription_id")).toEqual([ORDERS[1]!.subscription_id]);
    expect(url.searchParams.getAll("sorting")).toEqual(["-amount", "created_at"]);
    expect([url.searchParams.get("page"), url.searchParams.get("limit"), url.searchParams.get("query")]).toEqual(["2", "5", "Starter"]);
    expect(page.items).toHaveLength(5);
    expect(page.items.every((order) => order.subscription_id === ORDERS[1]!.subscription_id)).toBe(true);
    expect(page.pagination.total_count).toBeGreaterThan(5);
  });

  it("turns an answer it cannot read into invalid_response naming the order, and a refused parameter into validation", async () => {
    mock.failNext("malformed");
    const broken = await listOrders(client()).catch((error: unknown) => error);
    expect(isPortalError(broken) && [broken.kind, broken.path]).toEqual(["invalid_response", ["items", 0, "total_amount"]]);

    const refused = await listOrders(client(), { productId: "not-a-uuid" }).catch((error: unknown) => error);
    expect(isPortalError(refused) && refused.kind).toBe("validation");
  });
});

describe("a page past the last one", () => {
  it("is answered as Polar answers it: 200, no orders, and the count and last page of what matches", async () => {
    // Polar's paginate() offsets past the end and counts apart (server/polar/kit/pagination.py).
    const page = await listOrders(client(), { page: 9, limit: 100 });
    expect(page).toEqual({ items: [], pagination: { total_count: 250, max_page: 3 } });
    const none = await listOrders(client(), { page: 2, query: "no such product" });
    expect(none).toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
  });
});

describe("ordersQueryOptions", () => {
  const key = (params: ListOrdersParams) => ordersQueryOptions(client(), params).queryKey;

  it("gives one key to parameter sets Polar answers alike, whatever their order or defaults", () => {
    expect(key({})).toEqual(key({ page: 1, limit: 10, sorting: "-created_at", query: "" }));
    expect(key({ limit: 500 })).toEqual(key({ limit: 100 }));
    expect(key({ productBillingType: ["recurring", "one_time", "recurring"] })).toEqual(key({ productBillingType: ["one_time", "recurring"] }));
    expect(JSON.stringify(key({ sorting: ["product", "-amount"], query: "pro" }))).toBe(JSON.stringify(key({ query: "pro", sorting: ["product", "-amount"] })));
    expect(key({ page: 2 })).not.toEqual(key({}));
    expect(key({ sorting: ["amount", "product"] })).not.toEqual(key({ sorting: ["product", "amount"] }));
    expect(key({})).toEqual([...orderKeys.server(PROD), "list", { page: 1, limit: 10, sorting: ["-created_at"] }]);
    expect(JSON.stringify(key({ query: "x" }))).not.toContain(POLAR_TEST_TOKEN);
  });
});

describe("useOrders", () => {
  const render = (initial: ListOrdersParams = {}) => {
    const { wrapper, queryClient } = wrapperFor();
    const hook = renderHook((params: ListOrdersParams) => useOrders(params), { wrapper, initialProps: initial });
    return { ...hook, queryClient };
  };

  it("shows page 1, fetches page 2 ahead, and pages 2 and back without waiting (2 GET: pages 1 and 2)", async () => {
    const { result, rerender } = render();
    await waitFor(() => expect(result.current.data?.items[0]?.id).toBe(ORDERS[0]!.id));
    await waitFor(() => expect(gets()).toHaveLength(2));
    expect(gets()).toEqual(["?page=1&limit=10&sorting=-created_at", "?page=2&limit=10&sorting=-created_at"]);

    rerender({ page: 2 });
    // The prefetched page, at once: no placeholder, no request for it.
    expect(result.current.isPlaceholderData).toBe(false);
    expect(result.current.data?.items[0]?.id).toBe(ORDERS[10]!.id);
    // One page ahead, not a chain: the page fetched ahead fetches nothing more by itself.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toHaveLength(2);

    rerender({});
    expect(result.current.data?.items[0]?.id).toBe(ORDERS[0]!.id);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toHaveLength(2);
  });

  it("a page fetched for itself fetches the next one ahead; one fetched ahead does once it is fetched again", async () => {
    const { result, rerender, queryClient } = render({ page: 3 });
    await waitFor(() => expect(result.current.data?.items[0]?.id).toBe(ORDERS[20]!.id));
    await waitFor(() => expect(gets()).toEqual(["?page=3&limit=10&sorting=-created_at", "?page=4&limit=10&sorting=-created_at"]));

    rerender({ page: 4 });
    expect(result.current.data?.items[0]?.id).toBe(ORDERS[30]!.id);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toHaveLength(2);
    // Page 4 asked again (stale, a refetch): now it is its own answer, and page 5 comes ahead.
    await act(() => queryClient.refetchQueries({ type: "active" }));
    await waitFor(() => expect(gets()).toContain("?page=5&limit=10&sorting=-created_at"));
  });

  it("fetches nothing ahead from the last page", async () => {
    const { result } = render({ page: 25 });
    await waitFor(() => expect(result.current.data?.items).toHaveLength(10));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toHaveLength(1);
  });

  it("keeps the previous page on screen, flagged, while other parameters load", async () => {
    const { result, rerender } = render();
    await waitFor(() => expect(result.current.data).toBeDefined());
    const gate = mock.holdNext("GET");
    rerender({ query: "Annual" });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.items[0]?.id).toBe(ORDERS[0]!.id);
    gate.release();
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data?.items.every((order) => order.product?.name === "Analytics Annual")).toBe(true);
  });

  it("fills each listed order's cache entry: opening one asks nothing", async () => {
    const { wrapper, queryClient } = wrapperFor();
    const list = renderHook(() => useOrders(), { wrapper });
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    await waitFor(() => expect(gets()).toHaveLength(2));
    const order = renderHook(() => useOrder(ORDERS[3]!.id), { wrapper });
    expect(order.result.current.data).toEqual(list.result.current.data!.items[3]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(gets()).toHaveLength(2);
    // Page 2's orders too, from the prefetch.
    expect(queryClient.getQueryData(orderKeys.detail(PROD, ORDERS[15]!.id))).toBeDefined();
  });

  it("never replaces an order written after the page was asked for", async () => {
    const { wrapper, queryClient } = wrapperFor();
    const gate = mock.holdNext("GET");
    const list = renderHook(() => useOrders(), { wrapper });
    await gate.arrived;
    // A save answered while the page was on its way: the newer word.
    const saved: CustomerOrder = { ...ORDERS[0]!, billing_name: "Saved meanwhile" };
    queryClient.setQueryData(orderKeys.detail(PROD, ORDERS[0]!.id), saved);
    gate.release();
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    expect(queryClient.getQueryData(orderKeys.detail(PROD, ORDERS[0]!.id))).toBe(saved);
  });

  it("never replaces the optimistic guess of a billing update still on its way", async () => {
    const { wrapper, queryClient } = wrapperFor();
    const id = ORDERS[0]!.id;
    const list = renderHook(() => useOrders(), { wrapper });
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    const update = renderHook(() => useUpdateOrderBilling(id), { wrapper });
    const gate = mock.holdNext("PATCH");
    act(() => update.result.current.mutate({ billing_name: "Grace Hopper" }));
    await gate.arrived;
    // The list asked again (a refetch, another tab's focus): its page predates the update.
    await act(() => queryClient.invalidateQueries({ queryKey: orderKeys.server(PROD) }));
    await waitFor(() => expect(list.result.current.isFetching).toBe(false));
    expect(queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, id))?.billing_name).toBe("Grace Hopper");
    gate.release();
    await waitFor(() => expect(update.result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, id))?.billing_name).toBe("Grace Hopper");
  });

  it("does not retry a refused parameter, and says so as a validation error", async () => {
    const { result } = render({ productId: "nope" });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe("validation");
    expect(gets()).toHaveLength(1);
  });
});
