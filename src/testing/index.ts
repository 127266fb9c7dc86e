// `react-polar-portal/testing`: order fixtures and their builders, free of msw and of React (a
// server component, a seed script or a unit test may import them). The mock Polar is in
// `react-polar-portal/testing/msw`.
export * from "./fixtures.js";
export * from "./subscription-fixtures.js";
export type * from "./types.js";
export type * from "./billing-types.js";
export * from "./billing-fixtures.js";
export type { PaymentMethodFixtureName } from "./payment-method-fixtures.js";
// The stand-in for Polar's card embed page, served in its place by a browser test (no msw, no React).
export * from "./embed/index.js";
