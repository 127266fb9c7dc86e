// A server component for the portal's places: /subscriptions and /orders (a section's list),
// /subscriptions/<id> and /orders/<id> (one subscription, one order), /billing (the saved cards
// and the billing details). It fetches what the page
// shows with the customer's session (who the session is, which the portal needs before it shows
// the orders, and the section's list or item) and hands it to the browser's cache, so the first
// paint shows it and the browser asks Polar nothing for it on load. A list's page also fills each
// of its items' cache entries: opening one from the list asks nothing either.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import {
  customerQueryOptions,
  customerSessionUserQueryOptions,
  orderQueryOptions,
  ordersQueryOptions,
  paymentMethodsQueryOptions,
  subscriptionQueryOptions,
  subscriptionsQueryOptions,
} from "react-polar-portal";
import { customerSessionToken, serverPortalClient } from "../../../lib/polar";
import { isSection } from "../../../lib/settings";
import { AccountRoute } from "../../account-route";

// Each customer's own account: rendered for every request, never prerendered or cached.
export const dynamic = "force-dynamic";

export default async function AccountPage({ params }: { params: Promise<{ section: string; id?: string[] }> }) {
  const { section, id: path = [] } = await params;
  // Billing is one page: no id after it.
  if (!isSection(section) || path.length > (section === "billing" ? 0 : 1)) notFound();
  const id = path[0] ?? null;
  const queryClient = new QueryClient();
  const client = serverPortalClient(await customerSessionToken());
  // A failed fetch is not cached: the browser then asks again and shows the kit's error state.
  const shown =
    section === "billing"
      ? // The saved cards and the billing details; a failed payment's banner loads in the browser.
        Promise.all([queryClient.prefetchQuery(paymentMethodsQueryOptions(client)), queryClient.prefetchQuery(customerQueryOptions(client))])
      : section === "orders"
        ? id
          ? queryClient.prefetchQuery(orderQueryOptions(client, id))
          : queryClient.prefetchQuery(ordersQueryOptions(client))
        : id
          ? queryClient.prefetchQuery(subscriptionQueryOptions(client, id))
          : queryClient.prefetchQuery(subscriptionsQueryOptions(client));
  await Promise.all([queryClient.prefetchQuery(customerSessionUserQueryOptions(client)), shown]);

  return (
    <main>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <AccountRoute section={section} view={id} />
      </HydrationBoundary>
    </main>
  );
}
