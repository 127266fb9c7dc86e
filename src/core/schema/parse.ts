import type { z } from "zod/mini";
import { PortalError } from "../client/errors.js";

/**
 * Checks a value against a resource's contract: the parsed value, or an `invalid_response`
 * PortalError naming the resource and the first offending field. Used on Polar's answers and on
 * data a merchant passes in directly.
 */
export function parseAnswer<T>(schema: z.ZodMiniType<T>, value: unknown, status: number | undefined, resource: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map((segment) => (typeof segment === "number" ? segment : String(segment))) ?? [];
  throw new PortalError({
    kind: "invalid_response",
    status,
    resource,
    message: `The ${resource.replace(/_/g, " ")} did not match Polar's contract${path.length ? ` at ${path.join(".")}` : ""}: ${issue?.message ?? "invalid"}.`,
    path,
  });
}
