import type { PortalErrorKind } from "../client/errors.js";
import { compileMessage, message, type MessageData } from "./format.js";
import { documentMessages } from "../../features/orders/messages/documents.js";
import { formMessages } from "../../features/orders/messages/form.js";
import { listMessages } from "../../features/orders/messages/list.js";
import { orderMessages } from "../../features/orders/messages/order.js";
import { subscriptionMessages } from "../../features/subscriptions/messages/subscription.js";
import { portalMessages, subscriptionsSectionMessages } from "../../portal/messages/portal.js";

// Every string a customer sees. A message is a string, or a function when it takes values, made
// from data (`message`: a template, plural forms, a select; see format.ts): interpolation and
// plurals happen inside the message, never by concatenating pieces in a component, so a
// translation can reorder words freely. Translations are data alone; `withMessages` compiles them.

export const errorMessages = {
  errorTitle: "Something went wrong",
  errorUnauthorized: "Your session has expired. Sign in again to see your order.",
  errorForbidden: "You do not have access to this order.",
  errorNotFound: "We could not find this order.",
  errorValidation: "Some details were not accepted. Correct them and try again.",
  errorRateLimited: "Too many requests right now. Please try again in a moment.",
  /** A rate limit whose end Polar named; `time` is that moment in the customer's locale and time zone. */
  errorRateLimitedUntil: message<(time: string) => string>("time", "Too many requests right now. We will try again at {time}."),
  /** A read refused as malformed (422): only the order id in the link can be wrong. */
  errorInvalidLink: "This order link is not valid.",
  // The customer is in the merchant's portal: "we", never the vendor behind it.
  errorServer: "Something went wrong on our side. Please try again.",
  errorHttp: "The request could not be completed.",
  errorNetwork: "We could not connect. Check your connection and try again.",
  errorInvalidResponse: "We received an order we could not read. Please try again later.",
  // The same failures of a read about anything but an order (`PortalError.resource`), in words
  // that name the resource where the kit knows it, else in words that fit any.
  errorForbiddenSubscription: "You do not have access to this subscription.",
  errorNotFoundSubscription: "We could not find this subscription.",
  errorUnauthorizedGeneric: "Your session has expired. Sign in again to continue.",
  errorForbiddenGeneric: "You do not have access to this.",
  errorNotFoundGeneric: "We could not find what you were looking for.",
  errorInvalidLinkGeneric: "This link is not valid.",
  errorInvalidResponseGeneric: "We received an answer we could not read. Please try again later.",
  retry: "Try again",
  loading: "Loading…",
};

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
type FeatureMessages = typeof listMessages &
  typeof documentMessages &
  typeof subscriptionMessages &
  typeof portalMessages &
  typeof subscriptionsSectionMessages;

/** Every English message. Pure: a bundle that does not use it (the order page) leaves the features' words out. */
export const defaultMessages: typeof baseMessages & FeatureMessages = /* @__PURE__ */ Object.assign(
  {},
  baseMessages,
  listMessages,
  documentMessages,
  subscriptionMessages,
  portalMessages,
  subscriptionsSectionMessages,
);

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

const merged = new WeakMap<object, WeakMap<object, Record<string, unknown>>>();

/**
 * `given` messages over a table of English ones (`baseMessages`, `listMessages`...), each data
 * message of `given` (a pack's, a merchant's template) compiled in language `lang` into a function
 * of the English one's values. One object per pair and language, so a component's memoised rows
 * see the same messages from render to render.
 */
export function withMessages<Table extends object>(table: Table, given: MessageOverrides | BaseMessages, lang = (given as { locale?: string }).locale ?? "en"): BaseMessages & Table {
  const byGiven = merged.get(table) ?? new WeakMap();
  merged.set(table, byGiven);
  let all = byGiven.get(given);
  if (all?.locale != lang) {
    byGiven.set(given, (all = { ...table, ...given, locale: lang }));
    for (const key in table) {
      const { args } = table[key] as { args?: readonly string[] };
      if (args && typeof all[key] != "function") all[key] = compileMessage(all[key] as MessageData, args, lang);
    }
  }
  return all as BaseMessages & Table;
}

/** A message pack's parametrised messages as data (templates, plural forms, selects) or functions. */
type AsData<M> = { [K in keyof M]: M[K] extends (...args: never[]) => string ? M[K] | MessageData : M[K] };

/**
 * Every message in one language (`react-polar-portal/locales/de`, ...), tagged with its BCP 47
 * language tag, which the provider matches against its `locale` when given several packs. A
 * message that takes values is data there (`{ one: "{count} Position", other: ... }`), which the
 * provider compiles into the English message's function.
 */
export type MessagePack = AsData<Messages> & { locale: string };

/**
 * What a merchant passes to override any subset of the English messages: a whole pack, a pack
 * with some messages replaced (`{ ...de, retry: "Nochmal" }`), or a few messages alone; a message
 * that takes values may be a function of them or data (`"Nochmal um {time}"`).
 */
export type MessageOverrides = Partial<AsData<Messages>> & { locale?: string };

// Each kind's message is named after it (`not_found` → `errorNotFound`): derived rather than
// listed, as every byte ships to every merchant. `messages[errorMessageKey(kind)]` only compiles
// while every kind has a plain-text message of its name.
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Capitalize<Head>}${Camel<Tail>}` : Capitalize<S>;
type KindMessageKey = `error${Camel<PortalErrorKind>}`;

export function errorMessageKey(kind: PortalErrorKind): KindMessageKey {
  return messageKey("error", kind) as KindMessageKey;
}

// The kinds whose words say what failed to load; the others (a rate limit, a network failure)
// read the same whatever the request was about.
const RESOURCE_KINDS: readonly PortalErrorKind[] = ["unauthorized", "forbidden", "not_found", "validation", "invalid_response"];

type TextKey = { [Key in keyof typeof errorMessages]: (typeof errorMessages)[Key] extends string ? Key : never }[keyof typeof errorMessages];

/**
 * The message for a failed read, worded for what it was about: an order's keep their words
 * (`errorForbidden`: "…this order."); another resource's are `error<Kind><Resource>`
 * (`errorForbiddenSubscription`) where the kit has them, else `error<Kind>Generic`. A read is
 * refused as malformed (422) only for its path: the id in the link (`errorInvalidLink…`).
 */
export function readErrorMessageKey(kind: PortalErrorKind, resource?: string): TextKey {
  const name = kind === "validation" ? "InvalidLink" : errorMessageKey(kind).slice("error".length);
  if (resource === undefined || resource === "order" || !RESOURCE_KINDS.includes(kind)) return `error${name}` as TextKey;
  const own = messageKey(`error${name}`, resource);
  return (Object.hasOwn(errorMessages, own) ? own : `error${name}Generic`) as TextKey;
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
