import { PortalError } from "../client/errors.js";
import { CustomerOrderSchema, type CustomerOrder } from "./order.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

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
    // For developers; production builds keep only the kind (the path is on the error), as the
    // client's errors do.
    message:
      process.env.NODE_ENV !== "production"
        ? `The order did not match Polar's contract${path.length ? ` at ${path.join(".")}` : ""}: ${issue?.message ?? "invalid"}.`
        : "invalid_response",
    path,
  });
}
