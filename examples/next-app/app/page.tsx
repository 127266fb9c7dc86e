import Link from "next/link";
import { fixtures } from "react-polar-portal/testing";

// The mock's orders (a real shop lists the customer's own).
const orders = [
  ["A paid purchase", fixtures.paid.id],
  ["With a discount", fixtures.discounted.id],
  ["Partly refunded", fixtures.partiallyRefunded.id],
  ["In Japanese yen", fixtures.jpy.id],
] as const;

export default function Home() {
  return (
    <main>
      <h1>Your account</h1>
      <p>
        <Link href="/orders">All your orders</Link>
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
