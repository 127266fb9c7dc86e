// An order's documents on the mock Polar: `POST` and `GET /{id}/invoice` (the render queue),
// `GET /{id}/receipt` (202 while it renders, then the link), the presigned links and, given a
// `fileOrigin`, the files themselves as S3 serves them.
import { HttpResponse } from "msw";
import type { CustomerOrder } from "../../features/orders/schema/order.js";
import { polarError, type MockCore, type MockResource, type MockRoute } from "./core.js";
import { ORDERS_PATH, type OrderStore } from "./orders.js";

/** What a test can start an order's invoice from (see `setInvoice`). */
export type MockInvoiceState = "none" | "current" | "stale";

export interface DocumentControls {
  /**
   * Starts the order's invoice from a state Polar's tests use: `"current"` (rendered from the
   * order as it is now, so a new POST is skipped), `"stale"` (rendered before a billing change:
   * downloadable, and a POST renders it again) or `"none"` (GET answers 404).
   */
  setInvoice(id: string, state: MockInvoiceState): void;
  /** How many more `GET /{id}/receipt` calls answer 202 before the link; 0: already rendered. */
  setReceiptRenders(id: string, pending: number): void;
  /** Completes every queued invoice render now (with `invoiceRenderMs: Infinity`, the only way). */
  completeRenders(): void;
  /** How many times the order's invoice was rendered by this mock (skipped renders not counted). */
  invoiceRenders(id: string): number;
  /**
   * The billing name and address the order's stored invoice prints (what a download gets), or
   * null when it has none. After `setInvoice(id, "stale")`: both null (details the order no
   * longer has).
   */
  invoicePrints(id: string): Pick<CustomerOrder, "billing_name" | "billing_address"> | null;
}

export interface DocumentOptions {
  /** Milliseconds from `POST /{id}/invoice` until the render completes; `Infinity`: on `completeRenders()`. */
  invoiceRenderMs: number;
  /** How many `GET /{id}/receipt` calls answer 202 before the link, per order. */
  receiptRenders: number;
  /** Where the links point and the files are served; undefined: S3-like links nothing answers. */
  fileOrigin?: string;
}

/** Where a mock given a `fileOrigin` serves its invoices and receipts. */
const FILES_PATH = "/polar-mock/files";

/**
 * What Polar's invoice checksum covers that the mock knows: the billing name and address (the
 * tax id, the customer's locale and the template never change here).
 */
const invoiceChecksum = (order: CustomerOrder) => JSON.stringify([order.billing_name, order.billing_address ?? null]);

const noLink = () => HttpResponse.json({ url: null }, { status: 200 });

export function documentsResource(core: MockCore, orders: OrderStore, options: DocumentOptions): MockResource<DocumentControls> {
  const paperwork = createPaperwork(core, orders, options);
  const links = presignedLinks(options.fileOrigin);
  orders.on("replaced", paperwork.forget);
  // The invoice stays what it was rendered from, whatever the PATCH changes.
  orders.on("updating", (id) => void paperwork.of(id));

  const route = (method: "get" | "post", document: "invoice" | "receipt"): MockRoute => ({
    method,
    path: `${ORDERS_PATH}/:id/${document}`,
    access: "billing",
    answer({ request, params }) {
      const found = orders.own(params.id!);
      if (found instanceof Response) return found;
      const { id, order } = found;
      if (document === "receipt") {
        return receipt(() => paperwork.of(id), links, order, () => orders.set(id, { ...order, modified_at: core.stamp(order.modified_at) }));
      }
      const papers = paperwork.of(id);
      if (request.method === "GET") return invoiceLink(papers, links, order);
      const refused = invoiceRefusal(order);
      if (refused) return refused;
      // Skipped when nothing printed on it changed; otherwise queued, answered 202 at once.
      if (papers.invoice !== invoiceChecksum(order)) paperwork.queueRender(id);
      return HttpResponse.json(null, { status: 202 });
    },
    malformed: noLink,
  });

  return {
    routes: [route("post", "invoice"), route("get", "invoice"), route("get", "receipt"), ...links.routes],
    reset() {
      paperwork.reset();
      links.reset();
    },
    controls: documentControls(orders, paperwork),
  };
}

interface Papers {
  /** The checksum the stored invoice was rendered from; null: no invoice yet. */
  invoice: string | null;
  /** Invoice renders done. */
  renders: number;
  /** How many receipt requests still answer 202. */
  receiptPending: number;
}

/** What Polar keeps beside each order, and the invoice render queue (its worker). */
function createPaperwork(core: MockCore, orders: OrderStore, options: DocumentOptions) {
  let paperwork = new Map<string, Papers>();
  let queued: { id: string; timer?: ReturnType<typeof setTimeout> }[] = [];

  function of(id: string): Papers {
    let papers = paperwork.get(id);
    if (!papers) {
      const order = orders.get(id);
      papers = { invoice: order?.is_invoice_generated ? invoiceChecksum(order) : null, renders: 0, receiptPending: options.receiptRenders };
      paperwork.set(id, papers);
    }
    return papers;
  }

  /** The worker's side: render from the order as it is now, unless that is what is stored. */
  function render(id: string) {
    const order = orders.get(id);
    if (!order) return;
    const papers = of(id);
    if (papers.invoice === invoiceChecksum(order)) return;
    papers.invoice = invoiceChecksum(order);
    papers.renders += 1;
    orders.set(id, { ...order, is_invoice_generated: true, modified_at: core.stamp(order.modified_at) });
  }

  return {
    of,
    peek: (id: string) => paperwork.get(id),
    forget: (id: string) => void paperwork.delete(id),
    queueRender(id: string) {
      const entry: (typeof queued)[number] = { id };
      if (Number.isFinite(options.invoiceRenderMs)) {
        entry.timer = setTimeout(() => {
          queued = queued.filter((other) => other !== entry);
          render(id);
        }, options.invoiceRenderMs);
      }
      queued.push(entry);
    },
    completeRenders() {
      const due = queued;
      queued = [];
      for (const entry of due) {
        clearTimeout(entry.timer);
        render(entry.id);
      }
    },
    reset() {
      paperwork = new Map();
      for (const entry of queued) clearTimeout(entry.timer);
      queued = [];
    },
  };
}

type Paperwork = ReturnType<typeof createPaperwork>;
type Links = ReturnType<typeof presignedLinks>;

/** `GET /{id}/invoice`: the old PDF stays downloadable until a new render replaces it. */
function invoiceLink(papers: Papers, links: Links, order: CustomerOrder): Response {
  if (papers.invoice === null) return polarError(404, "InvoiceDoesNotExist", `No invoice exists for order ${order.id}.`);
  return HttpResponse.json({ url: links.sign("polar-customer-invoices", `Invoice-${order.invoice_number ?? order.id}.pdf`) });
}

/** Why `POST /{id}/invoice` cannot render the order, if it cannot. */
function invoiceRefusal(order: CustomerOrder): Response | undefined {
  if (order.status === "draft" || order.status === "void") {
    return polarError(409, "OrderNotEligibleForInvoice", `Order ${order.id} is not eligible for invoice generation (current status: ${order.status}).`);
  }
  if (order.billing_name == null || order.billing_address == null) {
    return polarError(422, "MissingInvoiceBillingDetails", "Billing name and address are required to generate an invoice for this order.");
  }
  return undefined;
}

/** `GET /{id}/receipt`: 202 while it renders (`rendered` writes the order when it lands), then the link. */
function receipt(papersOf: () => Papers, links: Links, order: CustomerOrder, rendered: () => void): Response {
  if (order.receipt_number == null) return polarError(404, "ReceiptNotAllocated", `No receipt allocated for order ${order.id}.`);
  const papers = papersOf();
  if (papers.receiptPending > 0) {
    // Polar queues a render and answers 202 with no body and no Retry-After. The render that
    // lands writes the order (its receipt_path), so modified_at moves as on Polar.
    papers.receiptPending -= 1;
    if (papers.receiptPending === 0) rendered();
    return new HttpResponse(null, { status: 202 });
  }
  return HttpResponse.json({ url: links.sign("polar-customer-receipts", `Receipt-${order.receipt_number}.pdf`) });
}

function documentControls(orders: OrderStore, paperwork: Paperwork): DocumentControls {
  return {
    setInvoice(rawId, state) {
      const id = rawId.toLowerCase();
      const order = orders.get(id);
      if (!order) throw new Error(`createPolarMock: no order ${rawId}`);
      orders.set(id, { ...order, is_invoice_generated: state !== "none" });
      // "stale": rendered from billing details the order no longer has.
      paperwork.of(id).invoice = state === "none" ? null : state === "current" ? invoiceChecksum(order) : `stale ${invoiceChecksum(order)}`;
    },
    setReceiptRenders(id, pending) {
      paperwork.of(id.toLowerCase()).receiptPending = pending;
    },
    completeRenders: paperwork.completeRenders,
    invoiceRenders: (id) => paperwork.peek(id.toLowerCase())?.renders ?? 0,
    invoicePrints(rawId) {
      const id = rawId.toLowerCase();
      if (!orders.get(id)) return null;
      const printed = paperwork.of(id).invoice;
      if (printed === null) return null;
      if (printed.startsWith("stale ")) return { billing_name: null, billing_address: null };
      const [billing_name, billing_address] = JSON.parse(printed) as [CustomerOrder["billing_name"], CustomerOrder["billing_address"]];
      return { billing_name, billing_address };
    },
  };
}

/** Presigned-looking links, a fresh signature on every call as S3 signs them, and S3's side. */
function presignedLinks(fileOrigin: string | undefined) {
  let signatures = 0;
  // The signatures handed out since the last reset: a file is served only for one of them.
  let signed = new Set<string>();

  /** S3's side of a presigned link: the file as an attachment, or S3's own refusal. */
  function file(request: Request, name: string): Response {
    const signature = new URL(request.url).searchParams.get("X-Amz-Signature");
    if (!signature || !signed.has(signature)) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>`;
      return new HttpResponse(xml, { status: 403, headers: { "Content-Type": "application/xml" } });
    }
    return new HttpResponse(pdf(name.replace(/\.pdf$/, "")), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"` },
    });
  }

  const routes: MockRoute[] = fileOrigin
    ? [{ method: "get", origin: fileOrigin, path: `${FILES_PATH}/:bucket/:file`, access: "direct", answer: ({ request, params }) => file(request, params.file!) }]
    : [];
  return {
    routes,
    sign(bucket: string, name: string) {
      signatures += 1;
      const signature = (0x5eed0000 + signatures).toString(16).padStart(64, "0");
      signed.add(signature);
      const host = fileOrigin ? `${fileOrigin}${FILES_PATH}/${bucket}` : `https://${bucket}.s3.amazonaws.com`;
      return `${host}/${encodeURIComponent(name)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260320T120000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`;
    },
    reset() {
      signed = new Set();
    },
  };
}

/** A one-page PDF that says what it is (`%PDF-1.4`, one line of text), for the mock's files. */
function pdf(title: string): Uint8Array {
  const text = title.replace(/[\\()]/g, "\\$&").replace(/[^\x20-\x7e]/g, "?");
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const at = out.length;
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
