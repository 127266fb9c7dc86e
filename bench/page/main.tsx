// The page the browser benchmarks drive (bundled by bench/browser.ts, React's profiling build so
// <Profiler onRender> reports). Each scenario is a function on `window.__bench` that mounts what
// it needs, measures in the page (frames, commits), and answers plain numbers to Playwright.
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { BillingAddressForm, OrderDetail, OrderItemsTable, PortalProvider } from "../../src/index";
import type { OrderBillingUpdate } from "../../src/features/orders/schema/billing";
import { applyBillingUpdate } from "../../src/features/orders/schema/normalize";
import type { CustomerOrder } from "../../src/features/orders/schema/order";
import { fixtures, manyItemsOrder } from "../../src/testing/fixtures";

const TOKEN = "polar_cst_bench";
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** A Polar stand-in: GET answers at once, PATCH after `patchLatency` ms, as the real one would apply it. */
function polarFetch(initial: CustomerOrder, patchLatency: number): typeof fetch {
  let stored = initial;
  return async (_input, init) => {
    if (init?.method === "PATCH") {
      await sleep(patchLatency);
      stored = applyBillingUpdate(stored, JSON.parse(String(init.body)) as OrderBillingUpdate);
    }
    return new Response(JSON.stringify(stored), { status: 200, headers: { "Content-Type": "application/json" } });
  };
}

let root: Root | undefined;
const container = () => document.getElementById("root")!;

function mount(node: ReactNode) {
  unmount();
  root = createRoot(container());
  flushSync(() => root!.render(node));
}

function unmount() {
  root?.unmount();
  root = undefined;
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error("bench page: timed out waiting");
    await sleep(5);
  }
}

/** Sets an input the way typing does, so react-hook-form sees the change. */
function setInputValue(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

const renders = { detail: 0, table: 0, form: 0 };
const count: ProfilerOnRenderCallback = (id) => {
  renders[id as keyof typeof renders]++;
};

function Page({ fetchImpl, orderId }: { fetchImpl: typeof fetch; orderId: string }) {
  return (
    <PortalProvider token={TOKEN} fetch={fetchImpl} locale="en-US" timeZone="UTC">
      <Profiler id="detail" onRender={count}>
        <OrderDetail orderId={orderId} />
      </Profiler>
      <Profiler id="table" onRender={count}>
        <OrderItemsTable orderId={orderId} />
      </Profiler>
      <Profiler id="form" onRender={count}>
        <BillingAddressForm orderId={orderId} />
      </Profiler>
    </PortalProvider>
  );
}

const detailRoot = () => container().querySelector<HTMLElement>(".pp-order-detail");
const nameInput = () => container().querySelector<HTMLInputElement>('.pp-billing-form [data-field="name"] input');

async function mountPage(patchLatency: number) {
  const order = fixtures.paid;
  mount(<Page fetchImpl={polarFetch(order, patchLatency)} orderId={order.id} />);
  await until(() => detailRoot()?.dataset.state === "ready" && nameInput() !== null);
  // Let effects and the first paint settle before anything is measured.
  await nextFrame();
  await nextFrame();
}

export interface MountResult {
  /** React's synchronous render + commit of the table, ms. */
  commitMs: number;
  /** From the start of the render to the next frame (style, layout, paint included), ms. */
  frameMs: number;
}

async function mountItems(lines: number): Promise<MountResult> {
  const order = manyItemsOrder(lines);
  unmount();
  await nextFrame();
  const start = performance.now();
  mount(
    <PortalProvider token={TOKEN} fetch={polarFetch(order, 0)} locale="en-US" timeZone="UTC">
      <OrderItemsTable order={order} />
    </PortalProvider>,
  );
  const commitMs = performance.now() - start;
  const rows = container().querySelectorAll("tbody tr").length;
  if (rows < lines) throw new Error(`bench page: expected ${lines} rows, found ${rows}`);
  // Reading layout forces style and layout now; the frame callback lands after the paint that follows.
  void container().getBoundingClientRect().height;
  await nextFrame();
  const frameMs = performance.now() - start;
  unmount();
  return { commitMs, frameMs };
}

export interface OptimisticResult {
  /** The frame (1 = the first after the click) whose paint first shows the new name in the detail. */
  frame: number;
  ms: number;
  /** The frame in which the server's answer settled (the form reports "saved"). */
  confirmFrame: number;
  confirmMs: number;
}

async function optimistic(patchLatency: number): Promise<OptimisticResult> {
  await mountPage(patchLatency);
  const newName = `Grace Hopper ${Math.random().toString(36).slice(2, 8)}`;
  setInputValue(nameInput()!, newName);
  await nextFrame();
  const shows = () => detailRoot()?.textContent?.includes(newName) ?? false;
  const saved = () => container().querySelector(".pp-billing-form")?.getAttribute("data-state") === "saved";
  if (shows()) throw new Error("bench page: the detail showed the name before the submit");

  let frame = 0;
  let found: { frame: number; ms: number } | undefined;
  let confirmed: { frame: number; ms: number } | undefined;
  const start = performance.now();
  const done = new Promise<void>((resolve) => {
    const tick = () => {
      frame++;
      // rAF callbacks run just before the frame is painted: what the DOM holds now is on screen this frame.
      if (!found && shows()) found = { frame, ms: performance.now() - start };
      if (!confirmed && saved()) confirmed = { frame, ms: performance.now() - start };
      if (found && confirmed) resolve();
      else if (performance.now() - start > 10_000) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  container().querySelector<HTMLButtonElement>(".pp-billing-form__submit")!.click();
  await done;
  unmount();
  if (!found || !confirmed) throw new Error("bench page: the new name never appeared");
  return { frame: found.frame, ms: found.ms, confirmFrame: confirmed.frame, confirmMs: confirmed.ms };
}

async function prepareTyping() {
  await mountPage(0);
  nameInput()!.focus();
  nameInput()!.select();
  await nextFrame();
  renders.detail = 0;
  renders.table = 0;
  renders.form = 0;
}

async function typingRenders() {
  // Let every keystroke's work commit.
  await sleep(50);
  await nextFrame();
  const result = { ...renders, value: nameInput()!.value };
  unmount();
  return result;
}

declare global {
  interface Window {
    __bench: {
      mountItems: typeof mountItems;
      optimistic: typeof optimistic;
      prepareTyping: typeof prepareTyping;
      typingRenders: typeof typingRenders;
    };
  }
}

window.__bench = { mountItems, optimistic, prepareTyping, typingRenders };
