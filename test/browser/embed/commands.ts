// Browser commands for the embed's tests (registered in vitest.config.ts's visual project): they
// run in Node with the Playwright page the tests run in, and serve the testing kit's stand-in in
// place of Polar's embed page, through the same `routePaymentMethodEmbed` merchants use. Every
// other request that would leave the machine is refused and recorded: the tests never reach the
// internet, and say so.
import type { BrowserCommand, BrowserCommandContext } from "vitest/node";
import { PAYMENT_METHOD_EMBED_URL, routePaymentMethodEmbed, type PaymentMethodEmbedPageOptions, type RoutedPaymentMethodEmbed } from "../../../src/testing/embed/index.js";

const LOCAL = new Set(["localhost", "127.0.0.1", "[::1]"]);

interface Session {
  embed?: RoutedPaymentMethodEmbed;
  /** Every URL the page and its frames requested (local ones too), in order. */
  requested: string[];
  /** Requests that would have left the machine, refused. */
  refused: string[];
  /** Pages served at other origins (a forger), by URL. */
  pages: Map<string, string>;
  stop(): Promise<void>;
}

const sessions = new Map<string, Session>();

async function sessionOf(ctx: BrowserCommandContext): Promise<Session> {
  const existing = sessions.get(ctx.sessionId);
  if (existing) return existing;
  const { page } = ctx;
  const outside = (url: URL) => !LOCAL.has(url.hostname);
  const session: Session = {
    requested: [],
    refused: [],
    pages: new Map(),
    stop: async () => {
      page.off("request", onRequest);
      await page.unroute(outside, guard);
      await session.embed?.unroute();
      sessions.delete(ctx.sessionId);
    },
  };
  const onRequest = (request: { url(): string }) => void session.requested.push(request.url());
  // Registered first, so it runs last (Playwright runs the newest matching route first): only what
  // no stand-in answers reaches it.
  const guard = (route: Parameters<Parameters<typeof page.route>[1]>[0]) => {
    const url = route.request().url();
    const html = session.pages.get(url);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    session.refused.push(url);
    return route.abort("blockedbyclient");
  };
  page.on("request", onRequest);
  await page.route(outside, guard);
  sessions.set(ctx.sessionId, session);
  return session;
}

/** Serves the stand-in for Polar's embed page with `options` (again: with new options). */
export const serveEmbed: BrowserCommand<[options?: PaymentMethodEmbedPageOptions]> = async (ctx, options = {}) => {
  const session = await sessionOf(ctx);
  await session.embed?.unroute();
  session.embed = await routePaymentMethodEmbed(ctx.page, options);
};

/** Serves `html` at `url` (another origin than Polar's, for a forged message). */
export const servePage: BrowserCommand<[url: string, html: string]> = async (ctx, url, html) => {
  (await sessionOf(ctx)).pages.set(url, html);
};

export interface EmbedTraffic {
  /** The URLs the stand-in was served at. */
  embed: string[];
  /** Every URL requested since serving began (local and not). */
  requested: string[];
  /** What would have left the machine, refused. */
  refused: string[];
}

export const embedTraffic: BrowserCommand<[]> = async (ctx): Promise<EmbedTraffic> => {
  const session = await sessionOf(ctx);
  return { embed: [...(session.embed?.requests ?? [])], requested: [...session.requested], refused: [...session.refused] };
};

export interface EmbedPageView {
  url: string;
  /** What the page shows, as text. */
  text: string;
  /** What the stand-in read from its URL (`theme`, `locale`, `setDefault`, `embed`). */
  read: Record<string, string | undefined>;
  saveDisabled: boolean;
}

/** The embed's document as it is now (read through Playwright: it is another origin), or null before it loads. */
export const embedPage: BrowserCommand<[]> = async (ctx): Promise<EmbedPageView | null> => {
  const frame = ctx.page.frames().find((candidate) => candidate.url().startsWith(PAYMENT_METHOD_EMBED_URL));
  if (!frame) return null;
  return frame.evaluate(() => ({
    url: window.location.href,
    text: document.body.innerText,
    read: { ...document.body.dataset },
    saveDisabled: document.querySelector("button")?.disabled ?? true,
  }));
};

/** Stops serving and recording (after each test). */
export const stopEmbed: BrowserCommand<[]> = async (ctx) => {
  await sessions.get(ctx.sessionId)?.stop();
};

export const embedCommands = { serveEmbed, servePage, embedTraffic, embedPage, stopEmbed };

declare module "vitest/browser" {
  interface BrowserCommands {
    serveEmbed(options?: PaymentMethodEmbedPageOptions): Promise<void>;
    servePage(url: string, html: string): Promise<void>;
    embedTraffic(): Promise<EmbedTraffic>;
    embedPage(): Promise<EmbedPageView | null>;
    stopEmbed(): Promise<void>;
  }
}
