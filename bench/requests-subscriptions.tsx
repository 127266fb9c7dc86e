// How many requests Polar sees while a customer manages a subscription through the kit's own
// components (<SubscriptionsList> and <SubscriptionDetail>, their dialogs and seat stepper), on the
// testing kit's msw mock, counted by its request log. Runs in Node with a jsdom document, like
// bench/requests.tsx: bench/main.ts installs the DOM globals before this module loads.
import { QueryClient } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { useState } from "react";
import { PortalProvider, SubscriptionDetail, SubscriptionsList, type CustomerSubscription } from "../src/index";
import { productFixtures, subscriptionFixtures } from "../src/testing";
import { createPolarMock, type PolarMock } from "../src/testing/msw";

type Method = "GET" | "PATCH" | "POST" | "DELETE";
const METHODS: readonly Method[] = ["GET", "PATCH", "POST", "DELETE"];

export interface SubscriptionRequestCount {
  scenario: string;
  get: number;
  patch: number;
  post: number;
  delete: number;
  expected: Record<Lowercase<Method>, number>;
  /** What was asked, in order (ids as `{id}`), so a mismatch says which request came or went. */
  requests: string[];
}

type Expected = Partial<SubscriptionRequestCount["expected"]>;

/** A merchant's subscriptions page: the list, and the subscription the customer opened from it. */
function Page({ token, queryClient }: { token: string; queryClient: QueryClient }) {
  const [open, setOpen] = useState<CustomerSubscription | null>(null);
  return (
    <PortalProvider token={token} queryClient={queryClient} locale="en-US" timeZone="UTC">
      <SubscriptionsList onOpenSubscription={setOpen} />
      {open && <SubscriptionDetail key={open.id} subscriptionId={open.id} headingLevel={2} />}
    </PortalProvider>
  );
}

const ids = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "{id}");

/** Counts what the mock was asked since the last count, by method, as one scenario (shared with the billing bench). */
export function counter(mock: PolarMock, counts: SubscriptionRequestCount[]) {
  return (scenario: string, expected: Expected) => {
    const log = mock.requests;
    const of = (method: Method) => log.filter((request) => request.method === method).length;
    counts.push({
      scenario,
      get: of("GET"),
      patch: of("PATCH"),
      post: of("POST"),
      delete: of("DELETE"),
      expected: { get: 0, patch: 0, post: 0, delete: 0, ...expected },
      requests: log.map((request) => `${request.method} ${ids(new URL(request.url).pathname + new URL(request.url).search)}`),
    });
    mock.clearRequests();
  };
}

/** Nothing in flight, then a while more: a refetch that starts late (an invalidation) is counted too. */
export async function settle(queryClient: QueryClient) {
  const idle = () =>
    waitFor(() => {
      if (queryClient.isFetching() > 0 || queryClient.isMutating() > 0) throw new Error("busy");
    });
  await idle();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await idle();
}

const detail = () => within(document.querySelector<HTMLElement>(".pp-subscription-detail")!);
const dialog = (name: string) => within(screen.getByRole("dialog", { name }));
const said = (text: string) =>
  waitFor(() => {
    if (!document.querySelector(".pp-subscription-detail__status")?.textContent?.includes(text)) throw new Error(`not said yet: ${text}`);
  });

/** Opens a subscription from the list by its row, and waits for its page (and its next charge). */
async function openFromList(user: ReturnType<typeof userEvent.setup>, id: string, queryClient: QueryClient) {
  await waitFor(() => {
    if (!document.querySelector(`[data-subscription-id="${id}"] button`)) throw new Error("row not shown");
  });
  await user.click(document.querySelector<HTMLElement>(`[data-subscription-id="${id}"] button`)!);
  await waitFor(() => {
    const charge = document.querySelector('[data-section="next-charge"]');
    if (!charge?.hasAttribute("data-source")) throw new Error("next charge loading");
  });
  await settle(queryClient);
}

/** Picks a plan (its radio, by product id) in the open plan dialog and waits for its price. */
async function choosePlan(user: ReturnType<typeof userEvent.setup>, productId: string, queryClient: QueryClient) {
  await user.click(screen.getByRole("dialog", { name: "Change plan" }).querySelector<HTMLElement>(`input[type="radio"][value="${productId}"]`)!);
  await waitFor(() => {
    const change = document.querySelector(".pp-subscription-change");
    if (!change || change.hasAttribute("data-pending")) throw new Error("price loading");
  });
  await settle(queryClient);
}

// jsdom has <dialog> without its modal methods: stand-ins that only toggle `open`, as the
// components' unit tests do (the modal behaviour is checked in Chromium by the stories).
export function standInDialogs(): () => void {
  const proto = HTMLDialogElement.prototype as Partial<Pick<HTMLDialogElement, "showModal" | "close">>;
  const had = { showModal: proto.showModal, close: proto.close };
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  proto.close = function (this: HTMLDialogElement) {
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
  return () => Object.assign(proto, had);
}

/**
 * The customer's path: the list (19 subscriptions, 10 a page), one opened from it, a cancel with a
 * reason, the cancel taken back, a plan change priced first while choosing between two plans, a
 * seat change priced first; then the same plan change against a Polar without the private preview
 * routes (`previews: false`).
 */
export async function runSubscriptionRequestBench(): Promise<SubscriptionRequestCount[]> {
  const restore = standInDialogs();
  try {
    return [...(await withPreviews()), ...(await withoutPreviews())];
  } finally {
    restore();
  }
}

async function withPreviews(): Promise<SubscriptionRequestCount[]> {
  return onMockPolar({}, async ({ tally, queryClient, user }) => {
    await screen.findByRole("table", { name: "Current" });
    await settle(queryClient);
    tally("subscriptions list: page 1 (and page 2 fetched ahead)", { get: 2 });

    await openFromList(user, subscriptionFixtures.active.id, queryClient);
    // The list seeded the subscription, so it is not asked for: its next charge (Polar's preview),
    // the organization's plans (named in a scheduled change, offered by "Change plan"), its
    // invoices (orders by subscription, 5 a page) and who is signed in (a team member may not
    // manage billing: once per session).
    tally("open a subscription from the list", { get: 4 });

    await user.click(detail().getByRole("button", { name: "Cancel subscription" }));
    await user.click(dialog("Cancel your subscription?").getByRole("radio", { name: "It's too expensive" }));
    await user.click(dialog("Cancel your subscription?").getByRole("button", { name: "Cancel subscription" }));
    await said("You keep access until");
    await settle(queryClient);
    // Polar's answer fills the subscription and the orders embedding it; the list's page shown and
    // the next charge are read again (page 2, not shown, when it is shown again).
    tally("cancel with a reason", { get: 2, patch: 1 });

    await user.click(detail().getByRole("button", { name: "Resume subscription" }));
    await said("Your subscription will continue.");
    await settle(queryClient);
    tally("take the cancel back", { get: 2, patch: 1 });

    await user.click(detail().getByRole("button", { name: "Change plan" }));
    await choosePlan(user, productFixtures.pro.id, queryClient);
    await choosePlan(user, productFixtures.starterYearly.id, queryClient);
    await choosePlan(user, productFixtures.pro.id, queryClient);
    // One preview per plan; back to the first, its preview is still fresh.
    tally("change plan: price two plans, back to the first", { post: 2 });

    await user.click(dialog("Change plan").getByRole("button", { name: "Change plan" }));
    await said("Your plan has been changed.");
    await settle(queryClient);
    // A plan change may bill: its invoices are read again with the list and the next charge. The
    // closed dialog's preview is not needed any more (the change is made).
    tally("change plan: confirm", { get: 3, patch: 1 });

    await seats(user, queryClient, tally);
  });
}

/** A seat-based subscription opened from the same list: two seats more, priced first, then saved. */
async function seats(user: ReturnType<typeof userEvent.setup>, queryClient: QueryClient, tally: ReturnType<typeof counter>) {
  await openFromList(user, subscriptionFixtures.seats.id, queryClient);
  // Who is signed in and the organization are already known.
  tally("open a seat-based subscription from the list", { get: 2 });
  await user.click(detail().getByRole("button", { name: "Change seats" }));
  await user.click(detail().getByRole("button", { name: "Add a seat" }));
  await user.click(detail().getByRole("button", { name: "Add a seat" }));
  await waitFor(() => {
    const change = document.querySelector(".pp-seats-stepper .pp-subscription-change");
    if (!change || change.hasAttribute("data-pending")) throw new Error("price loading");
  });
  await settle(queryClient);
  // One preview, for the count the customer stopped at (the stepper waits for the count to rest).
  tally("change seats: two more, priced first", { post: 1 });
  await user.click(detail().getByRole("button", { name: "Update seats" }));
  await said("You now have");
  await settle(queryClient);
  tally("change seats: confirm", { get: 3, patch: 1 });
}

async function withoutPreviews(): Promise<SubscriptionRequestCount[]> {
  return onMockPolar({ previews: false }, async ({ mock, tally, queryClient, user }) => {
    await screen.findByRole("table", { name: "Current" });
    await settle(queryClient);
    mock.clearRequests();
    await openFromList(user, subscriptionFixtures.active.id, queryClient);
    // The charge preview answers 404 (no such route): the next charge comes from the prices.
    tally("previews: false — open a subscription", { get: 4 });
    await user.click(detail().getByRole("button", { name: "Change plan" }));
    await choosePlan(user, productFixtures.pro.id, queryClient);
    await choosePlan(user, productFixtures.starterYearly.id, queryClient);
    // The missing route is asked once; the second plan is priced from the prices alone.
    tally("previews: false — price two plans", { post: 1 });
  });
}

interface MockPolarSession {
  mock: ReturnType<typeof createPolarMock>;
  tally: ReturnType<typeof counter>;
  queryClient: QueryClient;
  user: ReturnType<typeof userEvent.setup>;
}

/** The page on a fresh mock Polar (its answers 20 ms late), the customer's path, and what each step asked. */
async function onMockPolar(options: Parameters<typeof createPolarMock>[0], path: (session: MockPolarSession) => Promise<void>): Promise<SubscriptionRequestCount[]> {
  const mock = createPolarMock({ latency: 20, ...options });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const counts: SubscriptionRequestCount[] = [];
  const queryClient = new QueryClient();
  const view = render(<Page token={mock.token} queryClient={queryClient} />);
  try {
    await path({ mock, tally: counter(mock, counts), queryClient, user: userEvent.setup() });
    return counts;
  } finally {
    view.unmount();
    queryClient.clear();
    server.close();
  }
}
