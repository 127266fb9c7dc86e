// What the unit tests share: rendering inside a PortalProvider, and the testing kit's mock Polar
// served by msw for the life of a test file.
import { QueryClient } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { useState, type ReactNode } from "react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { PortalProvider, type PortalProviderProps } from "../src";
import { createPolarMock, POLAR_TEST_TOKEN, type PolarMock, type PolarMockOptions } from "../src/testing/msw";

/**
 * Serves `handlers` (by default the mock Polar's) for the whole test file: listening before the
 * first test, back to these handlers and a fresh mock store after each, closed after the last.
 * Unhandled requests fail the test.
 */
export function serveForFile(handlers: RequestHandler[]): ReturnType<typeof setupServer> {
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

/** Renders `ui` inside {@link TestPortal}. */
export function renderInPortal(ui: ReactNode, options: PortalTestOptions = {}): RenderResult {
  return render(<TestPortal {...options}>{ui}</TestPortal>);
}
