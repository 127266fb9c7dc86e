"use client";
// The portal with the URL as its selection: /orders shows the list, /orders/<id> that order.
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { CustomerPortal, type CustomerOrder } from "react-polar-portal";

const hrefOf = (order: CustomerOrder) => `/orders/${order.id}`;

export function OrdersRoute({ orderId }: { orderId: string | null }) {
  const router = useRouter();
  // The rows are real links (a new tab, a copied address work); a plain click stays in the app,
  // on the cache the list filled.
  const followInApp = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a.pp-orders-table__open");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(link.pathname);
  };
  return (
    <div onClick={followInApp}>
      <CustomerPortal
        orderId={orderId}
        getOrderHref={hrefOf}
        onOrderChange={(id) => router.push(id ? `/orders/${id}` : "/orders")}
      />
    </div>
  );
}
