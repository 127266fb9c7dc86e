// @vitest-environment node
// What the mock answers beyond the customer portal's orders: the files its links point at when it
// is given a `fileOrigin` (as S3 answers Polar's presigned links), and Polar's
// `POST /v1/customer-sessions/` for a demo's own token route.
import { describe, expect, it } from "vitest";
import { fixtures } from "../../src/testing";
import { createPolarMock, MOCK_EXTERNAL_CUSTOMER_ID, POLAR_TEST_ORGANIZATION_TOKEN, POLAR_TEST_TOKEN } from "../../src/testing/msw";
import { serveForFile } from "../support";

const ORIGIN = "http://shop.test";
const mock = createPolarMock({ fileOrigin: ORIGIN });
serveForFile(mock.handlers);
const API = "https://api.polar.sh";
const auth = { Authorization: `Bearer ${POLAR_TEST_TOKEN}` };

async function invoiceLink(): Promise<string> {
  expect((await fetch(`${API}/v1/customer-portal/orders/${fixtures.paid.id}/invoice`, { method: "POST", headers: auth })).status).toBe(202);
  mock.completeRenders();
  const answer = await fetch(`${API}/v1/customer-portal/orders/${fixtures.paid.id}/invoice`, { headers: auth });
  return ((await answer.json()) as { url: string }).url;
}

describe("the mock's files (fileOrigin)", () => {
  it("points its links at the origin and serves each file there as an attachment, with no token", async () => {
    const url = await invoiceLink();
    expect(url).toMatch(/^http:\/\/shop\.test\/polar-mock\/files\/polar-customer-invoices\/Invoice-POLAR-0042\.pdf\?X-Amz-Algorithm=/);
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
    expect(file.headers.get("Content-Disposition")).toBe('attachment; filename="Invoice-POLAR-0042.pdf"');
    const text = await file.text();
    expect(text).toMatch(/^%PDF-1\.4\n[\s\S]*\(Invoice-POLAR-0042\) Tj[\s\S]*startxref\n\d+\n%%EOF\n$/);
    // The xref offsets point at the objects, as a PDF reader expects.
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe("xref");
    const first = Number(/\n(\d{10}) 00000 n /.exec(text)![1]);
    expect(text.slice(first, first + 7)).toBe("1 0 obj");
  });

  it("refuses a link it did not sign, and every link after a reset, in S3's words", async () => {
    const url = await invoiceLink();
    const forged = url.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${"0".repeat(64)}`);
    const refused = await fetch(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
    mock.reset();
    expect((await fetch(url)).status).toBe(403);
  });
});

describe("POST /v1/customer-sessions/", () => {
  const create = (body: unknown, token: string | null = POLAR_TEST_ORGANIZATION_TOKEN) =>
    fetch(`${API}/v1/customer-sessions/`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });

  it("creates a session whose token the customer portal accepts, by customer id or by the shop's own id", async () => {
    for (const body of [{ customer_id: mock.customerId }, { external_customer_id: MOCK_EXTERNAL_CUSTOMER_ID }]) {
      const answer = await create(body);
      expect(answer.status).toBe(201);
      const session = (await answer.json()) as { token: string; customer_id: string; expires_at: string; customer: { external_id: string } };
      expect(session).toMatchObject({ token: POLAR_TEST_TOKEN, customer_id: mock.customerId, customer: { external_id: MOCK_EXTERNAL_CUSTOMER_ID } });
      expect(Date.parse(session.expires_at)).toBeGreaterThan(Date.now() - 365 * 86_400_000);
      const order = await fetch(`${API}/v1/customer-portal/orders/${fixtures.paid.id}`, { headers: { Authorization: `Bearer ${session.token}` } });
      expect(order.status).toBe(200);
    }
  });

  it("answers as Polar does: 401 without the organization token or with another, 422 for an unknown customer or none", async () => {
    expect((await create({ customer_id: mock.customerId }, null)).status).toBe(401);
    const wrong = await create({ customer_id: mock.customerId }, POLAR_TEST_TOKEN);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: "invalid_token" });
    const unknown = await create({ external_customer_id: "someone-else" });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toEqual({
      error: "PolarRequestValidationError",
      detail: [{ type: "value_error", loc: ["body", "external_customer_id"], msg: "Customer does not exist.", input: "someone-else" }],
    });
    const stranger = await create({ customer_id: "3F2A1B0C-9D8E-4F7A-8B6C-5D4E3F2A1B0C" });
    expect(await stranger.json()).toEqual({
      error: "PolarRequestValidationError",
      detail: [{ type: "value_error", loc: ["body", "customer_id"], msg: "Customer does not exist.", input: "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c" }],
    });
    // A union of two models that neither reads: pydantic answers both, each under its model.
    const none = await create({});
    expect(none.status).toBe(422);
    expect(await none.json()).toEqual({
      error: "RequestValidationError",
      detail: [
        { type: "missing", loc: ["body", "CustomerSessionCustomerIDCreate", "customer_id"], msg: "Field required", input: {} },
        { type: "missing", loc: ["body", "CustomerSessionCustomerExternalIDCreate", "external_customer_id"], msg: "Field required", input: {} },
      ],
    });
    const malformed = await create({ customer_id: "42" });
    expect(((await malformed.json()) as { detail: { type: string }[] }).detail.map((issue) => issue.type)).toEqual(["uuid_parsing", "missing"]);
    const byAlias = await create({ customer_external_id: MOCK_EXTERNAL_CUSTOMER_ID });
    expect(byAlias.status).toBe(201);
  });
});
