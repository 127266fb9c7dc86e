"use client";
// The kit's provider in a client component: its token getter is a function, which a server
// component cannot hand to the browser.
import type { ReactNode } from "react";
import { PaymentMethodEmbedProvider, PortalProvider } from "react-polar-portal";
// Polar's card form (the optional peer @polar-sh/checkout), fetched when a customer adds a card.
import { loadPolarPaymentMethod } from "react-polar-portal/embed";
import { POLAR_PROXY } from "../lib/settings";

async function sessionToken(): Promise<string | null> {
  const response = await fetch("/api/session", { cache: "no-store" });
  // Thrown, not null: our own endpoint failing is a network blip to retry, not a sign-out.
  if (!response.ok) throw new Error(`/api/session answered ${response.status}`);
  const session = (await response.json()) as { token?: string | null };
  return session.token ?? null;
}

export function Portal({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  return (
    <PortalProvider server={POLAR_PROXY} token={sessionToken} locale={locale} timeZone={timeZone}>
      <PaymentMethodEmbedProvider load={loadPolarPaymentMethod}>{children}</PaymentMethodEmbedProvider>
    </PortalProvider>
  );
}
