// PaymentMethodEmbed's own part, before Polar's page is involved (test/browser/embed/ drives that
// in Chromium): where the embed comes from, the session token it asks for when it opens, and the
// reasons it cannot open, each told to the merchant's onError and to the developer, never a crash.
import { render, screen, waitFor } from "@testing-library/react";
import { StrictMode, useState } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PortalProvider, type PortalProviderProps } from "../../src";
import {
  PaymentMethodEmbed,
  PaymentMethodEmbedProvider,
  type PaymentMethodEmbedComponentProps,
  type PaymentMethodEmbedProps,
} from "../../src/features/billing/embed";

const TOKEN = "polar_cst_unit_0a1b2c3d4e5f";

afterEach(() => {
  vi.restoreAllMocks();
});

/** A stand-in with Polar's props that shows what it was given. */
function Fake(props: PaymentMethodEmbedComponentProps) {
  return (
    <div data-testid="embed" data-token={props.sessionToken} data-theme-given={props.theme} data-locale={props.locale} data-default={String(props.setAsDefault)}>
      <button onClick={() => props.onSuccess?.("pm_1")}>save</button>
    </div>
  );
}

function show(props: PaymentMethodEmbedProps = {}, provider: Partial<PortalProviderProps> = {}) {
  const onError = vi.fn();
  const warn = vi.spyOn(console, "error").mockImplementation(() => {});
  const view = render(
    <PortalProvider token={TOKEN} locale="de-DE" {...provider}>
      <PaymentMethodEmbed onError={onError} {...props} />
    </PortalProvider>,
  );
  const root = () => view.container.querySelector<HTMLElement>(".pp-payment-method-embed")!;
  return { ...view, onError, warn, root };
}

describe("where the embed comes from", () => {
  it("renders a component given as a prop with the provider's token and locale, light by default", async () => {
    show({ component: Fake, setAsDefault: false });
    const embed = await screen.findByTestId("embed");
    expect(embed.dataset).toMatchObject({ token: TOKEN, themeGiven: "light", locale: "de-DE", default: "false" });
  });

  it("takes the component or loader of the nearest PaymentMethodEmbedProvider; a prop wins over it", async () => {
    const load = vi.fn(async () => Fake);
    const Other = () => <p>other</p>;
    render(
      <PortalProvider token={TOKEN}>
        <PaymentMethodEmbedProvider load={load}>
          <PaymentMethodEmbed />
        </PaymentMethodEmbedProvider>
        <PaymentMethodEmbedProvider component={Fake}>
          <PaymentMethodEmbed component={Other} />
        </PaymentMethodEmbedProvider>
      </PortalProvider>,
    );
    expect(await screen.findByTestId("embed")).toBeInTheDocument();
    expect(await screen.findByText("other")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("loads the embed when it opens and not again when the page re-renders with a new inline loader", async () => {
    const load = vi.fn(async () => Fake);
    const getter = vi.fn(async () => TOKEN);
    function Page() {
      const [count, setCount] = useState(0);
      return (
        <PortalProvider token={getter}>
          <button onClick={() => setCount(count + 1)}>render {count}</button>
          <PaymentMethodEmbed load={() => load()} theme="dark" />
        </PortalProvider>
      );
    }
    render(<Page />);
    expect((await screen.findByTestId("embed")).dataset.themeGiven).toBe("dark");
    screen.getByText("render 0").click();
    expect(await screen.findByText("render 1")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    expect(getter).toHaveBeenCalledTimes(1);
  });

  it("asks the token getter each time it opens, though the session it got last time would still be reused by requests", async () => {
    let minted = 0;
    const getter = vi.fn(async () => ({ token: `polar_cst_minted_${++minted}`, expires_at: new Date(Date.now() + 3_600_000).toISOString() }));
    function Page() {
      const [open, setOpen] = useState(true);
      return (
        <PortalProvider token={getter}>
          <button onClick={() => setOpen(!open)}>toggle</button>
          {open ? <PaymentMethodEmbed component={Fake} /> : null}
        </PortalProvider>
      );
    }
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    expect((await screen.findByTestId("embed")).dataset.token).toBe("polar_cst_minted_1");
    // StrictMode opens it twice: the two opens share one call to the getter.
    expect(getter).toHaveBeenCalledTimes(1);
    screen.getByText("toggle").click();
    await waitFor(() => expect(screen.queryByTestId("embed")).toBeNull());
    screen.getByText("toggle").click();
    await waitFor(() => expect(screen.getByTestId("embed").dataset.token).toBe("polar_cst_minted_2"));
  });
});

describe("when it cannot open", () => {
  it("without a loader or component: not_installed, and the developer is told what to install", async () => {
    const { onError, warn, root } = show();
    await waitFor(() => expect(onError).toHaveBeenCalledWith("not_installed"));
    expect(root().dataset).toMatchObject({ state: "error", error: "not_installed" });
    expect(String(warn.mock.calls)).toContain("npm install @polar-sh/checkout");
    expect(String(warn.mock.calls)).toContain("react-polar-portal/embed");
  });

  it("when the loader fails (the peer missing at run time): not_installed with the loader's words, no crash", async () => {
    const load = () => Promise.reject(new Error("Could not load Polar's card embed. npm install @polar-sh/checkout@^0.4.1"));
    const { onError, warn, root } = show({ load });
    await waitFor(() => expect(onError).toHaveBeenCalledWith("not_installed"));
    expect(root().querySelector("iframe")).toBeNull();
    expect(String(warn.mock.calls)).toContain("npm install @polar-sh/checkout@^0.4.1");
  });

  it("when the token getter fails: session_unavailable (worth a retry), the token getter's error kept out of sight", async () => {
    const { onError, root } = show({ component: Fake }, { token: () => Promise.reject(new Error("merchant endpoint down")) });
    await waitFor(() => expect(onError).toHaveBeenCalledWith("session_unavailable"));
    expect(root().dataset.state).toBe("error");
    expect(screen.queryByTestId("embed")).toBeNull();
  });

  it("when the customer is signed out: Polar's unauthorized, and no embed is shown", async () => {
    const { onError } = show({ component: Fake }, { token: () => null });
    await waitFor(() => expect(onError).toHaveBeenCalledWith("unauthorized"));
    expect(screen.queryByTestId("embed")).toBeNull();
  });

  it("against the sandbox: a loader (Polar's, always polar.sh) is refused, a component of the merchant's is shown", async () => {
    const load = vi.fn(async () => Fake);
    const refused = show({ load }, { server: "sandbox" });
    await waitFor(() => expect(refused.onError).toHaveBeenCalledWith("sandbox_unsupported"));
    expect(load).not.toHaveBeenCalled();
    expect(String(refused.warn.mock.calls)).not.toContain(TOKEN);
    refused.unmount();

    show({ component: Fake }, { server: "sandbox" });
    expect((await screen.findByTestId("embed")).dataset.token).toBe(TOKEN);
  });
});

describe("on a server", () => {
  it("renders its empty root, opening, without asking for a token (that waits for the browser)", () => {
    const getter = vi.fn(() => TOKEN);
    const html = renderToString(
      <PortalProvider token={getter} locale="en-US">
        <PaymentMethodEmbed component={Fake} />
      </PortalProvider>,
    );
    expect(html).toContain('data-state="opening"');
    expect(html).not.toContain(TOKEN);
    expect(getter).not.toHaveBeenCalled();
  });
});

describe("what it reports", () => {
  it("passes Polar's success through and marks its root", async () => {
    const onSuccess = vi.fn();
    const { root } = show({ component: Fake, onSuccess });
    (await screen.findByText("save")).click();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith("pm_1"));
    expect(root().dataset.state).toBe("succeeded");
  });
});
