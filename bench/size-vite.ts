// For information only: the same bundles built by Vite 8 (Rolldown), the other bundler merchants
// commonly use. Rolldown tree-shakes `import { z } from "zod/mini"` member by member; esbuild
// keeps the whole namespace, which is why the two differ most when zod is bundled.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build as viteBuild, type BuildOptions, type Rollup } from "vite";
import { gzipSize, PEERS, ROOT, type BundleSize } from "./size";

const isExternal = (peers: readonly string[]) => (id: string) => peers.some((peer) => id === peer || id.startsWith(`${peer}/`));

/**
 * Builds `source` (written as an entry file in bench/.tmp/, importing the kit as a merchant's app
 * would) with Vite for production, in memory, and returns the chunks it made.
 */
async function viteChunks(file: string, source: string, build: Omit<BuildOptions, "write" | "minify">): Promise<Rollup.OutputChunk[]> {
  const dir = join(ROOT, "bench/.tmp");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, file);
  writeFileSync(entry, source);
  // A production build whatever runs it (a test runner sets NODE_ENV=test, and JSX would be built
  // for development); Vite leaves NODE_ENV set for the whole process, so it is put back after.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const output = await viteBuild({
    configFile: false,
    root: ROOT,
    mode: "production",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    build: { ...build, write: false, minify: true },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  return results.flatMap((result) => result.output).filter((file): file is Rollup.OutputChunk => file.type === "chunk");
}

async function viteBundle(label: string, bundled: readonly string[]): Promise<BundleSize> {
  const entry = join(ROOT, "bench/.tmp/vite-entry.js");
  const chunks = await viteChunks("vite-entry.js", 'import * as kit from "../../src/index.ts";\nglobalThis.__kit = kit;\n', {
    lib: { entry, formats: ["es"], fileName: "kit" },
    rolldownOptions: { external: isExternal(PEERS.filter((peer) => !bundled.includes(peer))) },
  });
  const code = chunks.map((chunk) => chunk.code).join("\n");
  const imports = [...new Set(chunks.flatMap((chunk) => chunk.imports))].sort();
  return { label, minified: Buffer.byteLength(code), gzip: gzipSize(code), imports };
}

export interface FirstLoad {
  label: string;
  /** What the page loads before it shows: the entry chunk and every chunk it imports statically. */
  minified: number;
  gzip: number;
  /** What it loads only when the customer asks for it (dynamic imports: the billing form), gzip. */
  laterGzip: number;
}

/**
 * What a page importing `names` from the kit costs on its first load when the merchant's bundler
 * splits code, as Vite does (Rolldown; Next.js and webpack split the same way): the entry chunk and
 * the chunks it imports statically (gzip, each chunk apart, as the browser fetches them), and apart
 * from them what is loaded only when the customer asks for it. esbuild is not used here: with code
 * splitting it keeps in the first load every module a re-export reaches, used or not.
 */
export async function firstLoadSize(label: string, names: readonly string[]): Promise<FirstLoad> {
  return (await firstLoadBuild(label, names)).load;
}

/** {@link firstLoadSize}, with the code of the first load itself, to check what it carries. */
export async function firstLoadBuild(label: string, names: readonly string[]): Promise<{ load: FirstLoad; firstCode: string }> {
  const file = `first-load-${names.join("-")}.js`;
  const source = `import { ${names.join(", ")} } from "../../src/index.ts";\nglobalThis.__page = [${names.join(", ")}];\n`;
  return firstLoadOf(label, file, source);
}

/** {@link firstLoadBuild} of an entry written out (`source`, in bench/.tmp/, as `file`): a page importing other entries too. */
export async function firstLoadOf(label: string, file: string, source: string): Promise<{ load: FirstLoad; firstCode: string }> {
  const built = await viteChunks(file, source, { rolldownOptions: { input: join(ROOT, "bench/.tmp", file), external: isExternal(PEERS) } });
  const chunks = new Map(built.map((chunk) => [chunk.fileName, chunk]));
  const first = new Set<string>();
  const visit = (name: string) => {
    if (first.has(name) || !chunks.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name)!.imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  let minified = 0;
  let gzip = 0;
  let laterGzip = 0;
  let firstCode = "";
  for (const chunk of chunks.values()) {
    if (first.has(chunk.fileName)) {
      minified += Buffer.byteLength(chunk.code);
      gzip += gzipSize(chunk.code);
      firstCode += chunk.code;
    } else laterGzip += gzipSize(chunk.code);
  }
  return { load: { label, minified, gzip, laterGzip }, firstCode };
}

export async function measureWithVite(): Promise<BundleSize[]> {
  return [
    await viteBundle("whole kit (Vite)", []),
    await viteBundle("whole kit + zod/mini + react-hook-form + resolvers (Vite)", ["zod", "react-hook-form", "@hookform/resolvers"]),
  ];
}
