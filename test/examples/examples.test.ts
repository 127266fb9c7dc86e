// @vitest-environment node
// The example apps, used the way a merchant uses the kit: the kit is built and packed, the
// tarball installed into each example (examples/*/package.json, locked), each example built for
// production, served on loopback and driven in Chromium. A separate Vitest project ("examples"),
// run after the others: it takes a few minutes, mostly `npm ci` and `next build`.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { FIXTURE_CUSTOMER_ID, FIXTURE_ORDER_ID, fixtures, manyOrders } from "../../src/testing/fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
/** What the examples' package.json files name: `file:../../<this>`. */
const TARBALL = `${name}-${version}.tgz`;
const ORDER_PATH = "/v1/customer-portal/orders/";
/** The customer's orders in both examples' mocks: every fixture and 250 more. */
const LISTED = [...Object.values(fixtures), ...manyOrders(250)].filter((order) => order.customer_id === FIXTURE_CUSTOMER_ID).length;

// The server's clock zone and the browser's are 25 hours apart, so any date differs between them
// unless the provider is given a zone of its own (fixtures.paid: 2026-03-14T09:26:53Z is the 14th
// at UTC+14 and the 13th at UTC-11).
const SERVER_TZ = "Pacific/Kiritimati";
const BROWSER_TZ = "Pacific/Pago_Pago";

/**
 * The children's environment: without what Vitest sets (NODE_ENV=test would make `next build` and
 * `vite build` build something other than production) or what `npm test` says about the kit's own
 * package (the examples are packages of their own). npm's other settings, a registry say, stay.
 */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|NODE_ENV$|TEST$|npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$)/i.test(key)) env[key] = value;
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

const execFileAsync = promisify(execFile);

/** Runs a command to its end; its output is shown only when it fails. */
async function run(label: string, command: string, args: string[], cwd: string, env = childEnv()) {
  const started = performance.now();
  try {
    await execFileAsync(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${label} failed:\n${stdout}\n${stderr}`, { cause: error });
  }
  console.log(`examples: ${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Installs an example as its lockfile says, with the kit from the tarball just packed. */
async function install(dir: string) {
  // A hash of the kit's tarball in the lockfile would be out of date after any change to the kit:
  // `npm ci` then fails (EINTEGRITY) on a fresh machine, or installs an older build from npm's cache.
  const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as { packages: Record<string, { integrity?: string }> };
  expect(
    lock.packages[`node_modules/${name}`]?.integrity,
    `${basename(dir)}/package-lock.json pins ${TARBALL} by its hash: delete the "integrity" line of node_modules/${name}`,
  ).toBeUndefined();
  await run(`${basename(dir)}: npm ci`, "npm", ["ci", "--no-audit", "--no-fund"], dir);
  const installed = join(dir, "node_modules", name, "dist");
  for (const file of readdirSync(join(ROOT, "dist"), { recursive: true }) as string[]) {
    if (!file.endsWith(".js")) continue;
    expect(readFileSync(join(installed, file), "utf8"), `${name}/dist/${file} as installed in ${basename(dir)}`).toBe(
      readFileSync(join(ROOT, "dist", file), "utf8"),
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Served {
  url: string;
  output: () => string;
  stop: () => void;
}

/** Starts a server in its own process group (its children end with it) and waits until it answers. */
async function serve(command: string, args: string[], cwd: string, port: number, env: NodeJS.ProcessEnv): Promise<Served> {
  const child: ChildProcess = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const stop = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${url} did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the page says in the console (errors and warnings) and what it throws. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Every URL the page asks for, from the moment this is called. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(`${request.method()} ${request.url()}`));
  return urls;
}

async function editBillingName(page: Page, newName: string) {
  await page.getByRole("button", { name: "Edit billing details" }).click();
  await page.getByLabel("Billing name").fill(newName);
  const saved = page.waitForResponse((response) => response.request().method() === "PATCH" && response.url().includes(ORDER_PATH));
  await page.getByRole("button", { name: "Save billing details" }).click();
  return saved;
}

let browser: Browser;

beforeAll(async () => {
  await run("kit: npm run build", "npm", ["run", "build"], ROOT);
  await run("kit: npm pack", "npm", ["pack", "--silent"], ROOT);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe("examples/next-app (App Router, next start)", () => {
  const dir = join(ROOT, "examples", "next-app");
  let server: Served | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    await install(dir);
    await run("next-app: next build", "node", ["node_modules/next/dist/bin/next", "build"], dir);
    const port = await freePort();
    server = await serve("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], dir, port, childEnv({ TZ: SERVER_TZ }));
    context = await browser.newContext({ timezoneId: BROWSER_TZ, locale: "de-DE" });
  });

  afterAll(async () => {
    await context?.close();
    server?.stop();
  });

  it("paints the order from the server's HTML, asks Polar nothing on load, hydrates without a warning, and saves a billing edit the next server render shows", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    const response = await page.goto(`${server!.url}/orders/${FIXTURE_ORDER_ID}`, { waitUntil: "networkidle" });
    const html = await response!.text();
    // The order is in the HTML the server sent, formatted in the provider's locale and zone.
    expect(html).toContain("Ada Lovelace");
    expect(html).toContain("$107.20");
    expect(html).toContain("Mar 14, 2026");
    await expect.poll(() => page.getByText("Ada Lovelace").first().isVisible()).toBe(true);
    // The server's prefetch filled the browser's cache: no request for the order on load.
    expect(requests.filter((request) => request.includes(ORDER_PATH))).toEqual([]);
    expect(problems).toEqual([]);

    // An edit goes through the app's proxy (the browser never talks to Polar's host) ...
    const saved = await editBillingName(page, "Grace Hopper");
    expect(saved.url()).toBe(`${server!.url}/api/polar${ORDER_PATH}${FIXTURE_ORDER_ID}`);
    expect(saved.status()).toBe(200);
    await expect.poll(() => page.getByText("Billing details saved.").isVisible()).toBe(true);
    expect(requests.every((request) => request.split(" ")[1]!.startsWith(`${server!.url}/`))).toBe(true);

    // ... to the one store the server renders from.
    requests.length = 0;
    const reloaded = await page.reload({ waitUntil: "networkidle" });
    expect(await reloaded!.text()).toContain("Grace Hopper");
    expect(requests.filter((request) => request.includes(ORDER_PATH))).toEqual([]);
    expect(problems).toEqual([]);
    expect(server!.output()).not.toMatch(/error|warn/i);
  });

  it("lists the orders from the server's HTML, opens one from the list without asking Polar for it, and goes back", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    const response = await page.goto(`${server!.url}/orders`, { waitUntil: "networkidle" });
    // The list's first page is in the HTML the server sent .
    expect(await response!.text()).toContain(`1–10 of ${LISTED}`);
    const table = page.getByRole("table", { name: `${LISTED} orders` });
    await expect.poll(() => table.isVisible()).toBe(true);
    // Nothing asked on load but the next page, fetched ahead.
    expect(requests.filter((request) => request.includes(ORDER_PATH)).every((request) => /[?&]page=2(&|$)/.test(request))).toBe(true);

    // A row is a link to the order's URL, followed by the app's router (the page stays loaded).
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const link = table.getByRole("row").nth(1).getByRole("link");
    const href = (await link.getAttribute("href"))!;
    const id = href.split("/").at(-1)!;
    requests.length = 0;
    await link.click();
    await page.waitForURL(`${server!.url}${href}`);
    await expect.poll(() => page.getByRole("button", { name: "Back to orders" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Edit billing details" }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // The list filled the order's cache: no request for it from the browser.
    expect(requests.filter((request) => request.includes(`${ORDER_PATH}${id}`))).toEqual([]);

    await page.getByRole("button", { name: "Back to orders" }).click();
    await page.waitForURL(`${server!.url}/orders`);
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe("examples/vite-app (the README's snippet, msw in the browser)", () => {
  const dir = join(ROOT, "examples", "vite-app");
  let server: Served | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    await install(dir);
    await run("vite-app: vite build", "node", ["node_modules/vite/bin/vite.js", "build"], dir);
    const port = await freePort();
    server = await serve(
      "node",
      ["node_modules/vite/bin/vite.js", "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
      dir,
      port,
      childEnv(),
    );
    context = await browser.newContext({ timezoneId: BROWSER_TZ, locale: "en-US" });
  });

  afterAll(async () => {
    await context?.close();
    server?.stop();
  });

  it("runs the README's snippet as the README has it", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```tsx\n([\s\S]*?)```/g)].map(([, code]) => code!);
    const snippet = blocks.find((code) => code.includes("export function OrderPage"));
    const app = readFileSync(join(dir, "src", "OrderPage.tsx"), "utf8").replace(/^(\/\/.*\n)+/, "");
    expect(app).toBe(snippet);
  });

  it("runs the README's whole-portal snippet as the README has it", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```tsx\n([\s\S]*?)```/g)].map(([, code]) => code!);
    const snippet = blocks.find((code) => code.includes("export function OrdersPage"));
    const app = readFileSync(join(dir, "src", "OrdersPage.tsx"), "utf8").replace(/^(\/\/.*\n)+/, "");
    expect(app).toBe(snippet);
  });

  it("shows the order from the mock Polar in the service worker and saves a billing edit through it", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);

    await page.goto(`${server!.url}/?order=${FIXTURE_ORDER_ID}`);
    // The snippet's locale="de-DE": German amounts on an English browser.
    await expect.poll(() => page.getByText("Ada Lovelace").first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByText(/107,20\s\$/).first().isVisible()).toBe(true);

    const saved = await editBillingName(page, "Grace Hopper");
    // Answered by the worker in Polar's place: the snippet's server="production".
    expect(saved.url()).toBe(`https://api.polar.sh${ORDER_PATH}${FIXTURE_ORDER_ID}`);
    expect(saved.fromServiceWorker()).toBe(true);
    expect(saved.status()).toBe(200);
    expect(((await saved.json()) as { billing_name: string }).billing_name).toBe("Grace Hopper");
    await expect.poll(() => page.getByText("Billing details saved.").isVisible()).toBe(true);
    expect(await page.getByText("Grace Hopper").first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("shows the whole portal: finds an order in the list, opens it without asking Polar for it, and goes back to its row", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    await page.goto(server!.url);
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByRole("searchbox", { name: "Search orders" }).fill("team");
    const table = page.getByRole("table", { name: "62 orders" });
    await expect.poll(() => table.isVisible()).toBe(true);

    const row = table.getByRole("row").nth(1);
    const id = (await row.getAttribute("data-order-id"))!;
    requests.length = 0;
    await row.getByRole("button", { name: "Team Seats" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Team Seats" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Download invoice" }).isVisible()).toBe(true);
    // The list filled the order's cache: opening it asks nothing.
    expect(requests.filter((request) => request.includes(`${ORDER_PATH}${id}`))).toEqual([]);

    await page.getByRole("button", { name: "Back to orders" }).click();
    await expect.poll(() => table.isVisible()).toBe(true);
    await expect.poll(() => page.locator(`tr[data-order-id="${id}"] .pp-orders-table__open`).evaluate((node) => node === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });
});
