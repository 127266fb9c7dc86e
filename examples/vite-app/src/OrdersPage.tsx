// The README's "The whole portal" snippet, as it stands there.
import { PortalProvider, CustomerPortal } from "react-polar-portal";
import "react-polar-portal/styles.css";

export function OrdersPage() {
  return (
    <PortalProvider
      token={() => fetch("/api/polar-session").then((r) => r.json()).then((s) => (s.token ? s : null))}
      server="production"
      onUnauthorized={() => window.location.assign("/login")}
    >
      {/* the customer's orders; an order, its billing form, invoice and receipt in place */}
      <CustomerPortal />
    </PortalProvider>
  );
}
