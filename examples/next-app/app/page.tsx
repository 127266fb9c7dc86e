import Link from "next/link";
import { fixtures, subscriptionFixtures } from "react-polar-portal/testing";

// The mock's orders (a real shop lists the customer's own).
const orders = [
  ["A paid purchase", fixtures.paid.id],
  ["With a discount", fixtures.discounted.id],
  ["Partly refunded", fixtures.partiallyRefunded.id],
  ["In Japanese yen", fixtures.jpy.id],
] as const;
const subscriptions = [
  ["Active", subscriptionFixtures.active.id],
  ["Cancels at the end of its period", subscriptionFixtures.canceling.id],
  ["Payment overdue", subscriptionFixtures.pastDue.id],
] as const;

export default function Home() {
  return (
    <main>
      <h1>Your account</h1>
      <p>
        <Link href="/subscriptions">All your subscriptions</Link>
      </p>
      <ul>
        {subscriptions.map(([label, id]) => (
          <li key={id}>
            <Link href={`/subscriptions/${id}`}>{label}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/orders">All your orders</Link>
      </p>
      <p>
        <Link href="/billing">Your payment methods and billing details</Link>
      </p>
      <ul>
        {orders.map(([label, id]) => (
          <li key={id}>
            <Link href={`/orders/${id}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
