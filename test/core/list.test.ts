import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { isPortalError, PortalError } from "../../src";
import { pageAndLimit, parsePage, seedDetails, setOf } from "../../src/core/query/list";
import { ledgerIn, OptimisticLedger } from "../../src/core/query/optimistic";

// The list plumbing every feature shares, tried on a resource that is not an order.
interface Subscription {
  id: string;
  status: string;
}
const parseSubscription = (item: unknown, status: number): Subscription => {
  const value = item as Partial<Subscription> | null;
  if (typeof value?.id !== "string") throw new PortalError({ kind: "invalid_response", status, message: "no id", path: ["id"] });
  return { id: value.id, status: String(value.status) };
};
const key = (item: Subscription) => ["react-polar-portal", "subscriptions", "https://api.polar.sh", "detail", item.id];

describe("the core's list helpers", () => {
  it("read Polar's paging parameters as Polar does, and filters as sets", () => {
    expect(pageAndLimit({})).toEqual({ page: 1, limit: 10 });
    expect(pageAndLimit({ page: 0, limit: 500 })).toEqual({ page: 1, limit: 100 });
    expect(setOf(["b", "a", "b"])).toEqual(["a", "b"]);
    expect(setOf([])).toBeUndefined();
  });

  it("check a page item by item, naming a broken item from the page down and the resource it is about", () => {
    const page = parsePage({ items: [{ id: "sub_1", status: "active" }], pagination: { total_count: 1, max_page: 1 } }, 200, "subscription", parseSubscription);
    expect(page.items[0]).toEqual({ id: "sub_1", status: "active" });
    let error: unknown;
    try {
      parsePage({ items: [{ id: "sub_1" }, {}], pagination: { total_count: 2, max_page: 1 } }, 200, "subscription", parseSubscription);
    } catch (caught) {
      error = caught;
    }
    expect(isPortalError(error) && [error.kind, error.resource, error.path]).toEqual(["invalid_response", "subscription", ["items", 1, "id"]]);
    expect(() => parsePage({ items: [], pagination: { total_count: -1, max_page: 0 } }, 200, "subscription", parseSubscription)).toThrow(/total_count/);
  });

  it("seed each item's detail entry, but never over a pending optimistic update or a newer entry", () => {
    const queryClient = new QueryClient();
    const [first, second, third] = [{ id: "a", status: "active" }, { id: "b", status: "active" }, { id: "c", status: "active" }];
    ledgerIn(queryClient, key(second!), () => new OptimisticLedger((value: Subscription, update: { status: string }) => ({ ...value, ...update }))).begin({ status: "canceled" }, second);
    queryClient.setQueryData(key(third!), { id: "c", status: "canceled" }, { updatedAt: 2_000 });
    seedDetails(queryClient, [first!, second!, third!], key, 1_000);
    expect(queryClient.getQueryData(key(first!))).toEqual(first);
    expect(queryClient.getQueryData(key(second!))).toBeUndefined();
    expect(queryClient.getQueryData(key(third!))).toEqual({ id: "c", status: "canceled" });
  });
});
