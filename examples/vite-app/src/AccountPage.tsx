// The README's "The whole portal" snippet, as it stands there.
import { PortalProvider, CustomerPortal, PaymentMethodEmbedProvider, billingSection, ordersSection, subscriptionsSection } from "react-polar-portal";
import { loadPolarPaymentMethod } from "react-polar-portal/embed";
import "react-polar-portal/styles.css";

// The sections you show, in your order (a page ships only those it imports).
const sections = [subscriptionsSection(), ordersSection(), billingSection()];

export function AccountPage() {
  return (
    <PortalProvider
      token={() => fetch("/api/polar-session").then((r) => r.json()).then((s) => (s.token ? s : null))}
      server="production"
      onUnauthorized={() => window.location.assign("/login")}
    >
      {/* "Add a card" opens Polar's card form (npm install @polar-sh/checkout), loaded when opened */}
      <PaymentMethodEmbedProvider load={loadPolarPaymentMethod}>
        {/* tabs for the customer's subscriptions, orders and billing; each opens in place */}
        <CustomerPortal sections={sections} />
      </PaymentMethodEmbedProvider>
    </PortalProvider>
  );
}
