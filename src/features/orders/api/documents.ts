// The invoice and receipt endpoints, as functions over the client's request core rather than
// client methods: PortalProvider builds the client, so every method would ship with every order
// page, used or not. React-free; the hooks in query/use-order-documents.ts build on these.
import { type PortalClient, type RequestOptions } from "../../../core/client/client.js";
import { orderPath } from "./order.js";
import { PortalError } from "../../../core/client/errors.js";

const documentPath = (id: string, document: "invoice" | "receipt") => `${orderPath(id)}/${document}`;

/**
 * A presigned link from `{url}`. Never put into a message or a log: it grants the file to whoever
 * holds it for ten minutes.
 */
function readLink({ status, body }: { status: number; body: unknown }): string {
  const url = (body as { url?: unknown } | null | undefined)?.url;
  const origin = globalThis.location?.origin;
  // Only https, or the page's own origin (a mock or proxy on an http dev server): any other link
  // from the API is refused rather than opened.
  if (typeof url === "string" && (/^https:\/\//i.test(url) || (origin && url.startsWith(`${origin}/`)))) return url;
  throw new PortalError({ kind: "invalid_response", status, resource: "order", message: "Polar's answer held no download link.", path: ["url"] });
}

/**
 * Asks Polar to render the order's invoice (`POST …/invoice`, 202 at once). Polar skips the
 * render when nothing printed on it changed. Rejects with `http` 409 for a draft or void order,
 * `validation` 422 when the billing name or address is missing.
 */
export async function generateInvoice(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<void> {
  await client.request({ method: "POST", path: documentPath(id, "invoice"), signal });
}

/**
 * A fresh presigned link to the order's invoice (`GET …/invoice`), valid about ten minutes:
 * fetch one per download. Rejects with `not_found` (`InvoiceDoesNotExist`) before the first one exists.
 */
export async function getInvoiceUrl(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<string> {
  return readLink(await client.request({ method: "GET", path: documentPath(id, "invoice"), signal }));
}

/**
 * The order's receipt (`GET …/receipt`): a fresh presigned link, or `"rendering"` while Polar
 * answers 202 (each such answer queues another render). Rejects with `not_found`
 * (`ReceiptNotAllocated`) while the order has no receipt number.
 */
export async function getReceiptUrl(client: Pick<PortalClient, "request">, id: string, { signal }: RequestOptions = {}): Promise<string | "rendering"> {
  const response = await client.request({ method: "GET", path: documentPath(id, "receipt"), signal });
  return response.status === 202 ? "rendering" : readLink(response);
}
