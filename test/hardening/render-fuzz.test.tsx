// Mutated order payloads, fetched through the client and rendered by <OrderDetail orderId> (and,
// sharing the same cached answer, the table, the billing form and the invoice and receipt actions): each either renders the order
// or shows the invalid-response error. Nothing reaches the merchant's
// own error boundary, and no "NaN", "undefined", "[object Object]" or "Invalid Date" shows up
// unless Polar sent that very text.
import { QueryClient } from "@tanstack/react-query";
import { render, waitFor } from "@testing-library/react";
import fc from "fast-check";
import { Component, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { BillingAddressForm, defaultMessages, OrderDetail, OrderDocuments, OrderItemsTable, OrdersTable } from "../../src/index";
import { TestPortal } from "../support";
import { answering, forbiddenTextIn, payloadArb, type Json } from "./payloads";

const ID = "0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6";

/** The merchant's own boundary: anything caught here escaped the kit's. */
class MerchantBoundary extends Component<{ children: ReactNode; onCatch: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onCatch(error);
  }
  override render() {
    return this.state.failed ? <p>merchant fallback</p> : this.props.children;
  }
}

async function renderPayload(payload: Json) {
  const escaped: unknown[] = [];
  // Retries off: a retry would only delay the same verdict (invalid answers are not retried anyway).
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <MerchantBoundary onCatch={(error) => escaped.push(error)}>
      <TestPortal fetch={answering({ json: payload })} queryClient={queryClient}>
        <OrderDetail orderId={ID} />
        <OrderItemsTable orderId={ID} />
        <BillingAddressForm orderId={ID} />
        <OrderDocuments orderId={ID} />
        <OrdersTable />
      </TestPortal>
    </MerchantBoundary>,
  );
  const roots = () =>
    [".pp-order-detail", ".pp-items-table", ".pp-billing-form", ".pp-documents", ".pp-orders-table"].map((selector) => view.container.querySelector<HTMLElement>(selector));
  await waitFor(() => {
    for (const root of roots()) expect(root?.getAttribute("data-state")).not.toBe("loading");
  });
  return { view, roots: roots() as HTMLElement[], escaped, queryClient };
}

describe("<OrderDetail> with mutated payloads", () => {
  it("renders the order or the invalid-response error, never a crash or junk text", async () => {
    const seen = { ready: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(payloadArb, async (payload) => {
        const { view, roots, escaped, queryClient } = await renderPayload(payload);
        try {
          expect(escaped).toEqual([]);
          const [detail] = roots;
          if (detail!.getAttribute("data-state") === "error") seen.invalid++;
          else seen.ready++;
          for (const root of roots) {
            if (root.getAttribute("data-error-kind") !== null) {
              // Only the client's verdict on a broken answer: a render crash caught by the
              // component's own boundary would say "unknown".
              expect(root, root.className).toHaveAttribute("data-error-kind", "invalid_response");
              expect(root).toHaveTextContent(defaultMessages.errorInvalidResponse);
            } else {
              expect(root.textContent?.length).toBeGreaterThan(0);
            }
          }
          expect(forbiddenTextIn(view.container.innerHTML, payload)).toEqual([]);
        } finally {
          view.unmount();
          queryClient.clear();
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.ready).toBeGreaterThan(10);
    expect(seen.invalid).toBeGreaterThan(10);
  }, 60_000);
});
