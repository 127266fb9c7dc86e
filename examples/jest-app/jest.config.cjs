// Jest for a merchant's app that uses react-polar-portal (CommonJS Jest, as most apps have it).
/** @type {import("jest").Config} */
module.exports = {
  // jsdom with Node's own fetch, Request, Response, streams and TextEncoder, which msw needs
  // (plain jest-environment-jsdom hides them), and msw/node resolved for Node, not the browser.
  testEnvironment: "jest-fixed-jsdom",
  // The kit is ES modules only, and so are three packages msw 2 loads: Babel turns them into
  // CommonJS like your own code. Jest otherwise leaves node_modules (and any .mjs file) as it is.
  transform: { "\\.[cm]?[jt]sx?$": "babel-jest" },
  transformIgnorePatterns: ["/node_modules/(?!(react-polar-portal|rettime|until-async|@open-draft/deferred-promise)/)"],
};
