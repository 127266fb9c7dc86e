// Which modules of the library build carry "use client". A React Server Component that imports a
// "use client" module gets references to its exports, not the functions or data: formatMoney would
// refuse to be called on the server, and a fixture would arrive as a reference that the order view
// reads as no order at all. So the directive goes only on modules that need a client, decided here
// from each module's code (TypeScript already stripped) so that nobody has to remember it:
// - a module that uses hooks, state, effects or context (names from React's client build, the
//   kit's own hooks and react-query's, react-dom and the form libraries);
// - a module that uses something it imports from such a module (BillingAddressForm calls the
//   client-only createOrderComponent when it loads). Re-exporting (`export … from`, the index
//   files) is not using: the root entry stays a plain module of references.

// React's server build has none of these; names that start with `use` also catch the kit's own
// hooks and react-query's, so a module built on a hook is a client module too.
const CLIENT_NAME = /^(use[A-Z]\w*|createContext|Component|PureComponent)$/;
// Packages that exist only for the browser side of React.
const CLIENT_PACKAGE = /^(react-dom(?!\/server)|react-hook-form|@hookform\/resolvers)(\/|$)/;
// `import <clause> from "<source>"` and `import "<source>"`; `export … from` is deliberately absent.
const IMPORT = /(?:^|[\n;])\s*import\s+(?:([^"';]*?)\s+from\s+)?["']([^"']+)["']/g;

/** The names an import clause binds to values (type-only bindings dropped). */
function valueBindings(clause) {
  if (!clause || /^type\s/.test(clause)) return [];
  const names = [];
  const braces = clause.match(/\{([^}]*)\}/);
  for (const part of clause.replace(/\{[^}]*\}/, "").split(",")) {
    const name = part.trim();
    if (name) names.push(name.startsWith("*") ? "*" : "default");
  }
  for (const specifier of braces ? braces[1].split(",") : []) {
    const name = specifier.trim();
    if (name && !name.startsWith("type ")) names.push(name.split(/\s+as\s+/)[0]);
  }
  return names;
}

/** The module's imports: each source with the value names it imports (`*` for a namespace). */
export function importsOf(code) {
  return [...code.matchAll(IMPORT)].map(([, clause, source]) => ({ source, names: valueBindings(clause), bare: !clause }));
}

/** Whether a module (JavaScript, types stripped) uses a client-only API itself. */
export function usesClientApi(code) {
  if (/^\s*["']use client["']/.test(code)) return true;
  for (const { source, names } of importsOf(code)) {
    if (CLIENT_PACKAGE.test(source)) return true;
    if (names.some((name) => CLIENT_NAME.test(name))) return true;
    if (source === "react" && names.includes("*") && /\.(use[A-Z]\w*|createContext|Component|PureComponent)\b/.test(code)) return true;
  }
  return false;
}

/** A Vite plugin that prefixes "use client" to each output module that needs it (preserveModules). */
export function clientDirectivePlugin() {
  /** @type {Map<string, { direct: boolean, imports: string[] }>} */
  const modules = new Map();
  /** @type {Map<string, boolean>} */
  const client = new Map();
  let library = false;

  const isClient = (id) => {
    if (client.has(id)) return client.get(id);
    client.set(id, false); // an import cycle adds nothing
    const module = modules.get(id);
    const result = Boolean(module && (module.direct || module.imports.some(isClient)));
    client.set(id, result);
    return result;
  };

  return {
    name: "react-polar-portal:client-directive",
    apply: "build",
    // Only the library build: Storybook merges vite.config.ts into its own build.
    configResolved(config) {
      library = Boolean(config.build.lib);
    },
    buildStart() {
      modules.clear();
      client.clear();
    },
    async transform(code, id) {
      if (!library || id.includes("/node_modules/") || !/\.[cm]?[jt]sx?$/.test(id.split("?")[0])) return null;
      const imports = [];
      for (const { source, names } of importsOf(code)) {
        if (!source.startsWith(".") || names.length === 0) continue;
        const resolved = await this.resolve(source, id);
        if (resolved && !resolved.external) imports.push(resolved.id);
      }
      modules.set(id, { direct: usesClientApi(code), imports });
      return null;
    },
    banner(chunk) {
      return library && chunk.moduleIds.some(isClient) ? '"use client";' : "";
    },
  };
}
