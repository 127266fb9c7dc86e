// The merchant's proxy to Polar's customer portal API: the browser's portal talks to this origin
// only (PortalProvider server="/api/polar").
import { forwardToPolar } from "../../../../lib/polar";

export function GET(request: Request) {
  return forwardToPolar(request);
}

export function PATCH(request: Request) {
  return forwardToPolar(request);
}
