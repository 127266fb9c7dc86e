// The session, done once for every feature, against the testing kit's mock Polar: a getter's
// session is reused until shortly before it expires, requests share one getter call, a refused
// token is re-minted once, and the member's role and the merchant's portal settings are read
// through hooks whose keys live under the portal's one root.
import { QueryClient } from "@tanstack/react-query";
import { render, renderHook, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  canManageBilling,
  createPortalClient,
  defaultMessages,
  getCustomerSessionUser,
  OrderDetail,
  PortalProvider,
  SESSION_EXPIRY_MARGIN_MS,
  useBillingAccess,
  useCustomerSessionUser,
  usePortalOrganization,
  type PortalClientOptions,
} from "../../src/index";
import { fixtures, makeOrganization } from "../../src/testing";
import { MOCK_CUSTOMER, type MockMemberRole, type MockSession } from "../../src/testing/msw";
import { ErrorView } from "../../src/core/shell/ErrorView";
import de from "../../src/locales/de";
import { mockPolarForFile, renderInPortal, TestPortal, wrapperFor } from "../support";
import { getOrder, updateOrder } from "../../src/features/orders/api/order";

// The mock's clock is the test's (faked where a test moves it), so its sessions expire with it.
const { mock, server } = mockPolarForFile({ now: () => new Date() });
afterEach(() => {
  vi.useRealTimers();
});

const auths = () => mock.requests.map((request) => request.auth);

function sessionClient(getter: () => MockSession | Promise<MockSession> | string | null, more: Partial<PortalClientOptions> = {}) {
  return createPortalClient({ token: getter, ...more });
}

describe("a getter's session", () => {
  it("is reused until a minute before its expires_at, then minted again", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-06-01T09:00:00Z") });
    const mint = vi.fn(() => mock.createSession());
    const client = sessionClient(mint);

    await getCustomerSessionUser(client);
    await getOrder(client, fixtures.paid.id);
    vi.setSystemTime(Date.now() + 3_600_000 - SESSION_EXPIRY_MARGIN_MS - 1_000);
    await getOrder(client, fixtures.paid.id);
    expect(mint).toHaveBeenCalledTimes(1);

    // Within the last minute: a request must not reach Polar after the token expired on its way.
    vi.setSystemTime(Date.now() + 2_000);
    await getOrder(client, fixtures.paid.id);
    expect(mint).toHaveBeenCalledTimes(2);
    expect(auths()).toEqual(["valid", "valid", "valid", "valid"]);
  });

  it("is asked once by requests that start together", async () => {
    const mint = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return mock.createSession();
    });
    const client = sessionClient(mint);
    await Promise.all([getCustomerSessionUser(client), getOrder(client, fixtures.paid.id), getOrder(client, fixtures.refunded.id)]);
    expect(mint).toHaveBeenCalledTimes(1);
    expect(auths()).toEqual(["valid", "valid", "valid"]);
  });

  it("is minted again when Polar refuses it before its expiry, and the request is sent once more", async () => {
    const mint = vi.fn(() => mock.createSession());
    const onUnauthorized = vi.fn();
    const client = sessionClient(mint, { onUnauthorized });
    await getOrder(client, fixtures.paid.id);

    mock.expireSession(); // revoked early: every session minted so far is refused
    const order = await getOrder(client, fixtures.paid.id);
    expect(order.id).toBe(fixtures.paid.id);
    expect(mint).toHaveBeenCalledTimes(2);
    expect(auths()).toEqual(["valid", "invalid", "valid"]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("re-mints once for every request refused at the same time", async () => {
    const mint = vi.fn(() => mock.createSession());
    const client = sessionClient(mint);
    await getOrder(client, fixtures.paid.id);
    mock.expireSession();
    await Promise.all([getOrder(client, fixtures.paid.id), getOrder(client, fixtures.refunded.id), getCustomerSessionUser(client)]);
    expect(mint).toHaveBeenCalledTimes(2);
    expect(auths().filter((auth) => auth === "invalid")).toHaveLength(3);
  });

  it("sends a refused PATCH once more with the new token, and Polar applies it once", async () => {
    const client = sessionClient(() => mock.createSession());
    await getOrder(client, fixtures.paid.id);
    mock.expireSession();
    const order = await updateOrder(client, fixtures.paid.id, { billing_name: "Grace Hopper" });
    expect(order.billing_name).toBe("Grace Hopper");
    expect(mock.requests.filter((request) => request.method === "PATCH").map((request) => request.auth)).toEqual(["invalid", "valid"]);
    expect(mock.getOrder(fixtures.paid.id)?.billing_name).toBe("Grace Hopper");
  });

  it("refused again after re-minting ends the session: unauthorized, reported once, not sent a third time", async () => {
    const stale = mock.createSession();
    mock.expireSession();
    const mint = vi.fn(() => stale); // the merchant's server keeps handing out the dead session
    const onUnauthorized = vi.fn();
    const error = await getOrder(sessionClient(mint, { onUnauthorized }), fixtures.paid.id)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, resource: "order" });
    expect(mint).toHaveBeenCalledTimes(2);
    expect(auths()).toEqual(["invalid", "invalid"]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("is forgotten once refused twice: the next request asks the getter again", async () => {
    const sessions = [mock.createSession()];
    mock.expireSession();
    const mint = vi.fn(() => sessions[0]!);
    const client = sessionClient(mint);
    await getOrder(client, fixtures.paid.id).catch(() => undefined);
    sessions[0] = mock.createSession(); // the customer signed in again
    await getOrder(client, fixtures.paid.id);
    expect(mint).toHaveBeenCalledTimes(3);
    expect(auths()).toEqual(["invalid", "invalid", "valid"]);
  });

  it("a fixed token string refused by Polar is not sent again (there is nothing to re-mint)", async () => {
    mock.expireSession();
    const onUnauthorized = vi.fn();
    await getOrder(createPortalClient({ token: mock.token, onUnauthorized }), fixtures.paid.id).catch(() => undefined);
    expect(auths()).toEqual(["invalid"]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("through the provider: an expired session is replaced and the order stays on screen, with no sign-out", async () => {
    const onUnauthorized = vi.fn();
    const mint = vi.fn(() => mock.createSession());
    const view = renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { token: mint, onUnauthorized });
    await screen.findByText(fixtures.paid.billing_name!);
    mock.expireSession();
    await view.queryClient.refetchQueries();
    await waitFor(() => expect(auths()).toEqual(["valid", "invalid", "valid"]));
    expect(screen.getByText(fixtures.paid.billing_name!)).toBeInTheDocument();
    expect(mint).toHaveBeenCalledTimes(2);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});

describe("a change of customer behind a getter", () => {
  it("a new sessionKey forgets the getter's session and everything cached for it", async () => {
    let next = mock.createSession();
    const mint = vi.fn(() => next);
    function Who() {
      const { data } = useCustomerSessionUser();
      return <p>{data ? `signed in as a ${data.type}` : "loading"}</p>;
    }
    const queryClient = new QueryClient();
    const portal = (sessionKey: string) => (
      <PortalProvider token={mint} sessionKey={sessionKey} queryClient={queryClient}>
        <Who />
      </PortalProvider>
    );
    const view = render(portal("ada"));
    await screen.findByText("signed in as a customer");

    next = mock.createSession({ role: "member" }); // another person signs in; the first session is still valid
    view.rerender(portal("grace"));
    await screen.findByText("signed in as a member");
    expect(mint).toHaveBeenCalledTimes(2);
  });
});

describe("forgetting the session (client.forgetSession)", () => {
  it("while the getter is still answering, keeps nothing of that answer for later requests", async () => {
    const first = mock.createSession();
    const second = mock.createSession({ role: "member" });
    let release!: () => void;
    const answers: (MockSession | Promise<MockSession>)[] = [new Promise<MockSession>((resolve) => (release = () => resolve(first))), second];
    const mint = vi.fn(() => answers.shift()!);
    const client = sessionClient(mint);

    const before = getCustomerSessionUser(client);
    client.forgetSession!();
    const after = getCustomerSessionUser(client);
    release();
    expect((await before).type).toBe("customer");
    expect((await after).type).toBe("member");
    expect((await getCustomerSessionUser(client)).type).toBe("member");
    expect(mint).toHaveBeenCalledTimes(2);
  });
});

describe("who the session is, and what it may do", () => {
  it.each<[string, MockMemberRole | undefined, boolean]>([
    ["a customer", undefined, true],
    ["an owner", "owner", true],
    ["a billing manager", "billing_manager", true],
    ["a plain member", "member", false],
  ])("%s (role %s) may use billing features: %s", async (_, role, allowed) => {
    const session = mock.createSession({ role });
    const { wrapper } = wrapperFor({ token: () => session });
    const { result } = renderHook(() => ({ access: useBillingAccess(), user: useCustomerSessionUser() }), { wrapper });
    await waitFor(() => expect(result.current.access.canManageBilling).toBe(allowed));
    expect(result.current.user.data).toMatchObject({
      type: role ? "member" : "customer",
      email: MOCK_CUSTOMER.email,
      customer_id: mock.customerId,
      role: role ?? null,
      member_id: session.member_id,
    });
    expect(session.token.startsWith(role ? "polar_mst_" : "polar_cst_")).toBe(true);
  });

  it("knows nothing until the session is read", () => {
    const { wrapper } = wrapperFor({ token: () => mock.createSession() });
    const { result } = renderHook(() => useBillingAccess(), { wrapper });
    expect(result.current.canManageBilling).toBeUndefined();
  });

  it("a plain member who reaches an order anyway is refused by Polar, in words about the order", async () => {
    const session = mock.createSession({ role: "member" });
    renderInPortal(<OrderDetail orderId={fixtures.paid.id} />, { token: () => session });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(defaultMessages.errorForbidden);
    expect(mock.requests.at(-1)?.auth).toBe("valid");
  });

  it("canManageBilling follows Polar's rule for a role it does not know yet: no", () => {
    expect(canManageBilling({ type: "member", role: "auditor" })).toBe(false);
    expect(canManageBilling({ type: "customer", role: null })).toBe(true);
  });
});

describe("the merchant's portal settings", () => {
  const settings = {
    usage: { show: true },
    subscription: { update_seats: false, update_plan: true, pause: true },
    customer: { allow_email_change: false },
  };
  const seeded = makeOrganization({ slug: "acme", proration_behavior: "next_period", customer_portal_settings: settings });

  it("are read by slug, as the mock was seeded", async () => {
    mock.setOrganization(seeded);
    const { wrapper, queryClient } = wrapperFor();
    const { result } = renderHook(() => usePortalOrganization("acme"), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data!.organization.customer_portal_settings).toEqual(settings);
    expect(result.current.data!.organization.proration_behavior).toBe("next_period");
    expect(queryClient.getQueryCache().getAll().map((query) => query.queryKey[0])).toEqual(["react-polar-portal"]);
  });

  it("an unknown slug is not_found, about the organization", async () => {
    const { wrapper } = wrapperFor({ queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) });
    const { result } = renderHook(() => usePortalOrganization("nobody"), { wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ kind: "not_found", status: 404, resource: "organization", code: "ResourceNotFound" });
  });

  it("a broken answer is invalid_response naming the field", async () => {
    mock.failNext("malformed");
    const { wrapper } = wrapperFor();
    const { result } = renderHook(() => usePortalOrganization(makeOrganization().slug), { wrapper });
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatchObject({ kind: "invalid_response", resource: "organization", path: ["organization"] });
  });
});

describe("a failure about another resource than an order", () => {
  const SUBSCRIPTION = "/v1/customer-portal/subscriptions/5a1b2c3d-4e5f-4a6b-8c7d-000000000001";

  async function refused(status: number, body: object) {
    server.use(http.all(`https://api.polar.sh${SUBSCRIPTION}`, () => HttpResponse.json(body, { status })));
    return createPortalClient({ token: mock.token })
      .request({ method: "DELETE", path: SUBSCRIPTION })
      .catch((error: unknown) => error);
  }

  it.each([
    ["403", 403, { error: "NotPermitted", detail: "You don't have the permission to do this." }, "errorForbiddenSubscription"],
    ["404", 404, { error: "ResourceNotFound", detail: "Not found" }, "errorNotFoundSubscription"],
  ] as const)("a %s on a subscription names the subscription, in the customer's language", async (_, status, body, key) => {
    const error = await refused(status, body);
    expect(error).toMatchObject({ resource: "subscription", status });
    const view = render(
      <TestPortal>
        <ErrorView error={error} />
      </TestPortal>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(defaultMessages[key]);
    expect(defaultMessages[key]).toMatch(/subscription/);
    expect(screen.getByRole("alert")).not.toHaveTextContent(/order/);
    view.rerender(
      <TestPortal messages={de} locale="de-DE">
        <ErrorView error={error} />
      </TestPortal>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(de[key]);
  });

  it("a resource without words of its own reads words that fit any, never an order's", async () => {
    const error = await createPortalClient({ token: mock.token })
      .request({ method: "GET", path: "/v1/customer-portal/organizations/nobody" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "not_found", resource: "organization" });
    render(
      <TestPortal>
        <ErrorView error={error} />
      </TestPortal>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(defaultMessages.errorNotFoundGeneric);
  });
});
