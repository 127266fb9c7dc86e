// FastAPI's reading of `CustomerOrderConfirmPayment` (`customer_portal/schemas/order.py`): each
// field's type first, then the model's own check that exactly one of a saved payment method and a
// confirmation token is given (pydantic's "Value error, …" on the body as a whole).
import { enumIssue, isRecord, parseUuid, type ValidationIssue } from "./pydantic.js";

export interface ConfirmBody {
  issues: ValidationIssue[];
  /** The saved method, canonical; undefined when a confirmation token pays. */
  paymentMethodId?: string;
}

export function readConfirmBody(body: unknown): ConfirmBody {
  if (body === undefined) return { issues: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] };
  if (typeof body === "string") {
    return { issues: [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }] };
  }
  if (!isRecord(body)) {
    return { issues: [{ type: "model_attributes_type", loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", input: body }] };
  }
  const issues: ValidationIssue[] = [];
  const token = body.confirmation_token_id ?? null;
  if (token !== null && typeof token !== "string") {
    issues.push({ type: "string_type", loc: ["body", "confirmation_token_id"], msg: "Input should be a valid string", input: token });
  }
  const rawMethod = body.payment_method_id ?? null;
  let paymentMethodId: string | undefined;
  if (rawMethod !== null) {
    if (typeof rawMethod !== "string") {
      issues.push({ type: "uuid_type", loc: ["body", "payment_method_id"], msg: "UUID input should be a string, bytes or UUID object", input: rawMethod });
    } else {
      const parsed = parseUuid(rawMethod, ["body", "payment_method_id"]);
      if ("issue" in parsed) issues.push(parsed.issue);
      else paymentMethodId = parsed.id;
    }
  }
  if ("payment_processor" in body && body.payment_processor !== "stripe") {
    issues.push(enumIssue(["body", "payment_processor"], body.payment_processor, "'stripe'"));
  }
  if (issues.length > 0) return { issues };
  const either = (msg: string): ConfirmBody => ({ issues: [{ type: "value_error", loc: ["body"], msg: `Value error, ${msg}`, input: body, ctx: { error: {} } }] });
  if (token === null && rawMethod === null) return either("Either confirmation_token_id or payment_method_id must be provided");
  if (token !== null && rawMethod !== null) return either("Only one of confirmation_token_id or payment_method_id can be provided");
  return { issues, paymentMethodId };
}
