import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import { createPortalClient, type PolarApiVersion, type PolarServer, type PortalClient, type TokenSource } from "../client/client.js";
import { devWarn } from "../dev.js";
import { directionOf } from "../i18n/direction.js";
import { errorMessages, pickMessages, withMessages, type MessageOverrides } from "../i18n/messages.js";
import { portalKeys } from "../query/keys.js";
import { clearPortalStore } from "../query/store.js";
import { PortalContext, type PortalContextValue } from "./context.js";

// Replaced by the merchant's bundler; declared here because the kit's types leave Node's out.
declare const process: { env: { NODE_ENV?: string } };

export interface PortalProviderProps {
  /**
   * The customer session token, or a function returning one or Polar's `CustomerSession` (reused
   * until shortly before its `expires_at`; see `TokenSource`). Ignored when `client` is given.
   */
  token?: TokenSource;
  /** `"production"` (default), `"sandbox"`, or a base URL (a proxy on the merchant's origin). */
  server?: PolarServer | (string & {});
  apiVersion?: PolarApiVersion;
  fetch?: typeof fetch;
  /**
   * Who is signed in, as your app knows it (your own user id; never the token). Needed only with a
   * token getter, whose sessions the kit reuses: when it changes, the kit forgets the previous
   * session and everything cached for it, as it does when a token string changes.
   */
  sessionKey?: string;
  /** A ready client, for merchants that build their own (instrumentation, tests). */
  client?: PortalClient;
  /**
   * The merchant's QueryClient. Without it the provider uses the nearest QueryClientProvider,
   * or makes its own.
   */
  queryClient?: QueryClient;
  /**
   * BCP 47 locale for formatting; the browser's language when left out (or not a valid tag).
   * Pass it when rendering on a server, where there is no browser language to read: otherwise
   * the server's text and the browser's differ and hydration fails.
   */
  locale?: string;
  /**
   * The writing direction of the kit's components (their root's `dir`): by default that of the
   * language their words are in (`rtl` for an Arabic or Hebrew pack; `ltr` for the English the
   * kit falls back to), so a merchant's page in another direction does not reorder the kit's
   * sentences, dates and amounts. Each component's root also gets `lang`, that language.
   */
  dir?: "ltr" | "rtl" | "auto";
  /** IANA time zone for dates; the browser's when left out. Pass it too when rendering on a server. */
  timeZone?: string;
  /**
   * The words: a message pack (`import de from "react-polar-portal/locales/de"`), any messages
   * to replace (`{ ...de, retry: "Nochmal" }`), or several packs, of which the one that best
   * fits `locale` is used (`[de, fr, pl]`). Whatever is missing, or every message when no pack
   * fits, is English.
   */
  messages?: MessageOverrides | readonly MessageOverrides[];
  /**
   * Called once when the session is over: Polar refused a token string (401), or a getter's token
   * twice (before and after the getter was asked again), or the getter answered that the customer
   * is signed out. Sign the customer in again and pass the new token (or `sessionKey`).
   */
  onUnauthorized?: () => void;
  children?: ReactNode;
}

/** The locale as given when Intl accepts it (`en_US` it does not), else the browser's. */
function usableLocale(locale: string | undefined): string {
  try {
    if (locale) return Intl.getCanonicalLocales(locale)[0]!;
  } catch {
    // Fall through: a bad locale setting must cost the customer their language, not the page.
  }
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "en-US";
}

export function PortalProvider(props: PortalProviderProps) {
  const { token, server, apiVersion, client: givenClient, locale, dir, timeZone, messages, children } = props;
  const outerQueryClient = useContext(QueryClientContext);
  // Made only when needed, and kept for the provider's life (also if a queryClient prop goes away).
  const ownQueryClient = useRef<QueryClient | null>(null);
  const queryClient = props.queryClient ?? outerQueryClient ?? (ownQueryClient.current ??= new QueryClient());

  // The token (or its getter), fetch and onUnauthorized are read through a ref to the latest
  // props: a new token string must not rebuild the client, change a query key, or refetch by itself.
  const latest = useRef(props);
  latest.current = props;
  // Once per session: set when reported, cleared by the next request Polar accepts (a getter may
  // have refreshed the token) or by a new token string. Not by a new `token` prop alone, which an
  // inline getter changes on every render.
  const reported = useRef(false);
  const reportUnauthorized = useCallback(() => {
    if (reported.current) return;
    reported.current = true;
    latest.current.onUnauthorized?.();
  }, []);

  const client = useMemo<PortalClient>(() => {
    if (givenClient) return givenClient;
    const options = {
      server,
      apiVersion,
      // Read on every request: a token string is sent as it is (refused, it is not asked for again),
      // a getter is asked as the client's session rules say, whichever getter the last render gave.
      get token() {
        return latest.current.token as TokenSource;
      },
      fetch: (...args: Parameters<typeof fetch>) => (latest.current.fetch ?? globalThis.fetch)(...args),
      onUnauthorized: reportUnauthorized,
      onAuthorized: () => {
        reported.current = false;
      },
    };
    try {
      return createPortalClient(options);
    } catch (error) {
      // A mistyped `server` must not throw out of the merchant's page: the developer is told, the
      // customer sees a neutral error where the order would be.
      if (process.env.NODE_ENV !== "production") devWarn(error instanceof Error ? error.message : String(error));
      // Its detail becomes the error's message: a sentence in development, as the client's are.
      const detail = process.env.NODE_ENV !== "production" ? "PortalProvider's `server` is not valid." : undefined;
      const refuse = async () => Response.json({ error: "InvalidServer", detail }, { status: 400 });
      // Not a spread: that would read the token getter once and freeze the token it found.
      return createPortalClient(Object.assign(options, { server: "/", fetch: refuse }));
    }
  }, [givenClient, server, apiVersion, reportUnauthorized]);

  // When the session token changes to a different string (or goes away), everything cached under
  // the portal's one key root belongs to another session (or failed with the old one): reset it
  // all, which refetches what is on screen with the new token, rather than show one customer's
  // data to the next. A getter's identity says nothing about the session, so a getter never
  // triggers this.
  const previousToken = useRef(token);
  const previousSessionKey = useRef(props.sessionKey);
  useEffect(() => {
    const before = previousToken.current;
    previousToken.current = token;
    const beforeKey = previousSessionKey.current;
    previousSessionKey.current = props.sessionKey;
    const newString = before !== token && typeof before !== "function" && typeof token !== "function";
    if (newString || beforeKey !== props.sessionKey) {
      reported.current = false;
      client.forgetSession?.();
      clearPortalStore(queryClient);
      void queryClient.resetQueries({ queryKey: portalKeys.all });
    }
  }, [token, props.sessionKey, client, queryClient]);

  const tag = usableLocale(locale);
  const chosen = Array.isArray(messages) ? pickMessages(tag, messages) : (messages as MessageOverrides | undefined);
  // The language of the words shown: English when no pack fits the locale (an Arabic customer
  // without the Arabic pack reads English, left to right), the customer's locale when the pack
  // is of its language; a merchant's own messages without a tag are taken to be in the locale.
  const words = chosen ? (chosen.locale ?? tag) : "en";
  // A pack's data messages become functions here, with the plural rules of its language.
  const mergedMessages = useMemo(() => (chosen ? withMessages(errorMessages, chosen, words) : errorMessages), [chosen, words]);
  const lang = pickMessages(tag, [{ locale: words }]) ? tag : words;
  const value = useMemo<PortalContextValue>(
    () => ({ client, locale: tag, lang, dir: dir ?? directionOf(lang), timeZone, messages: mergedMessages }),
    [client, tag, lang, dir, timeZone, mergedMessages],
  );

  const content = <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
  return queryClient === outerQueryClient ? content : <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>;
}
