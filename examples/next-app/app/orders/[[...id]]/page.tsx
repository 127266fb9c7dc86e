// A server component: it fetches the order with the customer's session and hands it to the
// browser's cache, so the first paint shows the order and the browser asks Polar nothing on load.
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { OrderDetail, orderQueryOptions } from "react-polar-portal";
import { customerSessionToken, serverPortalClient } from "../../../lib/polar";

// Each customer's own order: rendered for every request, never prerendered or cached.
export const dynamic = "force-dynamic";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const queryClient = new QueryClient();
  // A failed fetch is not cached: the browser then asks again and shows the kit's error state.
  await queryClient.prefetchQuery(orderQueryOptions(serverPortalClient(await customerSessionToken()), id));

  return (
    <main>
      <p>
        <Link href="/">← All orders</Link>
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <OrderDetail orderId={id} />
      </HydrationBoundary>
    </main>
  );
}
