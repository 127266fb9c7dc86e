// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";

// A merchant's server renders the portal (Next.js, Remix): no window, no document. Importing the
// kit must not touch them, and a server render shows the loading state without calling Polar.

afterEach(() => {
  vi.restoreAllMocks();
});

describe("server-side rendering", () => {
  it("runs where there is no window and no document", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("imports the public entry without throwing", async () => {
    const kit = await import("../src/index");
    expect(kit.PortalProvider).toBeTypeOf("function");
    expect(kit.useOrder).toBeTypeOf("function");
  });

  it("renders PortalProvider and a hook to a string without calling Polar", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const { renderToString } = await import("react-dom/server");
    const { PortalProvider, useOrder, useMessages } = await import("../src/index");

    function Status() {
      const { data, isPending } = useOrder("0d6e2f1a-3b4c-4d5e-9f60-718293a4b5c6");
      const messages = useMessages();
      return <p>{isPending ? messages.loading : data?.billing_name}</p>;
    }

    const html = renderToString(
      <PortalProvider token="polar_cst_server_side" locale="en-US">
        <Status />
      </PortalProvider>,
    );
    expect(html).toBe("<p>Loading…</p>");
    expect(html).not.toContain("polar_cst_server_side");
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
