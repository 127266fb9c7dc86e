// The mock Polar behind every story: one fresh `createPolarMock` per story render (so a save in
// one story never shows up in another), configured from `parameters.polar`, answering only under
// the story's own base URL (so the many stories of a docs page, which share one msw worker, each
// keep their own latency and failures).
import { QueryClient } from "@tanstack/react-query";
import type { StoryContext } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import {
  createPolarMock,
  type FailOptions,
  type InjectedFailure,
  type MockGate,
  type MockMethod,
  type PolarMock,
  type PolarMockOptions,
} from "../src/testing/msw";

/**
 * `parameters.polar`: `createPolarMock`'s options (orders, subscriptions, products,
 * paymentMethods, organization, previews, paymentOutcome, latency, invoiceRenderMs, …; the base
 * URL is the story's own), plus what only a story does with the mock. A new option of the mock
 * is a story parameter without a change here.
 */
export interface PolarStoryParameters extends Omit<PolarMockOptions, "baseUrl"> {
  /** Failures the mock answers first, in order (each as `mock.failNext(failure, options)`). */
  fail?: readonly (InjectedFailure | { failure: InjectedFailure; options?: FailOptions })[];
  /** The first request of this method waits until the play function releases it (`loaded.gates`). */
  hold?: MockMethod | readonly MockMethod[];
  /** The session token is refused as expired (401 `invalid_token`). */
  expiredSession?: boolean;
  /**
   * This story may talk to the real Polar of STORYBOOK_POLAR_TOKEN (`npm start` only); msw then
   * lets its requests through and `loaded.liveOrderId` names the order to show.
   */
  live?: boolean;
}

export interface PortalLoaded {
  /** The story's mock (null when the story talks to a real Polar). */
  polar: PolarMock | null;
  /** The base URL the story's PortalProvider talks to. */
  server: string | undefined;
  token: string;
  /** A fresh cache per story render: nothing fetched or saved leaks into the next story. */
  queryClient: QueryClient;
  /** Requests held by `parameters.polar.hold`, in the order given. */
  gates: MockGate[];
  liveOrderId: string | undefined;
}

const live = typeof __POLAR_LIVE__ === "undefined" ? null : __POLAR_LIVE__;
const loadWorker = mswLoader();
// The mocks of the stories on the docs page being shown: one msw worker serves them all.
let docsMocks: { title: string; mocks: PolarMock[] } = { title: "", mocks: [] };

function storyBase(id: string): string {
  return `https://polar-mock.test/${id}`;
}

export async function loadPolar(context: StoryContext): Promise<PortalLoaded> {
  // Starts the worker once and drops the handlers of the previous story.
  await loadWorker(context);
  const params: PolarStoryParameters = context.parameters.polar ?? {};
  const queryClient = new QueryClient();

  if (params.live && live) {
    return { polar: null, server: live.server, token: live.token, queryClient, gates: [], liveOrderId: live.orderId };
  }

  const server = storyBase(context.id);
  const { fail, hold, expiredSession, live: _live, ...options } = params;
  const mock = createPolarMock({ ...options, baseUrl: server });
  for (const entry of fail ?? []) {
    if (typeof entry === "object" && "failure" in entry) mock.failNext(entry.failure, entry.options);
    else mock.failNext(entry);
  }
  const holds = hold === undefined ? [] : typeof hold === "string" ? [hold] : hold;
  const gates = holds.map((method) => mock.holdNext(method));
  if (expiredSession) mock.expireSession();

  if (context.viewMode === "docs") {
    if (docsMocks.title !== context.title) docsMocks = { title: context.title, mocks: [] };
    docsMocks.mocks.push(mock);
    context.msw.use(...docsMocks.mocks.flatMap((each) => each.handlers));
  } else {
    context.msw.use(...mock.handlers);
  }
  return { polar: mock, server, token: mock.token, queryClient, gates, liveOrderId: undefined };
}

/** Let go of held requests and cached queries once the story is left. */
export function releasePolar(loaded: PortalLoaded): void {
  for (const gate of loaded.gates) gate.release();
  loaded.queryClient.clear();
}

/** The loaded values of the preview, typed, for a story's render or play function. */
export function portal(context: { loaded: Record<string, unknown> }): PortalLoaded {
  return context.loaded as unknown as PortalLoaded;
}
