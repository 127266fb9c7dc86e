import type { PortalErrorKind } from "../client/errors.js";
import { documentMessages } from "./document-messages.js";
import { formMessages } from "./form-messages.js";
import { listMessages } from "./list-messages.js";
import { orderMessages } from "./order-messages.js";

// Every string a customer sees. A message is a string, or a function when it takes values:
// interpolation and plurals happen inside the message (Intl.PluralRules, Intl formatters), never
// by concatenating pieces in a component, so a translation can reorder words freely.

export const errorMessages = {
  errorTitle: "Something went wrong",
  errorUnauthorized: "Your session has expired. Sign in again to see your order.",
  errorForbidden: "You do not have access to this order.",
  errorNotFound: "We could not find this order.",
  errorValidation: "Some details were not accepted. Correct them and try again.",
  errorRateLimited: "Too many requests right now. Please try again in a moment.",
  /** A rate limit whose end Polar named; `time` is that moment in the customer's locale and time zone. */
  errorRateLimitedUntil: (time: string): string => `Too many requests right now. We will try again at ${time}.`,
  /** A read refused as malformed (422): only the order id in the link can be wrong. */
  errorInvalidLink: "This order link is not valid.",
  // The customer is in the merchant's portal: "we", never the vendor behind it.
  errorServer: "Something went wrong on our side. Please try again.",
  errorHttp: "The request could not be completed.",
  errorNetwork: "We could not connect. Check your connection and try again.",
  errorInvalidResponse: "We received an order we could not read. Please try again later.",
  retry: "Try again",
  loading: "Loading…",
} satisfies Record<string, string | ((time: string) => string)>;

/**
 * What the provider merges a merchant's messages over: the order page's words. A feature's own
 * words (the list's, the invoice and receipt actions') ship with its components alone, which lay
 * them under the provider's messages (`withMessages`).
 */
export const baseMessages = {
  ...errorMessages,
  ...orderMessages,
  ...formMessages,
};

/** The words of the features that ship apart from the order page. */
type FeatureMessages = typeof listMessages & typeof documentMessages;

/** Every English message. Pure: a bundle that does not use it (the order page) leaves the features' words out. */
export const defaultMessages: typeof baseMessages & FeatureMessages = /* @__PURE__ */ Object.assign({}, baseMessages, listMessages, documentMessages);

export type Messages = typeof defaultMessages & {
  /**
   * Names of US states and Canadian provinces (`CA-QC`: "Québec") where the language's differ
   * from English: the form shows the English name of any left out.
   */
  subdivisions?: Readonly<Record<string, string>>;
};
export type MessageKey = keyof typeof defaultMessages;

/**
 * The provider's messages (`baseMessages` under the merchant's): a feature's keys are there only
 * when the merchant's messages have them; its components fill in the English ones (`withMessages`).
 */
export type BaseMessages = Omit<Messages, keyof FeatureMessages> & Partial<FeatureMessages>;

const merged = new WeakMap<object, WeakMap<BaseMessages, BaseMessages>>();

/**
 * The provider's messages over a feature's English words (`listMessages`, ...): one object per
 * pair, so a component's memoised rows see the same messages from render to render.
 */
export function withMessages<Table extends object>(table: Table, messages: BaseMessages): BaseMessages & Table {
  let byMessages = merged.get(table);
  if (!byMessages) merged.set(table, (byMessages = new WeakMap()));
  let all = byMessages.get(messages);
  if (!all) byMessages.set(messages, (all = { ...table, ...messages }));
  return all as BaseMessages & Table;
}

/**
 * Every message in one language (`react-polar-portal/locales/de`, ...), tagged with its BCP 47
 * language tag, which the provider matches against its `locale` when given several packs.
 */
export type MessagePack = Messages & { locale: string };

/**
 * What a merchant passes to override any subset of the English messages: a whole pack, a pack
 * with some messages replaced (`{ ...de, retry: "Nochmal" }`), or a few messages alone.
 */
export type MessageOverrides = Partial<Messages> & { locale?: string };

// Each kind's message is named after it (`not_found` → `errorNotFound`): derived rather than
// listed, as every byte ships to every merchant. `messages[errorMessageKey(kind)]` only compiles
// while every kind has a plain-text message of its name.
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Capitalize<Head>}${Camel<Tail>}` : Capitalize<S>;
type KindMessageKey = `error${Camel<PortalErrorKind>}`;

export function errorMessageKey(kind: PortalErrorKind): KindMessageKey {
  return messageKey("error", kind) as KindMessageKey;
}

/** A message's name from a prefix and Polar's snake_case value: `status` + `partially_refunded` → `statusPartiallyRefunded`. */
export const messageKey = (prefix: string, value: string) => prefix + value.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The pack for `locale` among `packs`, as RFC 4647 lookup does it: the pack tagged `locale` or
 * its longest prefix (`pt-BR` → `pt`, `pt-PT` → `pt-PT`, `de-AT` → `de`); undefined when none
 * fits, so English remains. Tags compare in their canonical case (`pt-PT`), as the provider
 * canonicalizes its locale.
 */
export function pickMessages(locale: string, packs: readonly MessageOverrides[]): MessageOverrides | undefined {
  let best: MessageOverrides | undefined;
  for (const pack of packs) {
    const tag = `${pack.locale}-`;
    if (`${locale}-`.startsWith(tag) && !(best && best.locale!.length > tag.length)) best = pack;
  }
  return best;
}
