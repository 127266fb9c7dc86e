// What Jest's babel-jest compiles your tests and the kit with: modern syntax for the Node that runs
// Jest, ES modules to CommonJS, and JSX.
module.exports = {
  presets: [["@babel/preset-env", { targets: { node: "current" } }], ["@babel/preset-react", { runtime: "automatic" }]],
};
