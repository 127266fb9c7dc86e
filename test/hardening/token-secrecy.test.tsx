// The customer session token travels in the Authorization header and nowhere else: not in the
// DOM, a query or mutation key, a request URL, console output, or any error the kit hands out,
// whatever happens (success, 401, 404, 422, 500, network failure, broken answer, updates).
import type { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BillingAddressForm,
  defaultMessages,
  OrderDetail,
  OrderDocuments,
  OrderItemsTable,
  OrdersTable,
  useCustomerSessionUser,
  usePortalOrganization,
} from "../../src/index";
import { fixtures, otherCustomerOrder } from "../../src/testing";
import { mockPolarForFile, renderInPortal } from "../support";

const TOKEN = "polar_cst_S3cr3t_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const BARE = TOKEN.slice("polar_cst_".length); // a leak may drop the prefix

const { mock } = mockPolarForFile({ token: TOKEN, orders: [fixtures.paid, otherCustomerOrder] });
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

let downloads: string[] = [];

const CONSOLE = ["log", "info", "warn", "error", "debug", "trace"] as const;

function spyOnConsole() {
  return CONSOLE.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
}

/** Every component of the kit showing `orderId`. */
function everyComponent(orderId: string) {
  return (
    <>
      <OrderDetail orderId={orderId} />
      <OrderItemsTable orderId={orderId} />
      <BillingAddressForm orderId={orderId} />
      <OrderDocuments orderId={orderId} />
      <OrdersTable />
    </>
  );
}

/** Everything the token could leak into, as text. */
function haystack(container: HTMLElement, queryClient: QueryClient, consoleSpies: ReturnType<typeof spyOnConsole>) {
  const inputs = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select, textarea")].map((input) => input.value);
  const queries = queryClient.getQueryCache().getAll();
  const mutations = queryClient.getMutationCache().getAll();
  const errors = [
    ...queries.flatMap((query) => [query.state.error, query.state.fetchFailureReason]),
    ...mutations.flatMap((mutation) => [mutation.state.error, mutation.state.failureReason]),
  ].filter(Boolean);
  return {
    dom: document.documentElement.outerHTML + inputs.join("\n"),
    keys: JSON.stringify([...queries.map((query) => query.queryKey), ...mutations.map((mutation) => mutation.options.mutationKey)]),
    urls: mock.requests.map((request) => request.url).join("\n") + JSON.stringify(mock.requests.map((request) => request.headers)),
    console: consoleSpies.flatMap((spy) => spy.mock.calls.map((args) => inspect(args, { depth: Infinity }))).join("\n"),
    errors: errors.map((error) => `${inspect(error, { depth: Infinity, showHidden: true })} ${JSON.stringify(error)} ${String(error)}`).join("\n"),
    errorCount: errors.length,
  };
}

function expectNoToken(found: ReturnType<typeof haystack>) {
  for (const place of ["dom", "keys", "urls", "console", "errors"] as const) {
    expect(found[place], `token in ${place}`).not.toContain(TOKEN);
    expect(found[place], `token in ${place}`).not.toContain(BARE);
  }
  // A presigned invoice or receipt link grants the file to whoever holds it: used once, kept nowhere.
  for (const place of ["dom", "keys", "console", "errors"] as const) {
    expect(found[place], `download link in ${place}`).not.toContain("X-Amz-Signature");
  }
}

/** Clicks the invoice and receipt downloads; the same-tab navigation is recorded (jsdom cannot follow it). */
async function downloadBoth(container: HTMLElement, before?: () => void) {
  await waitFor(() => expect(container.querySelectorAll(".pp-document .pp-document__download")).toHaveLength(2));
  before?.();
  for (const button of container.querySelectorAll<HTMLButtonElement>(".pp-document__download")) button.click();
}

const documentStates = (container: HTMLElement) =>
  [...container.querySelectorAll(".pp-document")].map((element) => element.getAttribute("data-state")).join(" ");

const detailState = (container: HTMLElement) => container.querySelector(".pp-order-detail")?.getAttribute("data-state");

async function rename(name: string) {
  const user = userEvent.setup();
  const form = within(screen.getByRole("form", { name: defaultMessages.formLabel }));
  const input = form.getByLabelText(defaultMessages.formName);
  await user.clear(input);
  await user.type(input, name);
  await user.click(form.getByRole("button", { name: defaultMessages.formSubmit }));
  return form;
}

type Scenario = {
  name: string;
  orderId?: string;
  arrange?: () => void;
  act: (container: HTMLElement) => Promise<void>;
  /** How the token was received by the mock: proves it did travel in the header ("both": expired midway). */
  auth: "valid" | "invalid" | "both";
  errors: boolean;
};

const SCENARIOS: Scenario[] = [
  {
    name: "success",
    act: async (container) => void (await waitFor(() => expect(detailState(container)).toBe("ready"))),
    auth: "valid",
    errors: false,
  },
  {
    name: "401 (expired session)",
    arrange: () => mock.expireSession(),
    act: async (container) => void (await waitFor(() => expect(container.querySelector('[data-error-kind="unauthorized"]')).not.toBeNull())),
    auth: "invalid",
    errors: true,
  },
  {
    name: "404 (another customer's order)",
    orderId: otherCustomerOrder.id,
    act: async (container) => void (await waitFor(() => expect(container.querySelector('[data-error-kind="not_found"]')).not.toBeNull())),
    auth: "valid",
    errors: true,
  },
  {
    name: "500 on every attempt",
    arrange: () => mock.failNext(500, { times: 10 }),
    act: async (container) => {
      // Reads are retried with backoff; let the clock run through the retries.
      await vi.advanceTimersByTimeAsync(20_000);
      await waitFor(() => expect(container.querySelector('[data-error-kind="server"]')).not.toBeNull());
    },
    auth: "valid",
    errors: true,
  },
  {
    name: "network failure on every attempt",
    arrange: () => mock.failNext("network", { times: 10 }),
    act: async (container) => {
      await vi.advanceTimersByTimeAsync(20_000);
      await waitFor(() => expect(container.querySelector('[data-error-kind="network"]')).not.toBeNull());
    },
    auth: "valid",
    errors: true,
  },
  {
    name: "invalid response",
    arrange: () => mock.failNext("malformed"),
    act: async (container) => void (await waitFor(() => expect(container.querySelector('[data-error-kind="invalid_response"]')).not.toBeNull())),
    auth: "valid",
    errors: true,
  },
  {
    name: "update success",
    act: async (container) => {
      await waitFor(() => expect(detailState(container)).toBe("ready"));
      await rename("Grace Hopper");
      await screen.findByText(defaultMessages.formSaved);
    },
    auth: "valid",
    errors: false,
  },
  {
    name: "update refused (422)",
    act: async (container) => {
      await waitFor(() => expect(detailState(container)).toBe("ready"));
      mock.failNext(
        { status: 422, body: { error: "RequestValidationError", detail: [{ type: "value_error", loc: ["body", "billing_name"], msg: "Value error, not accepted", input: "Grace" }] } },
        { method: "PATCH" },
      );
      const form = await rename("Grace");
      const refused = defaultMessages.formErrorServerField({ field: defaultMessages.formName, error: defaultMessages.formErrorInvalidValue });
      await form.findByText(refused, { selector: ".pp-billing-form__error" });
    },
    auth: "valid",
    errors: true,
  },
  {
    name: "update failure (500)",
    act: async (container) => {
      await waitFor(() => expect(detailState(container)).toBe("ready"));
      mock.failNext(500, { method: "PATCH" });
      const form = await rename("Grace");
      await form.findByText(defaultMessages.errorServer);
    },
    auth: "valid",
    errors: true,
  },
  {
    name: "update failure (network)",
    act: async (container) => {
      await waitFor(() => expect(detailState(container)).toBe("ready"));
      mock.failNext("network", { method: "PATCH" });
      const form = await rename("Grace");
      await form.findByText(defaultMessages.errorNetwork);
    },
    auth: "valid",
    errors: true,
  },
  {
    name: "invoice and receipt downloaded",
    act: async (container) => {
      await downloadBoth(container);
      await waitFor(() => expect(documentStates(container)).toBe("ready ready"), { timeout: 8000 });
      expect(downloads.length).toBe(2);
    },
    auth: "valid",
    errors: false,
  },
  {
    name: "invoice refused (409), receipt failing (500 on every attempt)",
    act: async (container) => {
      await downloadBoth(container, () => {
        mock.failNext({ status: 409, body: { error: "OrderNotEligibleForInvoice", detail: "not eligible" } }, { method: "POST" });
        mock.failNext(500, { method: "GET", times: 20 });
      });
      await vi.advanceTimersByTimeAsync(60_000);
      await waitFor(() => expect(documentStates(container)).toBe("refused error"));
    },
    auth: "valid",
    errors: false,
  },
  {
    name: "session expired while the invoice renders (401 mid-wait)",
    act: async (container) => {
      mock.setReceiptRenders(fixtures.paid.id, 5);
      await downloadBoth(container);
      await waitFor(() => expect(mock.requests.some((request) => request.method === "POST")).toBe(true));
      mock.expireSession();
      await vi.advanceTimersByTimeAsync(5000);
      await waitFor(() => expect(documentStates(container)).toBe("unauthorized unauthorized"));
    },
    auth: "both",
    errors: false,
  },
];

describe("the session token stays in the Authorization header", () => {
  it.each(SCENARIOS)("$name", async (scenario) => {
    downloads = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    });
    if (/every attempt|mid-wait/.test(scenario.name)) vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ["setTimeout", "clearTimeout", "Date"] });
    const consoleSpies = spyOnConsole();
    scenario.arrange?.();
    const view = renderInPortal(everyComponent(scenario.orderId ?? fixtures.paid.id), { token: TOKEN, onUnauthorized: vi.fn() });
    const { queryClient } = view;
    await scenario.act(view.container);

    // The token did travel, in the one place it belongs.
    expect(mock.requests.length).toBeGreaterThan(0);
    for (const request of mock.requests) expect([scenario.auth, "both"]).toContain(scenario.auth === "both" ? "both" : request.auth);
    if (scenario.auth === "both") expect(new Set(mock.requests.map((request) => request.auth))).toEqual(new Set(["valid", "invalid"]));

    const found = haystack(view.container, queryClient, consoleSpies);
    if (scenario.errors) expect(found.errorCount).toBeGreaterThan(0);
    expectNoToken(found);
    view.unmount();
    queryClient.clear();
  }, 15_000);
});

describe("the session's own requests", () => {
  function Session() {
    const user = useCustomerSessionUser();
    const organization = usePortalOrganization("no-such-shop");
    return (
      <p>
        {user.data?.email ?? user.error?.message} {organization.error?.message}
      </p>
    );
  }

  it("keep the token out of keys, URLs, logs and errors: a reused session, its refusal and the re-mint", async () => {
    const consoleSpies = spyOnConsole();
    // The getter answers Polar's CustomerSession, which the kit keeps and reuses.
    const session = { token: TOKEN, expires_at: new Date(Date.now() + 3_600_000).toISOString(), customer_id: mock.customerId };
    const view = renderInPortal(
      <>
        <Session />
        <OrderDetail orderId={fixtures.paid.id} />
      </>,
      { token: () => session, onUnauthorized: vi.fn() },
    );
    await waitFor(() => expect(detailState(view.container)).toBe("ready"));
    await screen.findByText(/ada@example\.com/);
    await waitFor(() => expect(view.queryClient.getQueryCache().getAll().every((query) => query.state.fetchStatus === "idle")).toBe(true));

    mock.expireSession();
    await view.queryClient.refetchQueries();
    const refused = () => view.queryClient.getQueryCache().getAll().filter((query) => (query.state.error as { kind?: string } | null)?.kind === "unauthorized");
    await waitFor(() => expect(refused().length).toBeGreaterThanOrEqual(2)); // the order and who the session is
    expect(new Set(mock.requests.map((request) => request.auth))).toEqual(new Set(["valid", "invalid"]));
    expect(mock.requests.some((request) => request.path.endsWith("/customer-session/user"))).toBe(true);

    const found = haystack(view.container, view.queryClient, consoleSpies);
    expect(found.errorCount).toBeGreaterThan(0);
    expectNoToken(found);
    view.unmount();
  }, 15_000);
});
