import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { useState, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createPortalClient,
  PortalProvider,
  useMessages,
  sessionKeys,
  useCustomerSessionUser,
  useOrder,
  usePortalClient,
  type PortalProviderProps,
} from "../../src/index";
import { usePortalContext } from "../../src/core/provider/context";
import { makeOrder } from "../../src/testing";
import { serveForFile } from "../support";

const ORDER = makeOrder();
const ID = ORDER.id;
const PROD = "https://api.polar.sh/v1/customer-portal/orders/:id";
const SANDBOX = "https://sandbox-api.polar.sh/v1/customer-portal/orders/:id";

// Each session token sees its own customer's name, so a test can tell which session answered.
const NAMES: Record<string, string> = { "Bearer polar_cst_alice": "Alice", "Bearer polar_cst_bob": "Bob" };

let seen: { url: string; authorization: string | null }[] = [];
const server = serveForFile(
  [PROD, SANDBOX].map((url) =>
    http.get(url, ({ request }) => {
      const authorization = request.headers.get("authorization");
      seen.push({ url: request.url, authorization });
      const name = authorization ? NAMES[authorization] : undefined;
      if (!name) return HttpResponse.json({ error: "Unauthorized", detail: "Unauthorized" }, { status: 401 });
      return HttpResponse.json({ ...ORDER, billing_name: name });
    }),
  ),
);
beforeEach(() => {
  seen = [];
});

// PortalProvider is what this file checks, so it renders it with exactly the props under test, not through TestPortal.

function Name({ id = ID }: { id?: string }) {
  const { data, error } = useOrder(id);
  if (error) return <p>error: {error.kind}</p>;
  return <p>{data ? `name: ${data.billing_name}` : "loading"}</p>;
}

let captured: QueryClient | undefined;
function CaptureQueryClient() {
  captured = useQueryClient();
  return null;
}

describe("which QueryClient", () => {
  it("uses the merchant's queryClient prop", async () => {
    const merchant = new QueryClient();
    render(
      <PortalProvider token="polar_cst_alice" queryClient={merchant}>
        <CaptureQueryClient />
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    expect(captured).toBe(merchant);
    expect(merchant.getQueryCache().getAll()).toHaveLength(1);
  });

  it("prefers the prop over an outer QueryClientProvider", async () => {
    const outer = new QueryClient();
    const merchant = new QueryClient();
    render(
      <QueryClientProvider client={outer}>
        <PortalProvider token="polar_cst_alice" queryClient={merchant}>
          <CaptureQueryClient />
          <Name />
        </PortalProvider>
      </QueryClientProvider>,
    );
    await screen.findByText("name: Alice");
    expect(captured).toBe(merchant);
    expect(outer.getQueryCache().getAll()).toHaveLength(0);
  });

  it("reuses the app's own QueryClientProvider", async () => {
    const outer = new QueryClient();
    render(
      <QueryClientProvider client={outer}>
        <PortalProvider token="polar_cst_alice">
          <CaptureQueryClient />
          <Name />
        </PortalProvider>
      </QueryClientProvider>,
    );
    await screen.findByText("name: Alice");
    expect(captured).toBe(outer);
    expect(outer.getQueryCache().getAll()).toHaveLength(1);
  });

  it("makes its own when the app has none, and keeps it across renders", async () => {
    const view = render(
      <PortalProvider token="polar_cst_alice">
        <CaptureQueryClient />
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    const own = captured;
    expect(own).toBeInstanceOf(QueryClient);

    view.rerender(
      <PortalProvider token="polar_cst_alice" locale="fr-FR">
        <CaptureQueryClient />
        <Name />
      </PortalProvider>,
    );
    expect(captured).toBe(own);
    expect(screen.getByText("name: Alice")).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });

  it("keeps working when a queryClient prop is taken away", async () => {
    const merchant = new QueryClient();
    const view = render(
      <PortalProvider token="polar_cst_alice" queryClient={merchant}>
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    view.rerender(
      <PortalProvider token="polar_cst_alice">
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
  });
});

describe("the session token", () => {
  function Portal(props: PortalProviderProps) {
    return (
      <PortalProvider {...props}>
        <Name />
      </PortalProvider>
    );
  }

  it("a new token string resets cached orders and refetches them with the new token", async () => {
    const view = render(<Portal token="polar_cst_alice" />);
    await screen.findByText("name: Alice");

    view.rerender(<Portal token="polar_cst_bob" />);
    await screen.findByText("name: Bob");
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer polar_cst_alice", "Bearer polar_cst_bob"]);
  });

  it("a token change drops every cached resource of the previous customer (a test with two resources' caches)", async () => {
    server.use(
      http.get("https://api.polar.sh/v1/customer-portal/customer-session/user", ({ request }) => {
        const name = NAMES[request.headers.get("authorization") ?? ""];
        if (!name) return HttpResponse.json({ error: "Unauthorized", detail: "Unauthorized" }, { status: 401 });
        return HttpResponse.json({ type: "customer", name, email: `${name.toLowerCase()}@example.com`, customer_id: ID, member_id: null, role: null });
      }),
    );
    function Who() {
      const { data } = useCustomerSessionUser();
      return <p>{data ? `user: ${data.name}` : "user: loading"}</p>;
    }
    const queryClient = new QueryClient();
    const view = render(
      <PortalProvider token="polar_cst_alice" queryClient={queryClient}>
        <Name />
        <Who />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    await screen.findByText("user: Alice");

    view.rerender(
      <PortalProvider token="polar_cst_bob" queryClient={queryClient}>
        <Name />
        <Who />
      </PortalProvider>,
    );
    await screen.findByText("name: Bob");
    await screen.findByText("user: Bob");
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))).not.toContain("Alice");

    // A resource cached but off screen goes too: shown later, it must not be Bob's view of Alice.
    view.rerender(
      <PortalProvider token="polar_cst_alice" queryClient={queryClient}>
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    expect(queryClient.getQueryData(sessionKeys.user("https://api.polar.sh"))).toBeUndefined();
  });

  it("the same token on a new render does not refetch", async () => {
    const view = render(<Portal token="polar_cst_alice" />);
    await screen.findByText("name: Alice");
    view.rerender(<Portal token="polar_cst_alice" locale="de-DE" />);
    await act(async () => {});
    expect(seen).toHaveLength(1);
  });

  it("a token that goes away (sign-out) does not leave the last customer's order on screen", async () => {
    const view = render(<Portal token="polar_cst_alice" />);
    await screen.findByText("name: Alice");
    view.rerender(<Portal token={undefined} />);
    await screen.findByText("error: unauthorized");
    expect(screen.queryByText("name: Alice")).not.toBeInTheDocument();
  });

  it("a token getter that fails once (the merchant's endpoint blipped) is retried, and is not a logout", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onUnauthorized = vi.fn();
    let calls = 0;
    const token = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("Failed to fetch");
      return "polar_cst_alice";
    };
    render(<Portal token={token} onUnauthorized={onUnauthorized} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_500);
    });
    await screen.findByText("name: Alice");
    expect(onUnauthorized).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it("a getter that answers null says the customer signed out: reported, and nothing is sent", async () => {
    const onUnauthorized = vi.fn();
    render(<Portal token={async () => null} onUnauthorized={onUnauthorized} />);
    await screen.findByText("error: unauthorized");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(0);
  });

  it("a getter is asked before every request, and a new getter each render is not a new session", async () => {
    const tokens = ["polar_cst_alice", "polar_cst_bob"];
    const queryClient = new QueryClient();
    const view = render(<Portal token={async () => tokens[0]!} queryClient={queryClient} />);
    await screen.findByText("name: Alice");

    tokens.shift();
    view.rerender(<Portal token={async () => tokens[0]!} queryClient={queryClient} />);
    await act(async () => {});
    expect(seen).toHaveLength(1);

    await act(async () => {
      await queryClient.refetchQueries();
    });
    await screen.findByText("name: Bob");
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer polar_cst_alice", "Bearer polar_cst_bob"]);
  });

  it("onUnauthorized fires once per session, even when the merchant re-renders with an inline getter", async () => {
    const onUnauthorized = vi.fn();
    function App() {
      const [expired, setExpired] = useState(false);
      return (
        <PortalProvider
          token={async () => "polar_cst_expired"}
          onUnauthorized={() => {
            onUnauthorized();
            setExpired(true);
          }}
        >
          <p>{expired ? "expired" : "live"}</p>
          <Name id="a" />
          <Name id="b" />
          <Name id="c" />
        </PortalProvider>
      );
    }
    // The first order is refused at once; the others only after the app has re-rendered.
    let releaseOthers!: () => void;
    const others = new Promise<void>((resolve) => (releaseOthers = resolve));
    server.use(
      http.get(PROD, async ({ params }) => {
        if (params.id !== "a") await others;
        return HttpResponse.json({ error: "invalid_token", error_description: "expired" }, { status: 401 });
      }),
    );

    render(<App />);
    await screen.findByText("expired");
    releaseOthers();
    await waitFor(() => expect(screen.getAllByText("error: unauthorized")).toHaveLength(3));
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("a new session that is refused is reported again", async () => {
    const onUnauthorized = vi.fn();
    const view = render(<Portal token="polar_cst_revoked" onUnauthorized={onUnauthorized} />);
    await screen.findByText("error: unauthorized");
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    view.rerender(<Portal token="polar_cst_revoked_too" onUnauthorized={onUnauthorized} />);
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(2));
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer polar_cst_revoked", "Bearer polar_cst_revoked_too"]);
  });
});

describe("configuration", () => {
  it("talks to the sandbox when asked, and keeps its orders apart from production's", async () => {
    const queryClient = new QueryClient();
    render(
      <>
        <PortalProvider token="polar_cst_alice" server="sandbox" queryClient={queryClient}>
          <Name />
        </PortalProvider>
        <PortalProvider token="polar_cst_bob" queryClient={queryClient}>
          <Name />
        </PortalProvider>
      </>,
    );
    await screen.findByText("name: Alice");
    await screen.findByText("name: Bob");
    expect(seen.map((s) => new URL(s.url).host).sort()).toEqual(["api.polar.sh", "sandbox-api.polar.sh"]);
  });

  it("uses a merchant's own client", async () => {
    const fetchSpy = vi.fn(async () => HttpResponse.json({ ...ORDER, billing_name: "From the proxy" }));
    const client = createPortalClient({ token: "polar_cst_alice", server: "https://shop.example/polar", fetch: fetchSpy });
    render(
      <PortalProvider client={client}>
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: From the proxy");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(0);
  });

  it("uses a merchant's fetch", async () => {
    const fetchSpy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
    render(
      <PortalProvider token="polar_cst_alice" fetch={fetchSpy}>
        <Name />
      </PortalProvider>,
    );
    await screen.findByText("name: Alice");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it("merges the merchant's messages over the English ones and passes locale and time zone on", () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PortalProvider token="polar_cst_alice" locale="de-DE" timeZone="Europe/Berlin" messages={{ retry: "Erneut versuchen" }}>
        {children}
      </PortalProvider>
    );
    const { result } = renderHook(() => ({ messages: useMessages(), context: usePortalContext(), client: usePortalClient() }), { wrapper });
    expect(result.current.messages.retry).toBe("Erneut versuchen");
    expect(result.current.messages.errorNotFound).toBe("We could not find this order.");
    expect(result.current.context.locale).toBe("de-DE");
    expect(result.current.context.timeZone).toBe("Europe/Berlin");
    expect(result.current.client.baseUrl).toBe("https://api.polar.sh");
  });

  it("says what is missing when a hook is used outside the provider", () => {
    const queryClient = new QueryClient();
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      renderHook(() => useOrder(ID), {
        wrapper: ({ children }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>,
      }),
    ).toThrow(/PortalProvider/);
    vi.mocked(console.error).mockRestore();
  });
});
