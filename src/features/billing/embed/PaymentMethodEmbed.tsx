import { useContext, useEffect, useRef, useState, type CSSProperties } from "react";
import { POLAR_SERVERS, type PortalClient } from "../../../core/client/client.js";
import { devWarn } from "../../../core/dev.js";
import { usePortalContext } from "../../../core/provider/context.js";
import { PaymentMethodEmbedContext } from "./context.js";
import type {
  PaymentMethodEmbedComponent,
  PaymentMethodEmbedErrorCode,
  PaymentMethodEmbedLoader,
  PaymentMethodEmbedState,
  PolarEmbedErrorCode,
} from "./types.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

export interface PaymentMethodEmbedProps {
  /** Whether the new card becomes the customer's default (Polar's default: true). */
  setAsDefault?: boolean;
  /** By default the kit's colour scheme where the embed is shown (`data-theme` on an ancestor), read when it opens. */
  theme?: "light" | "dark";
  /** BCP 47; by default the provider's locale. */
  locale?: string;
  /** Instead of the `PaymentMethodEmbedProvider`'s: a loader (`loadPolarPaymentMethod`)... */
  load?: PaymentMethodEmbedLoader;
  /** ...or a ready component with `PolarPaymentMethod`'s props (your own, or a stand-in). */
  component?: PaymentMethodEmbedComponent;
  /** The form is shown and takes input. */
  onLoaded?: () => void;
  /** The card was submitted: keep the embed open until `onSuccess` or `onError`. */
  onConfirmed?: () => void;
  /** The card is saved with the customer (Polar's payment method id). */
  onSuccess?: (paymentMethodId: string) => void;
  /** Polar's page failed, or the embed could not open (see `PaymentMethodEmbedErrorCode`). */
  onError?: (code: PaymentMethodEmbedErrorCode) => void;
  className?: string;
  style?: CSSProperties;
}

type Opened = { Embed: PaymentMethodEmbedComponent; token: string; theme: "light" | "dark" } | { error: PaymentMethodEmbedErrorCode };

const NO_EMBED =
  'PaymentMethodEmbed has no embed to show. Install Polar\'s package (npm install @polar-sh/checkout@^0.4.1) and give its loader to the kit: <PaymentMethodEmbedProvider load={loadPolarPaymentMethod}>, with loadPolarPaymentMethod from "react-polar-portal/embed".';
const SANDBOX =
  "Polar's card embed (@polar-sh/checkout 0.4) always loads from https://polar.sh, which does not know sandbox sessions: the kit does not send a sandbox token there. Against the sandbox, pass a `component` of your own (PaymentMethodEmbedProvider or the prop).";
const NO_TOKEN_SOURCE = "PaymentMethodEmbed needs the client's sessionToken(): a client written by hand must provide it to add cards.";

function warn(message: string) {
  if (process.env.NODE_ENV !== "production") devWarn(message);
}

/** The kit's colour scheme where `element` is (`--pp-color-scheme`, set by `data-theme`); light without the stylesheet. */
function schemeAt(element: Element | null): "light" | "dark" {
  if (!element || typeof getComputedStyle !== "function") return "light";
  return getComputedStyle(element).getPropertyValue("--pp-color-scheme").trim() === "dark" ? "dark" : "light";
}

/** The component and a token just asked for, or why the embed cannot open. */
async function open(
  client: PortalClient,
  component: PaymentMethodEmbedComponent | undefined,
  load: PaymentMethodEmbedLoader | undefined,
): Promise<{ error: PaymentMethodEmbedErrorCode } | { Embed: PaymentMethodEmbedComponent; token: string }> {
  if (!component && !load) return warn(NO_EMBED), { error: "not_installed" };
  // Polar's component always loads https://polar.sh; only a merchant's own component may serve the sandbox.
  if (!component && client.baseUrl === POLAR_SERVERS.sandbox) return warn(SANDBOX), { error: "sandbox_unsupported" };
  if (!client.sessionToken) return warn(NO_TOKEN_SOURCE), { error: "session_unavailable" };
  const [embed, token] = await Promise.all([
    component ? { Embed: component } : load!().then((Embed) => ({ Embed }), (error: unknown) => ({ error })),
    // Asked now, not reused: the page holds it for as long as the customer takes.
    client.sessionToken().then((token) => ({ token }), (error: unknown) => ({ error })),
  ]);
  if ("error" in embed) return warn(embed.error instanceof Error ? embed.error.message : NO_EMBED), { error: "not_installed" };
  if ("error" in token) return { error: "session_unavailable" };
  if (!token.token) return { error: "unauthorized" };
  return { Embed: embed.Embed, token: token.token };
}

/**
 * Polar's card form (`PolarPaymentMethod`, an iframe of https://polar.sh's embed page) with the
 * provider's session, locale and the kit's colour scheme. Opening it (mounting) loads the embed's
 * code and asks for a fresh session token; remount it (a new `key`) to try again. It shows only
 * Polar's form: the words around it (loading, errors, done) are the frame's (`AddPaymentMethod`),
 * told through the callbacks and the root's `data-state` / `data-error`.
 *
 * The token goes into the iframe's URL: that is Polar's design, a page of Polar's own that the
 * merchant's page cannot read. It is never in the merchant's URL, history, cache keys or logs.
 */
export function PaymentMethodEmbed(props: PaymentMethodEmbedProps) {
  const { client, locale } = usePortalContext();
  const source = useContext(PaymentMethodEmbedContext);
  const root = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [state, setState] = useState<PaymentMethodEmbedState>("opening");
  const [polarError, setPolarError] = useState<PolarEmbedErrorCode | null>(null);
  // Read when the embed opens, not as effect dependencies: an inline loader or callback is a new
  // function on every render and must not reopen the embed (a new token, the typed card lost).
  const latest = useRef(props);
  latest.current = props;
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    let live = true;
    const { component, load, theme } = latest.current;
    // A prop wins over the provider's; a `load` prop also over the provider's component.
    const chosen = component ?? (load ? undefined : sourceRef.current?.component);
    const loader = load ?? sourceRef.current?.load;
    const scheme = theme ?? schemeAt(root.current);
    void open(client, chosen, loader).then((result) => {
      if (!live) return;
      if ("error" in result) {
        setOpened(result);
        setState("error");
        latest.current.onError?.(result.error);
      } else {
        setOpened({ ...result, theme: scheme });
        setState("loading");
      }
    });
    return () => {
      live = false;
    };
  }, [client]);

  const { setAsDefault, className, style } = props;
  const kitError = opened && "error" in opened ? opened.error : null;
  return (
    <div
      ref={root}
      className={className ? `pp-payment-method-embed ${className}` : "pp-payment-method-embed"}
      style={style}
      data-state={state}
      data-error={kitError ?? polarError ?? undefined}
      aria-busy={state === "opening" || state === "loading" || state === "confirming"}
    >
      {opened && "Embed" in opened ? (
        <opened.Embed
          sessionToken={opened.token}
          theme={opened.theme}
          locale={props.locale ?? locale}
          setAsDefault={setAsDefault}
          className="pp-payment-method-embed__frame"
          onLoaded={() => {
            setState("ready");
            latest.current.onLoaded?.();
          }}
          onConfirmed={() => {
            setPolarError(null);
            setState("confirming");
            latest.current.onConfirmed?.();
          }}
          onSuccess={(id) => {
            setState("succeeded");
            latest.current.onSuccess?.(id);
          }}
          onError={(code) => {
            // The iframe stays: Polar's page lets the customer try another card after a decline.
            setPolarError(code);
            setState("error");
            latest.current.onError?.(code);
          }}
        />
      ) : null}
    </div>
  );
}
