// The merchant's proxy to Polar's customer portal API: the browser's portal talks to this origin
// only (PortalProvider server="/api/polar").
import { forwardToPolar } from "../../../../lib/polar";

export function GET(request: Request) {
  return forwardToPolar(request);
}

export function PATCH(request: Request) {
  return forwardToPolar(request);
}

// `POST …/orders/{id}/invoice`: the first invoice of an order is generated through it.
export function POST(request: Request) {
  return forwardToPolar(request);
}
