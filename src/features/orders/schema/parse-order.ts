import { PortalError } from "../../../core/client/errors.js";
import { CustomerOrderSchema, type CustomerOrder } from "./order.js";

/**
 * Checks a value against the order contract: the parsed order, or an `invalid_response`
 * PortalError naming the first offending field. Used on Polar's answers and on orders a merchant
 * passes in directly.
 */
export function parseOrder(value: unknown, status?: number): CustomerOrder {
  const result = CustomerOrderSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map((segment) => (typeof segment === "number" ? segment : String(segment))) ?? [];
  throw new PortalError({
    kind: "invalid_response",
    status,
    resource: "order",
    message: `The order did not match Polar's contract${path.length ? ` at ${path.join(".")}` : ""}: ${issue?.message ?? "invalid"}.`,
    path,
  });
}
