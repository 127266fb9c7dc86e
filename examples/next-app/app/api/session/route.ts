// The browser's portal asks here for the customer's session token before each request to Polar,
// so a token that expired is replaced by a fresh one without a page load.
import { customerSessionToken } from "../../../lib/polar";

export async function GET() {
  return Response.json({ token: await customerSessionToken() }, { headers: { "Cache-Control": "no-store" } });
}
