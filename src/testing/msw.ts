// `react-polar-portal/testing/msw`: the mock Polar, as msw handlers. The only entry that imports
// msw (an optional peer), so the fixtures in `react-polar-portal/testing` need nothing installed.
export * from "./handlers.js";
