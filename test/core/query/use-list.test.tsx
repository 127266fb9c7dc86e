// The core's paged list hooks with a resource of their own (not orders, not subscriptions): what
// any feature's list gets from them, counted in requests.
import { queryOptions } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { PortalClient, PortalError } from "../../../src";
import type { Page } from "../../../src/core/query/list.js";
import { usePagedList, usePrefetchList, type ListQueryOptions, type PageQuery } from "../../../src/core/query/use-list.js";
import { serveForFile, wrapperFor } from "../../support";

interface Grant {
  id: string;
}
interface GrantParams {
  page?: number;
  query?: string;
}

const TOTAL = 25;
const asked: string[] = [];
let hold: Promise<void> | null = null;
serveForFile([
  http.get("https://api.polar.sh/v1/customer-portal/benefit-grants/", async ({ request }) => {
    const url = new URL(request.url);
    asked.push(url.search);
    if (hold) await hold;
    const page = Number(url.searchParams.get("page"));
    const items = Array.from({ length: 10 }, (_, index) => ({ id: `grant-${(page - 1) * 10 + index + 1}` })).filter((grant) => Number(grant.id.slice(6)) <= TOTAL);
    return HttpResponse.json({ items, pagination: { total_count: TOTAL, max_page: Math.ceil(TOTAL / 10) } });
  }),
]);

const pageOf = (params: GrantParams) => params.page ?? 1;
const grantsQuery: PageQuery<GrantParams, Page<Grant>> = (client: Pick<PortalClient, "baseUrl" | "request">, params: GrantParams, options: ListQueryOptions = {}) => {
  const normalized = { page: pageOf(params), query: params.query ?? "" };
  return queryOptions<Page<Grant>, PortalError, Page<Grant>, readonly unknown[]>({
    queryKey: ["react-polar-portal", "grants", client.baseUrl, normalized],
    queryFn: async () => (await client.request({ method: "GET", path: `/v1/customer-portal/benefit-grants/?page=${normalized.page}&query=${normalized.query}` })).body as Page<Grant>,
    staleTime: options.staleTime ?? 30_000,
    enabled: options.enabled !== false,
  });
};

describe("usePagedList", () => {
  it("fetches the next page ahead once, not a chain: page 2 seen and back costs two requests", async () => {
    asked.length = 0;
    const { wrapper } = wrapperFor();
    const { result, rerender } = renderHook(({ page }: { page: number }) => usePagedList(grantsQuery, page, { page }), { wrapper, initialProps: { page: 1 } });
    await waitFor(() => expect(result.current.data?.items[0]?.id).toBe("grant-1"));
    await waitFor(() => expect(asked).toEqual(["?page=1&query=", "?page=2&query="]));
    rerender({ page: 2 });
    expect(result.current.data?.items[0]?.id).toBe("grant-11");
    rerender({ page: 1 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).toHaveLength(2);
  });

  it("keeps the previous page on screen while another loads, and asks nothing past the last page", async () => {
    asked.length = 0;
    const { wrapper } = wrapperFor();
    const { result, rerender } = renderHook(({ query }: { query: string }) => usePagedList(grantsQuery, 3, { page: 3, query }), { wrapper, initialProps: { query: "" } });
    await waitFor(() => expect(result.current.data?.items).toHaveLength(5));
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    rerender({ query: "b" });
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(true));
    expect(result.current.data?.items[0]?.id).toBe("grant-21");
    act(() => release());
    hold = null;
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(asked).toEqual(["?page=3&query=", "?page=3&query=b"]);
  });

  it("usePrefetchList leaves a fresh page alone and asks nothing when disabled", async () => {
    asked.length = 0;
    const { wrapper } = wrapperFor();
    const { result } = renderHook(() => ({ on: usePrefetchList(grantsQuery), off: usePrefetchList(grantsQuery, { enabled: false }) }), { wrapper });
    act(() => result.current.off({ page: 2 }));
    act(() => result.current.on({ page: 2 }));
    await waitFor(() => expect(asked).toEqual(["?page=2&query="]));
    act(() => result.current.on({ page: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).toHaveLength(1);
  });
});
