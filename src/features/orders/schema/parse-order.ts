import { parseAnswer } from "../../../core/schema/parse.js";
import { CustomerOrderSchema, type CustomerOrder } from "./order.js";

/**
 * Checks a value against the order contract: the parsed order, or an `invalid_response`
 * PortalError naming the first offending field. Used on Polar's answers and on orders a merchant
 * passes in directly.
 */
export const parseOrder = (value: unknown, status?: number): CustomerOrder => parseAnswer(CustomerOrderSchema, value, status, "order");
