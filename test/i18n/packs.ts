// What the message-pack tests share: every pack in src/locales (found, not listed, so a new pack
// is tested as it lands), sample values for every message that takes some, and the English
// vocabulary the rendered packs must not show.
import type { MessageData } from "../../src/core/i18n/format";
import { withMessages, type MessageKey, type MessagePack, type Messages } from "../../src/core/i18n/messages";
import { defaultMessages } from "../../src/messages";
import type { PluralForms } from "../../src/core/i18n/plural";

const modules = import.meta.glob<{ default: MessagePack }>("../../src/locales/*.ts", { eager: true });

/** Every pack as its module gives it, by its file's tag (`de`, `pt-PT`...): words as data. */
export const DATA: Record<string, MessagePack> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/(.+)\.ts$/, "$1"), module.default]),
);

/** A pack as the provider makes it: its data messages compiled into the English ones' functions. */
export const compiled = (pack: MessagePack): Messages & { locale: string } => withMessages(defaultMessages, pack) as Messages & { locale: string };

/** Every pack by its file's tag, compiled, as components see it. */
export const PACKS: Record<string, Messages & { locale: string }> = Object.fromEntries(Object.entries(DATA).map(([tag, pack]) => [tag, compiled(pack)]));

/** The packs in another language than the kit's own. */
export const TRANSLATIONS = Object.entries(PACKS).filter(([tag]) => tag !== "en");

/** Every English message: the provider's defaults and the invoice and receipt actions' own table. */
export const ENGLISH: Messages & { locale: string } = { ...defaultMessages, locale: "en" };

export const MESSAGE_KEYS = Object.keys(ENGLISH).filter((key) => key !== "locale") as MessageKey[];

/**
 * Values to call each function message with: every branch it has (US, Canada, elsewhere) and a
 * count of each size. A function message missing here fails the completeness test, so a new one
 * is always exercised.
 */
export const SAMPLES: Partial<Record<MessageKey, unknown[][]>> = {
  errorRateLimitedUntil: [["14:30"]],
  recurringInterval: [
    ["day", 1, "en"],
    ["week", 2, "en"],
    ["month", 3, "en"],
    ["year", 5, "en"],
  ],
  itemsCaption: [
    [1, "en"],
    [3, "en"],
    [25, "en"],
  ],
  formPostalCode: [["US"], ["CA"], ["DE"]],
  formState: [["US"], ["CA"], ["DE"]],
  formStatePlaceholder: [["US"], ["CA"]],
  formErrorPostalCodeRequired: [["US"], ["DE"]],
  formErrorPostalCodeInvalid: [[{ country: "US", example: "94107" }], [{ country: "GB", example: "SW1A 1AA" }]],
  formErrorStateRequired: [["US"], ["CA"]],
  formErrorServerField: [[{ field: "City", error: "Invalid value." }]],
  formErrorCount: [
    [1, "en"],
    [2, "en"],
    [5, "en"],
  ],
  listCaption: [
    [1, "en"],
    [3, "en"],
    [250, "en"],
  ],
  listRange: [[11, 20, 250, "en"]],
  listPage: [[2, 25, "en"]],
  listFound: [
    [1, "en"],
    [3, "en"],
    [62, "en"],
  ],
  listSortedAscending: [["Σ"]],
  listSortedDescending: [["Σ"]],
  listPastEnd: [[9, 3, "en"]],
  listRowDate: [["2026-03-14"]],
  // The subscriptions' words (dates and amounts come formatted; digits here, so no English month is a word).
  subscriptionTrialUntil: [["2026-03-27"]],
  subscriptionCancelsOn: [["2026-04-14"]],
  subscriptionPausesOn: [["2026-03-27"]],
  subscriptionPausedUntil: [["2026-06-01"]],
  subscriptionRenewsOn: [["2026-04-14"]],
  subscriptionEndedOn: [["2026-02-14"]],
  subscriptionPendingPlan: [["Σ", "2026-04-14"]],
  subscriptionPendingPlanUnnamed: [["2026-04-14"]],
  subscriptionPendingSeats: [
    [1, "2026-04-14", "en"],
    [3, "2026-04-14", "en"],
  ],
  subscriptionPrice: [
    ["day", 1, "$2.00", "en"],
    ["week", 2, "$9.00", "en"],
    ["month", 3, "$45.00", "en"],
    ["year", 1, "$190.00", "en"],
  ],
  subscriptionSeatCount: [
    [1, "en"],
    [5, "en"],
  ],
  subscriptionsCaption: [
    [1, "en"],
    [12, "en"],
  ],
  subscriptionsRange: [[11, 20, 25, "en"]],
  subscriptionsPage: [[2, 3, "en"]],
  subscriptionsRowStarted: [["2026-01-14"]],
  subscriptionNextCharge: [["$19.00", "2026-04-14"]],
  subscriptionCanceledDone: [["2026-04-14"]],
  subscriptionPlanScheduledDone: [["2026-04-14"]],
  subscriptionSeatsChangedDone: [
    [1, "en"],
    [6, "en"],
  ],
  subscriptionPauseScheduledDone: [["2026-03-27"]],
  cancelAccessUntil: [["2026-04-14"]],
  cancelTrialUntil: [["2026-03-27"]],
  planCurrent: [["Σ"]],
  changeScheduled: [["2026-04-14"]],
  seatsLimits: [[2, 20, "en"]],
  seatsMinimum: [
    [1, "en"],
    [2, "en"],
  ],
  pauseDescription: [["2026-03-27"]],
  refusalBelowMinimumSeats: [
    [1, "en"],
    [2, "en"],
  ],
  refusalAboveMaximumSeats: [
    [1, "en"],
    [20, "en"],
  ],
  refusalSeatsAssigned: [
    [1, "en"],
    [5, "en"],
  ],
  // The billing words: a card named by its brand and digits, dates as the locale writes a month.
  cardEndingIn: [["Visa", "4242"]],
  cardExpires: [["08/27"]],
  cardExpired: [["01/25"]],
  paymentMethodType: [["sepa_debit"], ["us_bank_account"], ["bacs_debit"], ["card_present"]],
  cardDefaultDone: [["Σ 4242"]],
  cardRemovedDone: [["Σ 4242"]],
  removeCardDescription: [["Σ 4242"]],
  failedPaymentText: [["Σ", "$19.00"]],
  failedPaymentRetryOn: [["2026-04-14"]],
  payNowTitle: [["$19.00"]],
  payNowDescription: [["Σ"]],
  payNowConfirm: [["$19.00"]],
  billingTaxId: [["vat"], ["gst"], ["ein"], ["abn"], ["other"]],
  billingTaxIdExample: [["DE123456789"]],
};

/** Each message's text: a string as is, a function once per sample. */
export function texts(messages: Messages, key: MessageKey): string[] {
  const message: unknown = messages[key];
  if (typeof message === "string") return [message];
  const call = message as (...args: unknown[]) => string;
  return (SAMPLES[key] ?? []).map((args) => call(...args));
}

/**
 * The messages that take values but no count. Every other function message counts something and
 * must be plural forms in a pack (per unit for a select), so that its forms can be checked; a new
 * function message has to be sorted here or there.
 */
export const VALUE_MESSAGES: readonly MessageKey[] = [
  "errorRateLimitedUntil",
  "formPostalCode",
  "formState",
  "formStatePlaceholder",
  "formErrorPostalCodeRequired",
  "formErrorPostalCodeInvalid",
  "formErrorStateRequired",
  "formErrorServerField",
  "listRange",
  "listPage",
  "listSortedAscending",
  "listSortedDescending",
  "listPastEnd",
  "listRowDate",
  // The subscriptions': dates, names and amounts; a count with a date or an amount beside it.
  "subscriptionTrialUntil",
  "subscriptionCancelsOn",
  "subscriptionPausesOn",
  "subscriptionPausedUntil",
  "subscriptionRenewsOn",
  "subscriptionEndedOn",
  "subscriptionPendingPlan",
  "subscriptionPendingPlanUnnamed",
  "subscriptionPendingSeats",
  "subscriptionPrice",
  "subscriptionsRange",
  "subscriptionsPage",
  "subscriptionsRowStarted",
  "subscriptionNextCharge",
  "subscriptionCanceledDone",
  "subscriptionPlanScheduledDone",
  "subscriptionPauseScheduledDone",
  "cancelAccessUntil",
  "cancelTrialUntil",
  "planCurrent",
  "changeScheduled",
  "seatsLimits",
  "pauseDescription",
  // The billing components': a card's name, a date, an amount, a product, a kind of tax ID.
  "cardEndingIn",
  "cardExpires",
  "cardExpired",
  "paymentMethodType",
  "cardDefaultDone",
  "cardRemovedDone",
  "removeCardDescription",
  "failedPaymentText",
  "failedPaymentRetryOn",
  "payNowTitle",
  "payNowDescription",
  "payNowConfirm",
  "billingTaxId",
  "billingTaxIdExample",
];

/** The messages that count: function messages that take no other values. */
export const PLURAL_MESSAGES = MESSAGE_KEYS.filter((key) => typeof ENGLISH[key] === "function" && !VALUE_MESSAGES.includes(key));

/** Polar's recurring intervals (`SubscriptionRecurringInterval` in its OpenAPI document): `recurringInterval` has forms for each. */
export const INTERVALS = ["day", "week", "month", "year"];

/** A plural message's forms (its data in a pack): one set, or one per unit (a select of forms). */
export function pluralForms(data: MessageData | undefined): Record<string, PluralForms> | undefined {
  if (!data || typeof data !== "object") return undefined;
  return typeof data.other === "string" ? { "": data as unknown as PluralForms } : (data as unknown as Record<string, PluralForms>);
}

/** Words of a text: runs of letters (any script), lower-cased. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

// Names and codes, the same in every language: Polar is the platform's name, ZIP the US postal
// code's (the packs say "ZIP-Code", "código ZIP"...); SEPA and Bacs are debit schemes, and VAT,
// GST, EIN and ABN the tax IDs' names ("EIN" is also a German word).
const NAMES = new Set(["polar", "zip", "sepa", "bacs", "vat", "gst", "ein", "abn"]);

/** The English words of the English pack (three letters or more; shorter ones are too often words elsewhere). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  MESSAGE_KEYS.flatMap((key) => texts(ENGLISH, key).flatMap(wordsOf)).filter((word) => word.length >= 3 && !NAMES.has(word)),
);

/**
 * Words a language spells as English does, and means the same: they may show in its pack. Each is
 * a word of that language, not English left over.
 */
export const SHARED_WORDS: Record<string, readonly string[]> = {
  de: ["name", "code", "format", "optional", "region", "status"], // "Name", "ZIP-Code", "im Format", "(optional)", "Region", "Status"
  es: ["subtotal", "total", "postal"], // "Subtotal", "Total", "código postal"
  fr: ["total", "code", "postal", "date", "format", "moment", "net", "province", "session", "actions", "page", "pages"], // "Code postal", "Date de commande", "pour le moment", "Montant net"...
  it: ["link", "all", "account", "team"], // "link", "account", "team" (Italian's loans for a web link, a user account, a team), "all’ordine"
  nl: ["code", "filters", "later", "moment", "status", "account", "team"], // "ZIP-code", "Filters wissen", "later", "op dit moment", "Status", "Je account", "je team"
  pl: ["link", "region", "status"], // "link", "region", "Status"
  pt: ["subtotal", "total", "item", "postal", "link", "status"], // "item" (a line of an order), "código postal", "link", "Status"
  "pt-PT": ["subtotal", "total", "postal"],
  sv: ["period", "format", "region", "session", "status"], // "Period", "landets format", "region", "Din session", "Status"
  tr: ["net"], // "Net tutar"
};

/**
 * Messages a pack may word exactly as English does, because they are one of the words above and
 * nothing else ("Total" is French for "Total"), or have no words at all ("{field}: {error}",
 * where the language writes the colon as English does; French and Japanese do not).
 */
export const SAME_AS_ENGLISH: Record<string, readonly MessageKey[]> = {
  de: ["billingName", "orderStatus", "listStatusColumn", "formErrorServerField", "subscriptionsStatusColumn", "billingTaxId"], // "EIN (optional)"
  fr: ["total", "itemsTotal", "listDateColumn", "listTotalColumn", "listActionsColumn", "subscriptionChargeTotal"],
  es: ["subtotal", "total", "itemsTotal", "listTotalColumn", "formErrorServerField", "subscriptionsPlanColumn", "subscriptionPlanHeading", "subscriptionChargeBase", "subscriptionChargeTotal"],
  pt: ["subtotal", "total", "itemsTotal", "itemColumn", "itemsCaption", "orderStatus", "listTotalColumn", "formErrorServerField", "subscriptionsStatusColumn", "subscriptionChargeTotal"], // "1 item", "Status"
  "pt-PT": ["subtotal", "total", "itemsTotal", "listTotalColumn", "formErrorServerField", "subscriptionChargeTotal"],
  sv: ["periodColumn", "orderStatus", "listStatusColumn", "formErrorServerField", "subscriptionsStatusColumn"],
  nl: ["orderStatus", "listProductColumn", "listStatusColumn", "formErrorServerField", "subscriptionsStatusColumn"],
  pl: ["orderStatus", "listStatusColumn", "formErrorServerField"],
  ar: ["formErrorServerField"],
  he: ["formErrorServerField"],
  hu: ["formErrorServerField"],
  it: ["formErrorServerField"],
  ko: ["formErrorServerField"],
  tr: ["formErrorServerField"],
};
