// PaymentMethodEmbed with Polar's real PolarPaymentMethod (@polar-sh/checkout 0.4.1, loaded as a
// merchant loads it), its iframe answered by the testing kit's stand-in through Playwright's
// request interception: what the merchant's page gets from each of Polar's messages, what reaches
// the iframe's URL, where the session token goes, and that nothing leaves the machine.
import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { commands, page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { PortalProvider, type PortalProviderProps } from "../../../src";
import { loadPolarPaymentMethod } from "../../../src/embed";
import { PaymentMethodEmbed, type PaymentMethodEmbedProps } from "../../../src/features/billing/embed";
import { EMBED_PAYMENT_METHOD_ID, PAYMENT_METHOD_EMBED_URL } from "../../../src/testing";

const TOKEN = "polar_cst_EmB3d_7c6b5a49382716f5e4d3c2b1a0f9e8d7";

afterEach(async () => {
  await commands.stopEmbed();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function callbacks() {
  return { onLoaded: vi.fn(), onConfirmed: vi.fn(), onSuccess: vi.fn(), onError: vi.fn() };
}

async function show(props: PaymentMethodEmbedProps, provider: Partial<PortalProviderProps> = {}, wrap = (node: ReactNode) => node) {
  const queryClient = new QueryClient();
  const screen = await render(
    <PortalProvider token={TOKEN} queryClient={queryClient} {...provider}>
      {wrap(<PaymentMethodEmbed load={loadPolarPaymentMethod} {...props} />)}
    </PortalProvider>,
  );
  const root = () => document.querySelector<HTMLElement>(".pp-payment-method-embed")!;
  const iframe = async () => {
    await expect.poll(() => root().querySelector("iframe")).toBeTruthy();
    return root().querySelector("iframe")!;
  };
  const frame = async () => page.frameLocator(page.elementLocator(await iframe()));
  return { screen, queryClient, root, iframe, frame };
}

describe("PaymentMethodEmbed with Polar's component and the stand-in page", () => {
  test("loaded, confirmed and success reach the merchant's callbacks; the iframe takes the page's height", async () => {
    await commands.serveEmbed({ paymentMethodId: "pm-added-1" });
    const on = callbacks();
    const { root, iframe, frame } = await show(on);

    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);
    await expect.poll(() => root().dataset.state).toBe("ready");
    // Polar's component sizes the iframe from the page's resize message (it starts at 0 px).
    await expect.poll(async () => (await iframe()).getBoundingClientRect().height).toBeGreaterThan(100);
    expect((await iframe()).style.height).toBe(`${(await iframe()).getBoundingClientRect().height}px`);
    expect(on.onSuccess).not.toHaveBeenCalled();

    await (await frame()).getByRole("button", { name: "Save card" }).click();
    await expect.poll(() => on.onSuccess.mock.calls).toEqual([["pm-added-1"]]);
    expect(on.onConfirmed).toHaveBeenCalledTimes(1);
    expect(on.onError).not.toHaveBeenCalled();
    await expect.poll(() => root().dataset.state).toBe("succeeded");
  });

  test("a declined card reaches onError with Polar's code, and the form stays for another try", async () => {
    await commands.serveEmbed({ outcome: "error", errorCode: "processing_failed" });
    const on = callbacks();
    const { root, frame } = await show(on);
    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);

    await (await frame()).getByRole("button", { name: "Save card" }).click();
    await expect.poll(() => on.onError.mock.calls).toEqual([["processing_failed"]]);
    expect(on.onConfirmed).toHaveBeenCalledTimes(1);
    expect(on.onSuccess).not.toHaveBeenCalled();
    await expect.poll(() => ({ ...root().dataset })).toMatchObject({ state: "error", error: "processing_failed" });
    await expect.poll(async () => (await commands.embedPage())?.saveDisabled).toBe(false);
  });

  test("a page that refuses the token on load reports unauthorized instead of loaded", async () => {
    await commands.serveEmbed({ sessionToken: "polar_cst_another_session" });
    const on = callbacks();
    const { root } = await show(on);
    await expect.poll(() => on.onError.mock.calls).toEqual([["unauthorized"]]);
    expect(on.onLoaded).not.toHaveBeenCalled();
    await expect.poll(() => ({ ...root().dataset })).toMatchObject({ state: "error", error: "unauthorized" });
  });

  test("a page that never finishes loading leaves the embed loading", async () => {
    await commands.serveEmbed({ outcome: "loading" });
    const on = callbacks();
    const { root, iframe } = await show(on);
    // The stand-in's script has run (it shows its own "Loading…"): a message it sent would be in.
    await expect.poll(async () => (await commands.embedPage())?.text).toContain("Loading…");
    expect(root().dataset.state).toBe("loading");
    expect(root().getAttribute("aria-busy")).toBe("true");
    expect(on.onLoaded).not.toHaveBeenCalled();
    expect(on.onError).not.toHaveBeenCalled();
    expect((await iframe()).style.height).toBe("0px");
  });

  test("the iframe's URL carries the kit's theme, the provider's locale and setAsDefault", async () => {
    await commands.serveEmbed();
    const on = callbacks();
    const { iframe } = await show({ ...on, setAsDefault: false }, { locale: "pt-PT" }, (node) => <div data-theme="dark">{node}</div>);
    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);
    const url = new URL((await iframe()).src);
    expect(`${url.origin}${url.pathname}`).toBe(PAYMENT_METHOD_EMBED_URL);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      session_token: TOKEN,
      embed: "true",
      embed_origin: window.location.origin,
      theme: "dark",
      set_default: "false",
      locale: "pt-PT",
    });
    // ...and the page got them (the stand-in shows what it read on its body).
    expect((await commands.embedTraffic()).embed).toEqual([url.href]);
    // (Playwright may list the frame a moment after its page has posted `loaded`.)
    await expect.poll(async () => (await commands.embedPage())?.read).toEqual({ theme: "dark", locale: "pt-PT", setDefault: "false", embed: "true" });
  });

  test("light outside a dark theme, and the provider's browser-default locale when none is given", async () => {
    await commands.serveEmbed();
    const on = callbacks();
    const { iframe } = await show(on);
    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);
    const params = new URL((await iframe()).src).searchParams;
    expect(params.get("theme")).toBe("light");
    expect(params.get("locale")).toBe("en-US"); // the browser's, as the provider reads it
    expect(params.has("set_default")).toBe(false); // Polar's default: the new card becomes the default
  });

  test("messages that do not come from Polar's origin are ignored", async () => {
    await commands.serveEmbed({ paymentMethodId: EMBED_PAYMENT_METHOD_ID });
    const forged = { type: "POLAR_PAYMENT_METHOD", event: "success", paymentMethodId: "forged" };
    const forger = "https://not-polar.test/embed/payment-method";
    await commands.servePage(forger, `<!doctype html><script>parent.postMessage(${JSON.stringify(forged)}, "*");parent.postMessage(${JSON.stringify({ ...forged, event: "error", code: "unknown" })}, "*")</script>`);
    const on = callbacks();
    const { frame } = await show(on);
    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);
    const delivered: string[] = [];
    // Polar's own page may still post (a late resize): only the forged messages are listed.
    const listen = (event: MessageEvent) => void (event.origin !== "https://polar.sh" && delivered.push(`${event.origin} ${event.data?.event}`));
    window.addEventListener("message", listen);

    // The merchant's own page, and a frame of another origin, post what Polar's page would.
    window.postMessage(forged, "*");
    const other = document.createElement("iframe");
    const loaded = new Promise((resolve) => other.addEventListener("load", resolve, { once: true }));
    other.src = forger;
    document.body.append(other);
    await loaded;
    // They did arrive, as Polar's do; Polar's component looks at where they come from.
    await expect.poll(() => delivered).toEqual([`${window.location.origin} success`, "https://not-polar.test success", "https://not-polar.test error"]);
    window.removeEventListener("message", listen);

    await (await frame()).getByRole("button", { name: "Save card" }).click();
    await expect.poll(() => on.onSuccess.mock.calls.length).toBe(1);
    expect(on.onSuccess.mock.calls).toEqual([[EMBED_PAYMENT_METHOD_ID]]);
    expect(on.onError).not.toHaveBeenCalled();
  });
});

describe("where the session token goes", () => {
  test("only into the iframe's URL: not the page's URL, its history, a cache key, a console line or another request", async () => {
    const history = window.history.length;
    const before = window.location.href;
    const consoleLines = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method));
    await commands.serveEmbed();
    const on = callbacks();
    const { queryClient, root, iframe, frame } = await show(on);
    await expect.poll(() => on.onLoaded.mock.calls.length).toBe(1);
    await (await frame()).getByRole("button", { name: "Save card" }).click();
    await expect.poll(() => on.onSuccess.mock.calls.length).toBe(1);

    expect(window.location.href).toBe(before);
    expect(window.location.href).not.toContain(TOKEN);
    expect(window.history.length).toBe(history);
    const keys = queryClient.getQueryCache().getAll().map((query) => JSON.stringify(query.queryKey));
    expect(keys.join()).not.toContain(TOKEN);
    expect(JSON.stringify(consoleLines.flatMap((spy) => spy.mock.calls))).not.toContain(TOKEN);
    // In the merchant's document, only the iframe's src holds it.
    const src = (await iframe()).src;
    expect(document.documentElement.outerHTML.replaceAll(src.replaceAll("&", "&amp;"), "")).not.toContain(TOKEN);
    expect(root().outerHTML).toContain("iframe");

    const traffic = await commands.embedTraffic();
    expect(traffic.embed).toEqual([src]);
    expect(traffic.requested.filter((url) => url.includes(TOKEN))).toEqual([src]);
    // Nothing else left the machine: the embed's page was the stand-in, and it called nobody.
    expect(traffic.refused).toEqual([]);
    expect(traffic.requested.filter((url) => !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url))).toEqual([src]);
  });
});

describe("when the embed cannot open", () => {
  test("against Polar's sandbox, Polar's embed (always polar.sh) is not given the sandbox token", async () => {
    await commands.serveEmbed();
    const on = callbacks();
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    const { root } = await show(on, { server: "sandbox" });
    await expect.poll(() => on.onError.mock.calls).toEqual([["sandbox_unsupported"]]);
    await expect.poll(() => ({ ...root().dataset })).toMatchObject({ state: "error", error: "sandbox_unsupported" });
    expect(root().querySelector("iframe")).toBeNull();
    expect((await commands.embedTraffic()).embed).toEqual([]);
    expect(warn.mock.calls.join()).toContain("sandbox");
    expect(warn.mock.calls.join()).not.toContain(TOKEN);
  });
});
