// How many requests Polar sees while a customer manages billing through the kit's portal section
// (`<CustomerPortal sections={[billingSection()]}>`: the failed payment's banner and "Pay now",
// the saved cards, the billing details), on the testing kit's msw mock, counted by its request
// log. Runs in Node with a jsdom document, like bench/requests-subscriptions.tsx: bench/main.ts
// installs the DOM globals before this module loads.
import { QueryClient } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { billingSection, CustomerPortal, PortalProvider } from "../src/index";
import { failedPaymentFixtures, paymentMethodFixtures as cards, subscriptionFixtures } from "../src/testing";
import { createPolarMock, MOCK_NOW, type PolarMock } from "../src/testing/msw";
import { counter, settle, standInDialogs, type SubscriptionRequestCount } from "./requests-subscriptions";

/** The same shape as the subscriptions' counts: what each action asked, by method, and what was expected. */
export type BillingRequestCount = SubscriptionRequestCount;

const until = (check: () => boolean, what: string, timeout = 5_000) =>
  waitFor(
    () => {
      if (!check()) throw new Error(`not yet: ${what}`);
    },
    { timeout },
  );
const text = (selector: string) => document.querySelector(selector)?.textContent ?? "";
const cardRow = (last4: string) => [...document.querySelectorAll<HTMLElement>(".pp-payment-method")].find((row) => row.textContent?.includes(`•••• ${last4}`));

interface Session {
  mock: PolarMock;
  tally: ReturnType<typeof counter>;
  queryClient: QueryClient;
  user: ReturnType<typeof userEvent.setup>;
}

/** The billing section on a fresh mock Polar (its answers 20 ms late), the customer's path, and what each step asked. */
async function onMockPolar(
  options: Parameters<typeof createPolarMock>[0],
  handleNextAction: ((clientSecret: string) => Promise<void>) | undefined,
  path: (session: Session) => Promise<void>,
): Promise<BillingRequestCount[]> {
  const mock = createPolarMock({ latency: 20, orders: [failedPaymentFixtures.order], ...options });
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  const counts: BillingRequestCount[] = [];
  const queryClient = new QueryClient();
  const sections = [billingSection({ now: new Date(MOCK_NOW), handleNextAction })];
  const view = render(
    <PortalProvider token={mock.token} queryClient={queryClient} locale="en-US" timeZone="UTC">
      <CustomerPortal sections={sections} />
    </PortalProvider>,
  );
  try {
    await path({ mock, tally: counter(mock, counts), queryClient, user: userEvent.setup() });
    return counts;
  } finally {
    view.unmount();
    queryClient.clear();
    server.close();
  }
}

/** Opens the section and waits for its three parts. */
async function open({ queryClient }: Session) {
  await until(() => document.querySelectorAll(".pp-payment-method").length > 0, "the saved cards");
  await until(() => !!document.querySelector(".pp-billing-details:not([data-state='loading'])"), "the billing details");
  await until(() => !!document.querySelector(".pp-failed-payment[data-state]"), "the failed payments");
  await settle(queryClient);
}

/** Pays the failed renewal with the default card from "Pay now", and waits until the dialog ends in `final`. */
async function payNow({ user, queryClient }: Session, final = "succeeded", timeout = 5_000) {
  await user.click(screen.getByRole("button", { name: "Pay now" }));
  const dialog = await screen.findByRole("dialog", { name: /^Pay .* now$/ });
  await until(() => !!within(dialog).queryByRole("radio", { name: /Visa ending in 4242/ }), "the saved cards to pay with");
  await user.click(within(dialog).getByRole("button", { name: /^Pay \$/ }));
  await until(() => dialog.getAttribute("data-state") === final, final, timeout);
  await settle(queryClient);
}

/**
 * The customer's path: the section opened (a failed renewal, three cards, the details), a card
 * made default, one removed, the last one refused (an active subscription needs it), billing
 * details saved, a tax ID refused; then "Pay now" with a saved card on three Polars: paid at once,
 * paid after the bank's 3-D Secure step (the merchant's Stripe.js stood in for), and a payment
 * Polar's own retry already holds (409), followed until it settles.
 */
export async function runBillingRequestBench(): Promise<BillingRequestCount[]> {
  const restore = standInDialogs();
  try {
    return [...(await cardsAndDetails()), ...(await payments())];
  } finally {
    restore();
  }
}

async function cardsAndDetails(): Promise<BillingRequestCount[]> {
  const only = [subscriptionFixtures.active];
  return onMockPolar({ paymentMethods: [cards.visa, cards.mastercard, cards.expiringSoon], subscriptions: only }, undefined, async (session) => {
    const { tally, queryClient, user } = session;
    await open(session);
    // Who the session is (the gate), then the section's three reads side by side: the failed
    // renewals (the newest 100 subscription orders), the saved cards, the customer (its default).
    tally("open billing", { get: 4 });

    await user.click(within(cardRow("4444")!).getByRole("button", { name: "Make default" }));
    await until(() => text(".pp-billing-status").includes("is now your default"), "made default");
    await settle(queryClient);
    // Optimistic; Polar's answer is the customer. Polar schedules a retry of past-due orders on a
    // new default: the failed renewals are read again.
    tally("make a card the default", { patch: 1, get: 1 });

    await user.click(within(cardRow("0005")!).getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog", { name: "Remove this card?" })).getByRole("button", { name: "Remove card" }));
    await until(() => text(".pp-billing-status").includes("was removed"), "removed");
    await settle(queryClient);
    // The card leaves the cache on 204; the customer is read again (its default may have moved).
    tally("remove a card", { delete: 1, get: 1 });

    await user.click(within(cardRow("4242")!).getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog", { name: "Remove this card?" })).getByRole("button", { name: "Remove card" }));
    await until(() => text(".pp-billing-status").includes("was removed"), "removed");
    await settle(queryClient);
    tally("remove another card", { delete: 1, get: 1 });

    await user.click(within(cardRow("4444")!).getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog", { name: "Remove this card?" })).getByRole("button", { name: "Remove card" }));
    await until(() => !!screen.getByRole("dialog", { name: "Remove this card?" }).textContent?.includes("still needs this card"), "refused");
    await settle(queryClient);
    // 400 PaymentMethodInUseByActiveSubscription: the card stays, and the saved cards are read
    // again (a refusal may mean the page was behind: the card gone, or another one added).
    tally("remove the last card an active subscription needs (refused)", { delete: 1, get: 1 });
    await user.click(within(screen.getByRole("dialog", { name: "Remove this card?" })).getByRole("button", { name: "Keep card" }));

    const form = document.querySelector<HTMLFormElement>(".pp-billing-details")!;
    const name = within(form).getByLabelText("Billing name");
    await user.clear(name);
    await user.type(name, "Lovelace Engines Ltd");
    fireEvent.submit(form);
    await until(() => form.getAttribute("data-state") === "saved", "saved");
    await settle(queryClient);
    // Polar's answer is the customer: written to the cache, nothing read again.
    tally("update the billing details", { patch: 1 });

    const taxId = within(form).getByLabelText(/VAT number/);
    await user.clear(taxId);
    await user.type(taxId, "DE12345");
    fireEvent.submit(form);
    await until(() => form.getAttribute("data-state") === "invalid" || form.getAttribute("data-state") === "error", "refused");
    await settle(queryClient);
    // 422 "Invalid tax ID.": under its field, what the customer typed kept; the customer is read
    // again, as after any refusal (the hooks take one as a sign the page was behind).
    tally("update the billing details: tax ID refused", { patch: 1, get: 1 });
  });
}

async function payments(): Promise<BillingRequestCount[]> {
  const paid = await onMockPolar({ paymentOutcome: "succeeded" }, undefined, async (session) => {
    await open(session);
    session.mock.clearRequests();
    await payNow(session);
    // One confirmation, paid at once; then the orders (the banner's and any list), the
    // subscriptions (past due no more) are read again where shown: here the banner's orders.
    session.tally("pay now with a saved card (paid at once)", { post: 1, get: 1 });
  });
  let mock: PolarMock | undefined;
  // The merchant's Stripe.js, stood in for: the customer completes the bank's step.
  const stripe = async () => mock?.completePaymentAction("succeeded");
  const threeDs = await onMockPolar({ paymentOutcome: "requires_action" }, stripe, async (session) => {
    mock = session.mock;
    await open(session);
    session.mock.clearRequests();
    await payNow(session, "succeeded", 15_000);
    // The confirmation answers requires_action; after the bank's step the payment's status is
    // read (after 1 s, then ×1.5) until it succeeds (the mock's status reads "pending" once, as
    // Polar's does while Stripe settles), then the banner's orders.
    session.tally("pay now: 3-D Secure, then followed until paid", { post: 1, get: 3 });
  });
  const held = await onMockPolar({ paymentOutcome: "in_progress", paymentSettlesAfter: 2 }, undefined, async (session) => {
    await open(session);
    session.mock.clearRequests();
    await payNow(session, "refused");
    // 409 PaymentAlreadyInProgress: said, with a way forward; nothing polled; the banner's
    // orders read again (Polar's retry may have settled it).
    session.tally("pay now while Polar's own retry holds the payment (409)", { post: 1, get: 1 });
  });
  return [...paid, ...threeDs, ...held];
}
