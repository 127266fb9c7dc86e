// A server component for /orders (the list) and /orders/<id> (an order): it fetches what the page
// shows with the customer's session and hands it to the browser's cache, so the first paint shows
// it and the browser asks Polar nothing on load. The list's page also fills each of its orders'
// cache entries: opening one from the list asks nothing either.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { orderQueryOptions, ordersQueryOptions } from "react-polar-portal";
import { customerSessionToken, serverPortalClient } from "../../../lib/polar";
import { OrdersRoute } from "../orders-route";

// Each customer's own orders: rendered for every request, never prerendered or cached.
export const dynamic = "force-dynamic";

export default async function OrdersPage({ params }: { params: Promise<{ id?: string[] }> }) {
  const { id: path = [] } = await params;
  if (path.length > 1) notFound();
  const id = path[0] ?? null;
  const queryClient = new QueryClient();
  const client = serverPortalClient(await customerSessionToken());
  // A failed fetch is not cached: the browser then asks again and shows the kit's error state.
  if (id) await queryClient.prefetchQuery(orderQueryOptions(client, id));
  else await queryClient.prefetchQuery(ordersQueryOptions(client));

  return (
    <main>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OrdersRoute orderId={id} />
      </HydrationBoundary>
    </main>
  );
}
