import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Hungarian nouns stay singular after a number ("3 tétel"), so both forms read alike.
const hu: MessagePack = {
  locale: "hu",

  errorTitle: "Hiba történt",
  errorUnauthorized: "A munkamenet lejárt. Jelentkezzen be újra a rendelés megtekintéséhez.",
  errorForbidden: "Nincs hozzáférése ehhez a rendeléshez.",
  errorNotFound: "Nem találjuk ezt a rendelést.",
  errorValidation: "Néhány adatot nem fogadtunk el. Ellenőrizze a megjelölt mezőket.",
  errorRateLimited: "Jelenleg túl sok a kérés. Kérjük, próbálja újra egy kis idő múlva.",
  errorRateLimitedUntil: (time) => `A Polar túlterhelt. ${time}-kor újra megpróbáljuk.`,
  errorInvalidLink: "Ez a rendelési hivatkozás érvénytelen.",
  errorServer: "A Polarnál jelenleg hiba lépett fel. Kérjük, próbálja újra.",
  errorHttp: "A kérést nem sikerült teljesíteni.",
  errorNetwork: "Nem sikerült kapcsolódni. Ellenőrizze az internetkapcsolatot, és próbálja újra.",
  errorInvalidResponse: "Olyan rendelést kaptunk, amelyet nem tudunk beolvasni. Kérjük, próbálja újra később.",
  retry: "Próbálja újra",
  loading: "Betöltés…",

  statusDraft: "Piszkozat",
  statusPending: "Függőben",
  statusPaid: "Fizetve",
  statusRefunded: "Visszatérítve",
  statusPartiallyRefunded: "Részben visszatérítve",
  statusVoid: "Érvénytelenítve",

  billingReasonPurchase: "Egyszeri vásárlás",
  billingReasonSubscriptionCreate: "Új előfizetés",
  billingReasonSubscriptionCycle: "Előfizetés megújítása",
  billingReasonSubscriptionUpdate: "Előfizetés módosítása",
  billingReasonSubscriptionMeterCycle: "Használati díjak",

  detailsHeading: "Rendelés adatai",
  createdAt: "Rendelés dátuma",
  invoiceNumber: "Számlaszám",
  billingReason: "Típus",
  nextPaymentAttempt: "Következő fizetési kísérlet",
  dunningNotice: "Az utolsó fizetési kísérlet sikertelen volt. Automatikusan újra megpróbáljuk.",

  amountsHeading: "Összesítés",
  subtotal: "Részösszeg",
  discount: "Kedvezmény",
  netAmount: "Nettó összeg",
  tax: "Adó",
  total: "Végösszeg",
  appliedBalance: "Felhasznált egyenleg",
  amountDue: "Fizetendő összeg",
  amountPaid: "Kifizetett összeg",
  refunded: "Visszatérítve",
  refundedTax: "Visszatérített adó",

  subscriptionHeading: "Előfizetés",
  subscriptionBilling: "Számlázás",
  recurringInterval: unitPluralMessage("hu", {
    day: { one: "Naponta", other: "{count} naponta" },
    week: { one: "Hetente", other: "{count} hetente" },
    month: { one: "Havonta", other: "{count} havonta" },
    year: { one: "Évente", other: "{count} évente" },
  }),
  currentPeriod: "Aktuális időszak",
  cancelsAtPeriodEnd: "Az aktuális időszak végén megszűnik",

  billingHeading: "Számlázási adatok",
  billingName: "Név",
  billingAddress: "Cím",
  country: "Ország",
  noBillingDetails: "Még nincsenek számlázási adatok.",
  editBilling: "Számlázási adatok szerkesztése",

  itemsCaption: pluralMessage("hu", { one: "{count} tétel", other: "{count} tétel" }),
  itemColumn: "Tétel",
  periodColumn: "Időszak",
  amountColumn: "Összeg",
  taxColumn: "Adó",
  proration: "Időarányos",
  itemsTotal: "Összesen",

  formLabel: "Számlázási adatok",
  formName: "Számlázási név",
  formCountry: "Ország",
  formCountryPlaceholder: "Válasszon országot",
  formLine1: "Cím 1. sora",
  formLine2: "Cím 2. sora (nem kötelező)",
  formCity: "Település",
  formPostalCode: (country) => (country === "US" ? "ZIP-kód" : "Irányítószám"),
  formState: (country) => (country === "US" ? "Állam" : country === "CA" ? "Tartomány vagy terület" : "Állam vagy régió (nem kötelező)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Válasszon tartományt vagy területet" : "Válasszon államot"),
  formLockedHint: "A számlázási cím országa és állama mentés után már nem módosítható.",
  formSubmit: "Számlázási adatok mentése",
  formSubmitting: "Mentés…",
  formCancel: "Mégse",
  formSaved: "A számlázási adatok mentve.",
  formUnchanged: "Nincs mit menteni: egyetlen adat sem változott.",
  formErrorNameRequired: "Adja meg a számlázási nevet.",
  formErrorLine1Required: "Adja meg az utcát és a házszámot.",
  formErrorCityRequired: "Adja meg a települést.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Adja meg a ZIP-kódot." : "Adja meg az irányítószámot."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Adjon meg egy 5 számjegyű ZIP-kódot, például: ${example}.`
      : `Adja meg az irányítószámot az ország formátumában, például: ${example}.`,
  formErrorCountryRequired: "Válasszon országot.",
  formErrorCountryUnsupported: "Válasszon országot a listából.",
  formErrorCountryRefused: "A Polar már nem fogadja el ezt az országot.",
  formErrorStateRequired: (country) => (country === "CA" ? "Válasszon tartományt vagy területet." : "Válasszon államot."),
  formErrorInvalidCharacter: "Távolítsa el az érvénytelen karaktert.",
  formErrorInvalidValue: "Érvénytelen érték.",

  listCaption: pluralMessage("hu", { one: "{count} rendelés", other: "{count} rendelés" }),
  listProductColumn: "Termék",
  listDateColumn: "Dátum",
  listStatusColumn: "Állapot",
  listTotalColumn: "Végösszeg",
  listActionsColumn: "Műveletek",
  listSearch: "Keresés a rendelések között",
  listFilter: "Megjelenítés",
  listFilterAll: "Összes rendelés",
  listFilterOneTime: "Egyszeri vásárlások",
  listFilterRecurring: "Előfizetések",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)}, összesen ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(page)}. oldal / ${n.format(pages)}`;
  },
  listPagination: "Rendelések oldalai",
  listPrevious: "Előző oldal",
  listNext: "Következő oldal",
  listEmpty: "Még nincs rendelése.",
  listNoMatches: "Egyetlen rendelés sem felel meg a keresésnek.",
};

export default hu;
