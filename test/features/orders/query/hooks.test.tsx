import { act, renderHook, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { orderKeys, PortalError, useOrder, useUpdateOrderBilling, type CustomerOrder, type OrderBillingUpdate } from "../../../../src/index";
import { makeItem, makeOrder } from "../../../../src/testing";
import { createPolarMock } from "../../../../src/testing/msw";
import { renderInPortal, serveForFile, wrapperFor, type PortalTestOptions } from "../../../support";

const TOKEN = "polar_cst_HookTestSecret9876543210";
const PROD = "https://api.polar.sh";
const ORDER_URL = `${PROD}/v1/customer-portal/orders/:id`;
const SERVER_ORDER = makeOrder();
const ID = SERVER_ORDER.id;

// A small stand-in for Polar: every request is logged; a test decides each answer, or holds it
// until it releases the reply itself.
interface Call {
  method: string;
  id: string;
  body: unknown;
  authorization: string | null;
}
type Answer = (call: Call) => Response | Promise<Response>;

let calls: Call[] = [];
let answerGet: Answer;
let answerPatch: Answer;

const server = serveForFile([
  http.get(ORDER_URL, ({ request, params }) => {
    const call = { method: "GET", id: String(params.id), body: undefined, authorization: request.headers.get("authorization") };
    calls.push(call);
    return answerGet(call);
  }),
  http.patch(ORDER_URL, async ({ request, params }) => {
    const call = { method: "PATCH", id: String(params.id), body: await request.json(), authorization: request.headers.get("authorization") };
    calls.push(call);
    return answerPatch(call);
  }),
]);

beforeEach(() => {
  calls = [];
  answerGet = () => HttpResponse.json(SERVER_ORDER);
  answerPatch = ({ body }) => HttpResponse.json({ ...SERVER_ORDER, ...(body as object), modified_at: "2026-03-15T10:00:00Z" });
});
afterEach(() => vi.useRealTimers());

const gets = () => calls.filter((c) => c.method === "GET").length;
const patches = () => calls.filter((c) => c.method === "PATCH").length;

interface Held {
  call: Call;
  release: (reply: Response) => void;
}

/** An answer that waits until the test releases it; `held` lists the calls waiting. */
function holding() {
  const held: Held[] = [];
  const answer: Answer = (call) =>
    new Promise<Response>((resolve) => {
      held.push({ call, release: resolve });
    });
  return { held, answer };
}

function answered(order: Partial<CustomerOrder>) {
  return HttpResponse.json({ ...SERVER_ORDER, ...order });
}

function refusal(field: string, msg: string) {
  return HttpResponse.json(
    { error: "RequestValidationError", detail: [{ type: "value_error", loc: ["body", ...field.split(".")], msg, input: null }] },
    { status: 422 },
  );
}

function useOrderAndUpdate(id: string) {
  return { order: useOrder(id), update: useUpdateOrderBilling(id) };
}

/** An order loaded from the server, with its update hook. */
async function loaded(options: PortalTestOptions = {}) {
  const { queryClient, wrapper } = wrapperFor({ token: TOKEN, ...options });
  const hook = renderHook(() => useOrderAndUpdate(ID), { wrapper });
  await waitFor(() => expect(hook.result.current.order.data).toEqual(SERVER_ORDER));
  return { queryClient, ...hook };
}

/** Advances fake time and lets the promises it releases run. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("useOrder", () => {
  it("loads the order with the session token", async () => {
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(SERVER_ORDER);
    expect(calls).toEqual([{ method: "GET", id: ID, body: undefined, authorization: `Bearer ${TOKEN}` }]);
  });

  it("waits while there is no id", async () => {
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(undefined), { wrapper });
    await act(async () => {});
    expect(result.current.fetchStatus).toBe("idle");
    expect(gets()).toBe(0);
  });

  it("shares one request among every component that shows the same order", async () => {
    function Name({ label }: { label: string }) {
      const { data } = useOrder(ID);
      return <p>{data ? `${label}: ${data.billing_name}` : `${label}: loading`}</p>;
    }
    renderInPortal(
      <>
        <Name label="header" />
        <Name label="detail" />
        <Name label="form" />
      </>,
      { token: TOKEN },
    );
    await screen.findByText("header: Ada Lovelace");
    expect(screen.getByText("detail: Ada Lovelace")).toBeInTheDocument();
    expect(screen.getByText("form: Ada Lovelace")).toBeInTheDocument();
    expect(gets()).toBe(1);
  });

  describe("does not retry what asking again cannot fix", () => {
    it.each([
      ["401", "unauthorized", () => HttpResponse.json({ error: "Unauthorized", detail: "Unauthorized" }, { status: 401 })],
      ["403", "forbidden", () => HttpResponse.json({ error: "NotPermitted", detail: "Not permitted" }, { status: 403 })],
      ["404", "not_found", () => HttpResponse.json({ error: "ResourceNotFound", detail: "Not found" }, { status: 404 })],
      ["422", "validation", () => refusal("id", "Input should be a valid UUID")],
      ["a broken answer", "invalid_response", () => HttpResponse.json({ ...SERVER_ORDER, items: [{ ...makeItem(), amount: 1.5 }] })],
    ])("%s: one request, then the error", async (_, kind, reply) => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      answerGet = reply;
      const { wrapper } = wrapperFor({ token: TOKEN });
      const { result } = renderHook(() => useOrder(ID), { wrapper });

      await waitFor(() => expect(result.current.isError).toBe(true));
      expect(result.current.error).toBeInstanceOf(PortalError);
      expect(result.current.error?.kind).toBe(kind);
      await advance(60_000);
      expect(gets()).toBe(1);
    });
  });

  it.each([
    ["500", "server", () => new HttpResponse(null, { status: 500 })],
    ["a network failure", "network", () => HttpResponse.error()],
  ])("retries %s three times with growing pauses, then shows the error", async (_, kind, reply) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const times: number[] = [];
    answerGet = () => {
      times.push(Date.now());
      return reply();
    };
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });
    await waitFor(() => expect(gets()).toBe(1));

    for (let step = 0; step < 20 && !result.current.isError; step++) await advance(500);
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe(kind);
    expect(gets()).toBe(4);

    // Backoff 1 s, 2 s, 4 s (fake time: a timer never fires early, and at most one step late).
    const pauses = times.slice(1).map((time, i) => time - times[i]!);
    [1000, 2000, 4000].forEach((expected, i) => {
      expect(pauses[i]).toBeGreaterThanOrEqual(expected);
      expect(pauses[i]).toBeLessThan(expected + 600);
    });

    await advance(120_000);
    expect(gets()).toBe(4);
  });

  it("recovers when a retry succeeds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let failures = 1;
    answerGet = () => (failures-- > 0 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(SERVER_ORDER));
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });
    await waitFor(() => expect(result.current.failureCount).toBe(1));
    expect(result.current.data).toBeUndefined();
    await advance(1000);
    await waitFor(() => expect(result.current.data).toEqual(SERVER_ORDER));
    expect(result.current.error).toBeNull();
    expect(gets()).toBe(2);
  });

  it("waits as long as a 429's Retry-After asks, then succeeds", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const times: number[] = [];
    answerGet = () => {
      times.push(Date.now());
      if (times.length > 1) return HttpResponse.json(SERVER_ORDER);
      return new HttpResponse(null, { status: 429, headers: { "Retry-After": "5" } });
    };
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });
    await waitFor(() => expect(gets()).toBe(1));

    for (let step = 0; step < 20 && !result.current.data; step++) await advance(500);
    await waitFor(() => expect(result.current.data).toEqual(SERVER_ORDER));
    expect(gets()).toBe(2);
    // Longer than the 1 s backoff: the server's word wins.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(5000);
    expect(times[1]! - times[0]!).toBeLessThan(5600);
  });

  it("falls back to backoff on a 429 whose Retry-After the browser cannot read", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const times: number[] = [];
    answerGet = () => {
      times.push(Date.now());
      return times.length > 1 ? HttpResponse.json(SERVER_ORDER) : new HttpResponse(null, { status: 429 });
    };
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });
    await waitFor(() => expect(gets()).toBe(1));

    for (let step = 0; step < 10 && !result.current.data; step++) await advance(500);
    await waitFor(() => expect(result.current.data).toEqual(SERVER_ORDER));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
    expect(times[1]! - times[0]!).toBeLessThan(1600);
  });

  it("does not wait silently behind a long Retry-After: the error shows at once, and the order is asked for when it has passed", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    answerGet = () => (gets() > 1 ? HttpResponse.json(SERVER_ORDER) : new HttpResponse(null, { status: 429, headers: { "Retry-After": "3600" } }));
    const { wrapper } = wrapperFor({ token: TOKEN });
    const { result } = renderHook(() => useOrder(ID), { wrapper });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: "rate_limited", retryAfter: 3600 });
    expect(gets()).toBe(1);

    await advance(3_590_000);
    expect(gets()).toBe(1); // Polar's word is honoured: no try before the hour is up
    await advance(15_000);
    await waitFor(() => expect(result.current.data).toEqual(SERVER_ORDER));
    expect(result.current.error).toBeNull();
    expect(gets()).toBe(2);
  });

  it("keeps a shown order when a refetch meets a long Retry-After, then refetches when it has passed", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { result } = await loaded();
    answerGet = () =>
      gets() > 2 ? answered({ billing_name: "Grace Hopper" }) : new HttpResponse(null, { status: 429, headers: { "Retry-After": "600" } });

    act(() => void result.current.order.refetch());
    await waitFor(() => expect(result.current.order.error).toMatchObject({ kind: "rate_limited", retryAfter: 600 }));
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    expect(gets()).toBe(2);

    await advance(590_000);
    expect(gets()).toBe(2);
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    await advance(15_000);
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    expect(gets()).toBe(3);
  });

  it("tells the merchant once when several orders are refused for the same session", async () => {
    answerGet = () => HttpResponse.json({ error: "invalid_token", error_description: "expired" }, { status: 401 });
    const onUnauthorized = vi.fn();
    const { wrapper } = wrapperFor({ token: TOKEN, onUnauthorized });
    const { result } = renderHook(() => [useOrder("a"), useOrder("b"), useOrder("c")], { wrapper });

    await waitFor(() => expect(result.current.every((query) => query.isError)).toBe(true));
    expect(gets()).toBe(3);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe("useUpdateOrderBilling", () => {
  it("shows the change before Polar answers, then Polar's answer, without asking for the order again", async () => {
    const { result } = await loaded();
    const patch = holding();
    answerPatch = patch.answer;

    act(() => result.current.update.mutate({ billing_name: "  Grace Hopper  " }));

    // The guess, normalised the way Polar stores it.
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    await waitFor(() => expect(patch.held).toHaveLength(1));
    expect(patch.held[0]!.call.body).toEqual({ billing_name: "  Grace Hopper  " });
    expect(result.current.update.isPending).toBe(true);

    const confirmed = { billing_name: "Grace Hopper", modified_at: "2026-03-15T10:00:00Z" };
    patch.held[0]!.release(answered(confirmed));

    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.order.data).toEqual({ ...SERVER_ORDER, ...confirmed });
    expect(result.current.update.data).toEqual({ ...SERVER_ORDER, ...confirmed });
    expect(gets()).toBe(1);
    expect(patches()).toBe(1);
  });

  it("shows a new address at once, with the state in Polar's form", async () => {
    const { result } = await loaded();
    const patch = holding();
    answerPatch = patch.answer;
    const billing_address = { line1: " 2 Market St ", line2: "", postal_code: "94105", city: "San Francisco", state: "CA", country: "us" };

    act(() => result.current.update.mutate({ billing_address }));

    await waitFor(() =>
      expect(result.current.order.data?.billing_address).toEqual({
        line1: "2 Market St",
        line2: null,
        postal_code: "94105",
        city: "San Francisco",
        state: "US-CA",
        country: "US",
      }),
    );
    expect(result.current.order.data?.billing_name).toBe(SERVER_ORDER.billing_name);
    await waitFor(() => expect(patch.held).toHaveLength(1));
    patch.held[0]!.release(answered({ billing_address: { ...SERVER_ORDER.billing_address!, line1: "2 Market St" } }));
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
  });

  it("has the guess in the cache by the time mutate() returns, long before Polar answers", async () => {
    const { result, queryClient } = await loaded();
    answerPatch = holding().answer;
    let cachedRightAfterMutate: CustomerOrder | undefined;
    act(() => {
      result.current.update.mutate({ billing_name: "Grace Hopper" });
      cachedRightAfterMutate = queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, ID));
    });
    expect(cachedRightAfterMutate?.billing_name).toBe("Grace Hopper");
    // Observers hear of it on react-query's next notification tick, still before Polar answers.
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    expect(patches()).toBe(1);
  });

  it("keeps the guess when a read that started after the update answers first", async () => {
    const { result, queryClient } = await loaded();
    const patch = holding();
    answerPatch = patch.answer;
    act(() => result.current.update.mutate({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(patch.held).toHaveLength(1));

    // A refetch (window focus, say) starts while the PATCH is in flight; Polar has not applied it yet.
    await act(async () => {
      await queryClient.refetchQueries({ queryKey: orderKeys.detail(PROD, ID) });
    });
    expect(gets()).toBe(2);
    expect(queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, ID))?.billing_name).toBe("Grace Hopper");
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.order.data?.billing_name).toBe("Grace Hopper");

    patch.held[0]!.release(answered({ billing_name: "Grace Hopper", modified_at: "2026-03-15T10:00:00Z" }));
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.order.data).toMatchObject({ billing_name: "Grace Hopper", modified_at: "2026-03-15T10:00:00Z" });
  });

  it("rolls a failed update back to a read that landed meanwhile, not past it", async () => {
    const { result, queryClient } = await loaded();
    const patch = holding();
    answerPatch = patch.answer;
    act(() => result.current.update.mutate({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(patch.held).toHaveLength(1));

    // Meanwhile the order was refunded, and a refetch brings that news.
    answerGet = () => answered({ status: "refunded", refunded_amount: 10000 });
    await act(async () => {
      await queryClient.refetchQueries({ queryKey: orderKeys.detail(PROD, ID) });
    });

    patch.held[0]!.release(HttpResponse.json({ error: "InternalServerError" }, { status: 500 }));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    const shown = queryClient.getQueryData<CustomerOrder>(orderKeys.detail(PROD, ID));
    expect(shown).toMatchObject({ status: "refunded", refunded_amount: 10000, billing_name: SERVER_ORDER.billing_name });
  });

  it("cancels a read in flight so that it cannot overwrite the guess", async () => {
    const { result, queryClient } = await loaded();
    const get = holding();
    const patch = holding();
    answerGet = get.answer;
    answerPatch = patch.answer;

    act(() => {
      void queryClient.invalidateQueries();
    });
    await waitFor(() => expect(get.held).toHaveLength(1));
    act(() => result.current.update.mutate({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));

    // The stale read comes back after the guess was written.
    get.held[0]!.release(answered({ billing_name: "Ada Lovelace" }));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(result.current.order.data?.billing_name).toBe("Grace Hopper");

    await waitFor(() => expect(patch.held).toHaveLength(1));
    patch.held[0]!.release(answered({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.order.data?.billing_name).toBe("Grace Hopper");
  });

  it("puts the server's order back after a 422 and hands the field errors to the caller", async () => {
    const { result } = await loaded();
    answerPatch = () => refusal("billing_address.country", "Country cannot be changed");

    let caught: unknown;
    await act(async () => {
      await result.current.update
        .mutateAsync({ billing_address: { ...SERVER_ORDER.billing_address!, country: "FR", state: null } })
        .catch((error: unknown) => {
          caught = error;
        });
    });

    expect(caught).toBeInstanceOf(PortalError);
    expect((caught as PortalError).kind).toBe("validation");
    expect((caught as PortalError).fieldErrors).toEqual({ "billing_address.country": ["Country cannot be changed"] });
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.fieldErrors["billing_address.country"]).toEqual(["Country cannot be changed"]);
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    expect(patches()).toBe(1);
    expect(gets()).toBe(1);
  });

  it("puts the server's order back after a 500, without retrying the write", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { result } = await loaded();
    const patch = holding();
    answerPatch = patch.answer;

    act(() => result.current.update.mutate({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    await waitFor(() => expect(patch.held).toHaveLength(1));
    patch.held[0]!.release(new HttpResponse(null, { status: 500 }));

    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.kind).toBe("server");
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    await advance(60_000);
    expect(patches()).toBe(1);
  });

  it("reports a refused session on a write too", async () => {
    const onUnauthorized = vi.fn();
    const { result } = await loaded({ onUnauthorized });
    answerPatch = () => HttpResponse.json({ error: "Unauthorized", detail: "Unauthorized" }, { status: 401 });

    act(() => result.current.update.mutate({ billing_name: "Grace Hopper" }));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.kind).toBe("unauthorized");
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("survives a malformed update from untyped code: it fails alone, and the next one works", async () => {
    const { result } = await loaded();

    await act(async () => {
      await result.current.update.mutateAsync({ billing_address: {} } as unknown as OrderBillingUpdate).catch(() => {});
    });
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.order.data).toEqual(SERVER_ORDER);
    expect(patches()).toBe(0);

    await act(async () => {
      await result.current.update.mutateAsync({ billing_name: "Grace Hopper" });
    });
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    expect(patches()).toBe(1);
  });

  describe("two updates in quick succession", () => {
    const first: OrderBillingUpdate = { billing_name: "First" };
    const second: OrderBillingUpdate = { billing_name: "Second" };

    /** Two updates made back to back: Polar sees the first alone, the guess shows the second. */
    async function twoMade(updates: [OrderBillingUpdate, OrderBillingUpdate] = [first, second]) {
      const ctx = await loaded();
      const patch = holding();
      answerPatch = patch.answer;
      act(() => ctx.result.current.update.mutate(updates[0]));
      act(() => ctx.result.current.update.mutate(updates[1]));
      await waitFor(() => expect(patch.held).toHaveLength(1));
      expect(patch.held[0]!.call.body).toEqual(updates[0]);
      // The view reaches the second guess before either update is answered.
      await waitFor(() => expect(ctx.result.current.order.data).toMatchObject({ ...updates[0], ...updates[1] }));

      /** Answers the update Polar holds now; the next one is only sent after it. */
      const reply = async (index: 0 | 1, response: Response) => {
        await waitFor(() => expect(patch.held).toHaveLength(index + 1));
        expect(patch.held[index]!.call.body).toEqual(updates[index]);
        const before = ctx.queryClient.isMutating();
        patch.held[index]!.release(response);
        await waitFor(() => expect(ctx.queryClient.isMutating()).toBe(before - 1));
        await waitFor(() => expect(ctx.result.current.order.data).toBe(ctx.queryClient.getQueryData(orderKeys.detail(PROD, ID))));
      };
      return { ...ctx, patch, reply };
    }

    it("sends the second only after Polar answered the first, in the order they were made", async () => {
      const { patch, reply, result } = await twoMade();
      // Polar has not answered: the second stays queued, whatever time passes.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(patches()).toBe(1);
      await reply(0, answered({ billing_name: "First", modified_at: "2026-03-15T10:00:01Z" }));
      // The first's answer does not take the second's guess off the screen.
      expect(result.current.order.data?.billing_name).toBe("Second");
      await waitFor(() => expect(patch.held).toHaveLength(2));
      await reply(1, answered({ billing_name: "Second", modified_at: "2026-03-15T10:00:02Z" }));
      expect(result.current.order.data).toEqual({ ...SERVER_ORDER, billing_name: "Second", modified_at: "2026-03-15T10:00:02Z" });
      expect(gets()).toBe(1);
    });

    it("keeps both changes when they touch different fields", async () => {
      const address = { line1: "1 Infinite Loop", line2: null, postal_code: "95014", city: "Cupertino", state: "US-CA", country: "US" };
      const { reply, result } = await twoMade([{ billing_name: "First" }, { billing_address: address }]);
      await reply(0, answered({ billing_name: "First", modified_at: "2026-03-15T10:00:01Z" }));
      await reply(1, answered({ billing_name: "First", billing_address: address, modified_at: "2026-03-15T10:00:02Z" }));
      expect(result.current.order.data).toMatchObject({ billing_name: "First", billing_address: address });
    });

    it("the first is refused: the second is still sent, and the view ends with it", async () => {
      const { result, reply } = await twoMade();
      await reply(0, refusal("billing_name", "Invalid"));
      expect(result.current.order.data?.billing_name).toBe("Second");
      await reply(1, answered({ billing_name: "Second", modified_at: "2026-03-15T10:00:02Z" }));
      expect(result.current.order.data).toEqual({ ...SERVER_ORDER, billing_name: "Second", modified_at: "2026-03-15T10:00:02Z" });
    });

    it("the second is refused: the view ends with the first's answer", async () => {
      const { result, reply } = await twoMade();
      await reply(0, answered({ billing_name: "First", modified_at: "2026-03-15T10:00:01Z" }));
      await reply(1, refusal("billing_name", "Invalid"));
      expect(result.current.order.data).toEqual({ ...SERVER_ORDER, billing_name: "First", modified_at: "2026-03-15T10:00:01Z" });
    });

    it("both are refused: the view ends with the server's order", async () => {
      const { result, reply } = await twoMade();
      await reply(0, refusal("billing_name", "Invalid"));
      await reply(1, refusal("billing_name", "Invalid"));
      expect(result.current.order.data).toEqual(SERVER_ORDER);
    });

    it("updates of different orders are not queued behind each other", async () => {
      const other = makeOrder({ id: "0d6e2f1a-3b4c-4d5e-9f60-000000000002" });
      answerGet = ({ id }) => HttpResponse.json(id === other.id ? other : SERVER_ORDER);
      const { wrapper } = wrapperFor({ token: TOKEN });
      const hook = renderHook(() => ({ a: useOrderAndUpdate(ID), b: useOrderAndUpdate(other.id) }), { wrapper });
      await waitFor(() => expect(hook.result.current.b.order.data).toEqual(other));
      const patch = holding();
      answerPatch = patch.answer;
      act(() => hook.result.current.a.update.mutate(first));
      act(() => hook.result.current.b.update.mutate(second));
      await waitFor(() => expect(patch.held.map((h) => h.call.id).sort()).toEqual([ID, other.id].sort()));
    });
  });
});

describe("against the testing kit's mock Polar", () => {
  function withMock() {
    const mock = createPolarMock({ token: TOKEN, orders: [SERVER_ORDER] });
    server.use(...mock.handlers);
    return mock;
  }

  it("shows the guess while Polar holds the PATCH, then Polar's stored order", async () => {
    const mock = withMock();
    const { result } = await loaded();
    const gate = mock.holdNext("PATCH");

    act(() => result.current.update.mutate({ billing_name: " Grace Hopper " }));
    await gate.arrived;
    await waitFor(() => expect(result.current.order.data?.billing_name).toBe("Grace Hopper"));
    expect(mock.getOrder(ID)?.billing_name).toBe("Ada Lovelace");

    gate.release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.order.data).toEqual(mock.getOrder(ID));
    expect(mock.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
  });

  it("rolls back a country change Polar refuses, with the error on the country field", async () => {
    const mock = withMock();
    const { result } = await loaded();

    let caught: PortalError | undefined;
    await act(async () => {
      await result.current.update
        .mutateAsync({ billing_address: { ...SERVER_ORDER.billing_address!, country: "CA", state: "ON" } })
        .catch((error: PortalError) => {
          caught = error;
        });
    });
    // Polar checks country and state separately, so a change of both answers both.
    expect(caught?.fieldErrors).toEqual({ "billing_address.country": ["Country cannot be changed"], "billing_address.state": ["State cannot be changed"] });
    await waitFor(() => expect(result.current.order.data).toEqual(SERVER_ORDER));
    expect(mock.getOrder(ID)).toEqual(SERVER_ORDER);
  });
});

describe("the session token stays out of the cache", () => {
  it("appears in no query key and no mutation key", async () => {
    const { result, queryClient } = await loaded();
    await act(async () => {
      await result.current.update.mutateAsync({ billing_name: "Grace Hopper" });
    });

    const queryKeys = queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.queryHash]);
    const mutationKeys = queryClient.getMutationCache().getAll().map((mutation) => mutation.options.mutationKey);
    expect(queryKeys.length).toBeGreaterThan(0);
    expect(mutationKeys.length).toBeGreaterThan(0);
    expect(JSON.stringify(queryKeys)).not.toContain(TOKEN);
    expect(JSON.stringify(mutationKeys)).not.toContain(TOKEN);
    expect(JSON.stringify(queryKeys)).not.toContain(TOKEN.slice("polar_cst_".length));
  });
});
