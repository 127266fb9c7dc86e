// What the unit tests share: rendering inside a PortalProvider, and the testing kit's mock Polar
// (or a file's own handlers) served by msw for the life of a test file.
import { QueryClient } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { useState, type ReactNode } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { PortalProvider, type PortalProviderProps } from "../src";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../src/testing/msw";

/**
 * Serves `handlers` for the whole test file (or the `describe` it is called in): listening before
 * the first test, back to these handlers after each (dropping any `server.use`), closed after the
 * last. Unhandled requests fail the test. A file that logs or scripts calls passes its own handlers.
 */
export function serveForFile(handlers: RequestHandler[] = []): ReturnType<typeof setupServer> {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** The testing kit's mock Polar, served for the test file and reset after each test. */
export function mockPolarForFile(options?: PolarMockOptions): { mock: PolarMock; server: ReturnType<typeof setupServer> } {
  const mock = createPolarMock(options);
  const server = serveForFile(mock.handlers);
  afterEach(() => mock.reset());
  return { mock, server };
}

/** Any PortalProvider prop, over the test defaults (the test token, en-US, UTC, a fresh QueryClient). */
export type PortalTestOptions = Partial<PortalProviderProps>;

/** A provider as a merchant would set it up, in en-US and UTC unless told otherwise, with a fresh cache. */
export function TestPortal({ children, ...props }: PortalTestOptions & { children?: ReactNode }) {
  const [queryClient] = useState(() => props.queryClient ?? new QueryClient());
  return (
    <PortalProvider token={POLAR_TEST_TOKEN} locale="en-US" timeZone="UTC" {...props} queryClient={queryClient}>
      {children}
    </PortalProvider>
  );
}

/**
 * A `wrapper` for `render` or `renderHook`: {@link TestPortal} with `options`, and the QueryClient
 * it uses (made here unless given), so a test can read or drive the cache.
 */
export function wrapperFor(options: PortalTestOptions = {}): { wrapper: (props: { children?: ReactNode }) => ReactNode; queryClient: QueryClient } {
  const queryClient = options.queryClient ?? new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <TestPortal {...options} queryClient={queryClient}>
      {children}
    </TestPortal>
  );
  return { wrapper, queryClient };
}

/**
 * Renders `ui` inside {@link TestPortal} (a `rerender` keeps the same provider and cache), with
 * the QueryClient it uses and a user-event session set up before rendering.
 */
export function renderInPortal(ui: ReactNode, options: PortalTestOptions = {}) {
  const { wrapper, queryClient } = wrapperFor(options);
  const user = userEvent.setup();
  return { ...render(ui, { wrapper }), queryClient, user };
}

/**
 * jsdom has <dialog> but not its modal methods: stand-ins for the test file that only toggle
 * `open` (spies, so what a component asks of its dialog can be checked). The keyboard, the inert
 * page and the focus's way back are checked in Chromium by the stories.
 */
export function standInDialogsForFile(): void {
  beforeEach(() => {
    HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute("open", "");
    });
    HTMLDialogElement.prototype.close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute("open");
      this.dispatchEvent(new Event("close"));
    });
  });
  afterEach(() => {
    // Unmounted first: a dialog closing as it goes still finds its stand-ins.
    cleanup();
    // @ts-expect-error: the stand-ins go, as jsdom has none
    delete HTMLDialogElement.prototype.showModal;
    // @ts-expect-error: as above
    delete HTMLDialogElement.prototype.close;
  });
}
