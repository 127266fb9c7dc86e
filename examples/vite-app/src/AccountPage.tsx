// The README's "The whole portal" snippet, as it stands there.
import { PortalProvider, CustomerPortal, ordersSection, subscriptionsSection } from "react-polar-portal";
import "react-polar-portal/styles.css";

// The sections you show, in your order (a page ships only those it imports).
const sections = [subscriptionsSection(), ordersSection()];

export function AccountPage() {
  return (
    <PortalProvider
      token={() => fetch("/api/polar-session").then((r) => r.json()).then((s) => (s.token ? s : null))}
      server="production"
      onUnauthorized={() => window.location.assign("/login")}
    >
      {/* tabs for the customer's subscriptions and orders; each opens in place */}
      <CustomerPortal sections={sections} />
    </PortalProvider>
  );
}
