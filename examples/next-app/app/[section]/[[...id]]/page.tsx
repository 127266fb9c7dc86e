// A server component for the portal's places: /subscriptions and /orders (a section's list),
// /subscriptions/<id> and /orders/<id> (one subscription, one order). It fetches what the page
// shows with the customer's session (who the session is, which the portal needs before it shows
// the orders, and the section's list or item) and hands it to the browser's cache, so the first
// paint shows it and the browser asks Polar nothing for it on load. A list's page also fills each
// of its items' cache entries: opening one from the list asks nothing either.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { customerSessionUserQueryOptions, orderQueryOptions, ordersQueryOptions, subscriptionQueryOptions, subscriptionsQueryOptions } from "react-polar-portal";
import { customerSessionToken, serverPortalClient } from "../../../lib/polar";
import { isSection } from "../../../lib/settings";
import { AccountRoute } from "../../account-route";

// Each customer's own account: rendered for every request, never prerendered or cached.
export const dynamic = "force-dynamic";

export default async function AccountPage({ params }: { params: Promise<{ section: string; id?: string[] }> }) {
  const { section, id: path = [] } = await params;
  if (!isSection(section) || path.length > 1) notFound();
  const id = path[0] ?? null;
  const queryClient = new QueryClient();
  const client = serverPortalClient(await customerSessionToken());
  // A failed fetch is not cached: the browser then asks again and shows the kit's error state.
  const shown =
    section === "orders"
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
