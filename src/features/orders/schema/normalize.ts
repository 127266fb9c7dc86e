// Polar's normalisation of a billing name and address is the core's (a customer's is stored the
// same way as an order's): src/core/address/normalize.ts. Named here still for the testing kit's
// mock, which reads Polar's rules from the orders' schema; no module of the kit imports this one.
export { applyBillingUpdate, cleanString, normalizeAddress, normalizeState } from "../../../core/address/normalize.js";
