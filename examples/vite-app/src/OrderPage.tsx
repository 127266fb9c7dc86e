// The README's "Use it in your app" snippet, as it stands there.
import { PortalProvider, OrderDetail } from "react-polar-portal";
import "react-polar-portal/styles.css";

export function OrderPage({ orderId }: { orderId: string }) {
  return (
    <PortalProvider
      // a string, or an async function that returns your server's Polar CustomerSession
      // ({ token, expires_at }: reused until shortly before it expires); null means "signed out"
      token={() => fetch("/api/polar-session").then((r) => r.json()).then((s) => (s.token ? s : null))}
      server="production" // or "sandbox", or your own proxy's base URL
      locale="de-DE"
      onUnauthorized={() => window.location.assign("/login")} // called once per rejected token
    >
      <OrderDetail orderId={orderId} />
    </PortalProvider>
  );
}
