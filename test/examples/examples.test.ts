// @vitest-environment node
// The example apps, used the way a merchant uses the kit: the kit is built and packed, the
// tarball installed into each example (examples/*/package.json, locked), each example built for
// production, served on loopback and driven in Chromium. A separate Vitest project ("examples"),
// run after the others: it takes a few minutes, mostly `npm ci` and `next build`.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { FIXTURE_CUSTOMER_ID, FIXTURE_ORDER_ID, fixtures, manyOrders } from "../../src/testing/fixtures";
import { customerFixture } from "../../src/testing/billing-fixtures";
import { subscriptionFixtures } from "../../src/testing/subscription-fixtures";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
/** What the examples' package.json files name: `file:../../<this>`. */
const TARBALL = `${name}-${version}.tgz`;
const ORDER_PATH = "/v1/customer-portal/orders/";
const SUBSCRIPTION_PATH = "/v1/customer-portal/subscriptions/";
/** A subscription of the customer in both examples' mocks (which hold every subscription fixture). */
const ACTIVE = subscriptionFixtures.active;
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

/** Counts the page's `beforeunload` events: a download must fire none (msw's worker unregisters on one). */
async function countUnloads(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { unloads: number };
    counted.unloads = 0;
    addEventListener("beforeunload", () => (counted.unloads += 1));
  });
  return () => page.evaluate(() => (window as unknown as { unloads: number }).unloads);
}

/** Clicks a download button and returns the file the browser saved: its name and its text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const saved = page.waitForEvent("download", { timeout: 15_000 });
  await page.getByRole("button", { name: button }).click();
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "latin1") };
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
  // As on a fresh clone, where there is no dist/: `npm pack` builds it (prepack).
  rmSync(join(ROOT, "dist"), { recursive: true, force: true });
  await run("kit: npm pack", "npm", ["pack", "--silent"], ROOT);
  expect(existsSync(join(ROOT, "dist", "index.js")), "npm pack built dist/ (package.json's prepack)").toBe(true);
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

  it("reads every list page through the proxy in one request (no 308), and downloads Polar's attachment links without leaving the page", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const answers: string[] = [];
    page.on("response", (response) => answers.push(`${response.status()} ${response.request().method()} ${response.url()}`));
    // Polar's links are presigned S3 links on another origin, answered as attachments.
    const files: string[] = [];
    await context.route(/^https:\/\/polar-customer-(invoices|receipts)\.s3\.amazonaws\.com\//, (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
      files.push(name);
      return route.fulfill({
        status: 200,
        headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"` },
        body: `%PDF-1.4 ${name}`,
      });
    });

    await page.goto(`${server!.url}/orders`, { waitUntil: "networkidle" });
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible()).toBe(true);
    // Page 2, fetched ahead by the browser: one answer, straight from the route handler.
    const lists = answers.filter((answer) => answer.includes(`/api/polar${ORDER_PATH}?`));
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((answer) => answer.startsWith("200 GET"))).toBe(true);
    expect(answers.filter((answer) => answer.startsWith("308"))).toEqual([]);

    await page.goto(`${server!.url}/orders/${FIXTURE_ORDER_ID}`, { waitUntil: "networkidle" });
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const unloads = await countUnloads(page);
    // The first invoice of the order: POST …/invoice through the proxy, then the link.
    const invoice = await download(page, "Download invoice");
    expect(invoice).toEqual({ name: "Invoice-POLAR-0042.pdf", text: "%PDF-1.4 Invoice-POLAR-0042.pdf" });
    expect(answers).toContain(`202 POST ${server!.url}/api/polar${ORDER_PATH}${FIXTURE_ORDER_ID}/invoice`);
    await expect.poll(() => page.getByText("Your invoice is downloading.").isVisible()).toBe(true);
    const receipt = await download(page, "Download receipt");
    expect(receipt.name).toBe("Receipt-R-0042.pdf");
    expect(files).toEqual(["Invoice-POLAR-0042.pdf", "Receipt-R-0042.pdf"]);

    // The page never started to leave: no beforeunload, the same document, still working.
    expect(await unloads()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(page.url()).toBe(`${server!.url}/orders/${FIXTURE_ORDER_ID}`);
    const saved = await editBillingName(page, "Ada Byron");
    expect(saved.status()).toBe(200);
    expect(problems).toEqual([]);
    await context.unroute(/^https:\/\/polar-customer-(invoices|receipts)\.s3\.amazonaws\.com\//);
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

  it("shows the subscriptions beside the orders: from the server's HTML, a subscription opened from its row without asking Polar for it, the orders one link away", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    const response = await page.goto(`${server!.url}/subscriptions`, { waitUntil: "networkidle" });
    const html = await response!.text();
    // The list and the tabs are in the HTML the server sent.
    expect(html).toContain("Your subscriptions");
    expect(html).toContain(ACTIVE.product.name);
    const nav = page.getByRole("navigation", { name: "Your account" });
    await expect.poll(() => nav.getByRole("link", { name: "Subscriptions" }).getAttribute("aria-current")).toBe("page");
    expect(await nav.getByRole("link", { name: "Orders" }).getAttribute("href")).toBe("/orders");
    // Nothing asked on load but the next page, fetched ahead.
    expect(requests.filter((request) => request.includes(SUBSCRIPTION_PATH)).every((request) => /[?&]page=2(&|$)/.test(request))).toBe(true);

    // A row is a link to the subscription's URL, followed by the app's router (the page stays loaded).
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const link = page.locator(`tr[data-subscription-id="${ACTIVE.id}"] a.pp-subscriptions-list__open`);
    expect(await link.getAttribute("href")).toBe(`/subscriptions/${ACTIVE.id}`);
    requests.length = 0;
    await link.click();
    await page.waitForURL(`${server!.url}/subscriptions/${ACTIVE.id}`);
    await expect.poll(() => page.getByRole("heading", { level: 2, name: ACTIVE.product.name }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Back to subscriptions" }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // The list filled the subscription's cache: no request for it from the browser.
    expect(requests.filter((request) => new RegExp(`${SUBSCRIPTION_PATH}${ACTIVE.id}(\\?|$)`).test(request))).toEqual([]);

    await nav.getByRole("link", { name: "Orders" }).click();
    await page.waitForURL(`${server!.url}/orders`);
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible()).toBe(true);
    expect(await nav.getByRole("link", { name: "Orders" }).getAttribute("aria-current")).toBe("page");
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(problems).toEqual([]);
  });
  it("shows the billing section at /billing: the saved cards and the billing details from the server's HTML, the failed renewal from the mock, Polar's embed not loaded", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    const response = await page.goto(`${server!.url}/billing`, { waitUntil: "networkidle" });
    const html = await response!.text();
    // The cards and the details were prefetched: in the HTML the server sent.
    expect(html).toContain("Visa ending in 4242");
    expect(html).toContain(customerFixture.billing_name!);
    const nav = page.getByRole("navigation", { name: "Your account" });
    await expect.poll(() => nav.getByRole("link", { name: "Billing" }).getAttribute("aria-current")).toBe("page");
    // The mock's failed renewal (fixtures.dunning), read in the browser, with "Pay now".
    await expect.poll(() => page.getByRole("heading", { name: "Your payment failed" }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Pay now" }).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("form", { name: "Billing details" }).getByLabel("Billing name").inputValue()).toBe(customerFixture.billing_name);
    // Nothing of the cards or the details asked on load; Polar's card form only when a card is added.
    expect(requests.filter((request) => request.includes("/v1/customer-portal/customers/me"))).toEqual([]);
    expect(requests.filter((request) => request.includes("https://polar.sh/"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("examples/next-app: the README's proxy", () => {
  it("shows the README's prefetch through the proxy as examples/next-app/lib/polar.ts has it", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const snippet = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code!).find((code) => code.includes("function serverPortalClient"));
    expect(snippet).toBeDefined();
    expect(readFileSync(join(ROOT, "examples", "next-app", "lib", "polar.ts"), "utf8")).toContain(snippet!);
  });
});

describe("examples/jest-app (the README's Jest set-up, msw/node)", () => {
  const dir = join(ROOT, "examples", "jest-app");
  /** A file's code without its whole-line comments (the README shows the code alone). */
  const code = (file: string) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\/\/|\/\*\*.*\*\/$)/.test(line))
      .join("\n");

  it("configures Jest and Babel as the README says", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```js\n\/\/ (\S+)\n([\s\S]*?)```/g)].map(([, file, body]) => [file!, body!] as const);
    expect(blocks.map(([file]) => file)).toEqual(["jest.config.cjs", "babel.config.cjs"]);
    for (const [file, body] of blocks) expect(code(file), file).toBe(body);
  });

  beforeAll(async () => {
    await install(dir);
  });

  it("renders a component against the kit's mock in Jest (jsdom), from the packed tarball", async () => {
    const { stdout, stderr } = await execFileAsync("node", ["node_modules/jest/bin/jest.js", "--ci", "--json"], { cwd: dir, env: childEnv(), maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`jest failed:\n${error.stdout ?? ""}\n${error.stderr ?? ""}`, { cause: error });
      },
    );
    const report = JSON.parse(stdout) as { success: boolean; numPassedTests: number; numTotalTests: number };
    expect({ success: report.success, passed: report.numPassedTests, total: report.numTotalTests }, stderr).toEqual({ success: true, passed: 2, total: 2 });
    // Nothing said on the side: no warning from React, msw or the kit.
    expect(stderr).not.toMatch(/warn|error|console\./i);
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
    const snippet = blocks.find((code) => code.includes("export function AccountPage"));
    const app = readFileSync(join(dir, "src", "AccountPage.tsx"), "utf8").replace(/^(\/\/.*\n)+/, "");
    expect(app).toBe(snippet);
  });

  it("starts the mock as the README's browser set-up says: files from the page's origin, msw quiet", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const setup = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code!).find((code) => code.includes("setupWorker("))!;
    const app = readFileSync(join(dir, "src", "mock-polar.ts"), "utf8");
    for (const call of [/fileOrigin: location\.origin/, /\.start\(\{ onUnhandledRequest: "bypass", quiet: true \}\)/]) {
      expect(setup).toMatch(call);
      expect(app).toMatch(call);
    }
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

  it("downloads the invoice and the receipt from the mock without leaving the page, and the mock answers on afterwards", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const answers: { url: string; status: number; worker: boolean }[] = [];
    page.on("response", (response) => answers.push({ url: response.url(), status: response.status(), worker: response.fromServiceWorker() }));

    await page.goto(server!.url);
    // The subscriptions come first: the orders are the second tab.
    await page.getByRole("tab", { name: "Orders" }).click({ timeout: 15_000 });
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByRole("searchbox", { name: "Search orders" }).fill("team");
    const table = page.getByRole("table", { name: "62 orders" });
    await expect.poll(() => table.isVisible()).toBe(true);
    await table.getByRole("row").nth(1).getByRole("button", { name: "Team Seats" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Download invoice" }).isVisible()).toBe(true);
    const unloads = await countUnloads(page);

    const invoice = await download(page, "Download invoice");
    expect(invoice.name).toMatch(/^Invoice-POLAR-\d+\.pdf$/);
    expect(invoice.text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(invoice.text).toContain(invoice.name.replace(/\.pdf$/, ""));
    await expect.poll(() => page.getByText("Your invoice is downloading.").isVisible()).toBe(true);
    const receipt = await download(page, "Download receipt");
    expect(receipt.name).toMatch(/^Receipt-R-\d+\.pdf$/);
    expect(receipt.text.startsWith("%PDF-1.4\n")).toBe(true);
    // Served by the mock in the worker, from the page's own origin.
    const files = answers.filter((answer) => answer.url.startsWith(`${server!.url}/polar-mock/files/`));
    expect(files.map(({ status, worker }) => ({ status, worker }))).toEqual([
      { status: 200, worker: true },
      { status: 200, worker: true },
    ]);

    // The page stayed, and msw's worker with it: the next read is still answered by the mock.
    expect(await unloads()).toBe(0);
    await page.getByRole("button", { name: "Back to orders" }).click();
    const searched = page.waitForResponse((response) => response.url().includes(`${ORDER_PATH}?`) && response.url().includes("query=seats"));
    await page.getByRole("searchbox", { name: "Search orders" }).fill("seats");
    const search = await searched;
    expect({ status: search.status(), worker: search.fromServiceWorker() }).toEqual({ status: 200, worker: true });
    const { pagination } = (await search.json()) as { pagination: { total_count: number } };
    await expect.poll(() => page.getByRole("table", { name: `${pagination.total_count} orders` }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it("shows the whole portal: finds an order in the list, opens it without asking Polar for it, and goes back to its row", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    await page.goto(server!.url);
    // The subscriptions come first: the orders are the second tab.
    await page.getByRole("tab", { name: "Orders" }).click({ timeout: 15_000 });
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

  it("shows the subscriptions beside the orders as tabs: a subscription opens in place and back, the keys move between tabs", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);

    await page.goto(server!.url);
    const subscriptions = page.getByRole("tab", { name: "Subscriptions" });
    await expect.poll(() => subscriptions.getAttribute("aria-selected"), { timeout: 15_000 }).toBe("true");
    await expect.poll(() => page.getByRole("tabpanel", { name: "Subscriptions" }).getByRole("heading", { name: "Your subscriptions" }).isVisible()).toBe(true);
    const open = page.locator(`tr[data-subscription-id="${ACTIVE.id}"] button.pp-subscriptions-list__open`);
    await open.click();
    await expect.poll(() => page.getByRole("heading", { level: 2, name: ACTIVE.product.name }).isVisible()).toBe(true);
    await page.getByRole("button", { name: "Back to subscriptions" }).click();
    await expect.poll(() => open.evaluate((node) => node === document.activeElement)).toBe(true);

    // One tab stop; the arrow keys move between the tabs, Enter opens one.
    await subscriptions.focus();
    await page.keyboard.press("ArrowRight");
    const orders = page.getByRole("tab", { name: "Orders" });
    expect(await orders.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("table", { name: `${LISTED} orders` }).isVisible()).toBe(true);
    expect(await orders.getAttribute("aria-selected")).toBe("true");
    expect(problems).toEqual([]);
  });

  it("shows the billing section as the third tab: the failed renewal with Pay now, the saved cards and the billing details, from the mock", async () => {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests = watchRequests(page);

    await page.goto(server!.url);
    await page.getByRole("tab", { name: "Billing" }).click({ timeout: 15_000 });
    const panel = page.getByRole("tabpanel", { name: "Billing" });
    await expect.poll(() => panel.getByRole("heading", { level: 2, name: "Billing" }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => panel.getByRole("heading", { name: "Your payment failed" }).first().isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole("list", { name: "Saved payment methods" }).getByText("Visa ending in 4242").isVisible()).toBe(true);
    await expect.poll(() => panel.getByRole("form", { name: "Billing details" }).getByLabel("Billing name").inputValue()).toBe(customerFixture.billing_name);
    // Polar's card form (the optional peer) is a chunk of the build of its own, not fetched until a card is added.
    const assets = join(dir, "dist", "assets");
    const embed = readdirSync(assets).filter((file) => file.endsWith(".js") && readFileSync(join(assets, file), "utf8").includes("https://polar.sh,https://sandbox.polar.sh"));
    expect(embed).toHaveLength(1);
    expect(requests.filter((request) => request.includes(embed[0]!) || request.includes("https://polar.sh/"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
