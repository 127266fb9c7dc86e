"use client";
// The portal with the URL as its place: /subscriptions and /orders are the sections' lists,
// /subscriptions/<id> and /orders/<id> one subscription or order, /billing the saved cards, a
// failed payment and the billing details. Tabs, rows and a subscription's
// invoices are real links (a new tab, a copied address work); a plain click stays in the app, on
// the cache the page filled, and the portal tells the router where the customer went.
import { useRouter } from "next/navigation";
import { billingSection, CustomerPortal, ordersSection, subscriptionsSection, type PortalLocation } from "react-polar-portal";
import type { Section } from "../lib/settings";

// In the order of lib/settings.ts's SECTIONS, which the server checks a URL against.
const SECTIONS = [subscriptionsSection(), ordersSection(), billingSection()];

const hrefOf = ({ section, view }: PortalLocation) => (view ? `/${section}/${view}` : `/${section}`);

export function AccountRoute({ section, view }: { section: Section; view: string | null }) {
  const router = useRouter();
  return <CustomerPortal sections={SECTIONS} section={section} view={view} getHref={hrefOf} onNavigate={(to) => router.push(hrefOf(to))} />;
}
