import { OrderDetail, PortalProvider } from "react-polar-portal";

export function OrderPage({ orderId, token }) {
  return (
    <PortalProvider token={token} server="production" locale="en-US" timeZone="UTC">
      <OrderDetail orderId={orderId} />
    </PortalProvider>
  );
}
