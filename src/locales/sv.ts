import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const sv: MessagePack = {
  locale: "sv",

  errorTitle: "Något gick fel",
  errorUnauthorized: "Din session har gått ut. Logga in igen för att se din beställning.",
  errorForbidden: "Du har inte åtkomst till den här beställningen.",
  errorNotFound: "Vi kunde inte hitta den här beställningen.",
  errorValidation: "Vissa uppgifter godtogs inte. Kontrollera de markerade fälten.",
  errorRateLimited: "För många förfrågningar just nu. Försök igen om en stund.",
  errorRateLimitedUntil: (time) => `Polar är överbelastat. Vi försöker igen kl. ${time}.`,
  errorInvalidLink: "Länken till beställningen är ogiltig.",
  errorServer: "Polar har problem just nu. Försök igen.",
  errorHttp: "Förfrågan kunde inte slutföras.",
  errorNetwork: "Vi kunde inte ansluta. Kontrollera din anslutning och försök igen.",
  errorInvalidResponse: "Vi tog emot en beställning som vi inte kunde läsa. Försök igen senare.",
  retry: "Försök igen",
  loading: "Laddar…",

  statusDraft: "Utkast",
  statusPending: "Väntande",
  statusPaid: "Betald",
  statusRefunded: "Återbetald",
  statusPartiallyRefunded: "Delvis återbetald",
  statusVoid: "Makulerad",

  billingReasonPurchase: "Engångsköp",
  billingReasonSubscriptionCreate: "Ny prenumeration",
  billingReasonSubscriptionCycle: "Förnyad prenumeration",
  billingReasonSubscriptionUpdate: "Ändrad prenumeration",
  billingReasonSubscriptionMeterCycle: "Användningsavgifter",

  detailsHeading: "Beställningsuppgifter",
  createdAt: "Beställningsdatum",
  invoiceNumber: "Fakturanummer",
  billingReason: "Typ",
  nextPaymentAttempt: "Nästa betalningsförsök",
  dunningNotice: "Det senaste betalningsförsöket misslyckades. Vi försöker igen automatiskt.",

  amountsHeading: "Sammanfattning",
  subtotal: "Delsumma",
  discount: "Rabatt",
  netAmount: "Nettobelopp",
  tax: "Moms",
  total: "Totalt",
  appliedBalance: "Använt kontosaldo",
  amountDue: "Att betala",
  amountPaid: "Betalt belopp",
  refunded: "Återbetalt",
  refundedTax: "Återbetald moms",

  subscriptionHeading: "Prenumeration",
  subscriptionBilling: "Debiteras",
  recurringInterval: unitPluralMessage("sv", {
    // Not "var 3:e månad": the ordinal's ending changes with the number (2:a, 3:e, 21:a).
    day: { one: "Varje dag", other: "Med {count} dagars intervall" },
    week: { one: "Varje vecka", other: "Med {count} veckors intervall" },
    month: { one: "Varje månad", other: "Med {count} månaders intervall" },
    year: { one: "Varje år", other: "Med {count} års intervall" },
  }),
  currentPeriod: "Aktuell period",
  cancelsAtPeriodEnd: "Avslutas vid slutet av den aktuella perioden",

  billingHeading: "Faktureringsuppgifter",
  billingName: "Namn",
  billingAddress: "Adress",
  country: "Land",
  noBillingDetails: "Inga faktureringsuppgifter ännu.",
  editBilling: "Redigera faktureringsuppgifter",

  itemsCaption: pluralMessage("sv", { one: "{count} artikel", other: "{count} artiklar" }),
  itemColumn: "Artikel",
  periodColumn: "Period",
  amountColumn: "Belopp",
  taxColumn: "Moms",
  proration: "Proportionerad",
  itemsTotal: "Totalt",

  formLabel: "Faktureringsuppgifter",
  formName: "Faktureringsnamn",
  formCountry: "Land",
  formCountryPlaceholder: "Välj ett land",
  formLine1: "Adressrad 1",
  formLine2: "Adressrad 2 (valfritt)",
  formCity: "Ort",
  formPostalCode: (country) => (country === "US" ? "ZIP-kod" : "Postnummer"),
  formState: (country) => (country === "US" ? "Delstat" : country === "CA" ? "Provins eller territorium" : "Delstat eller region (valfritt)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Välj en provins eller ett territorium" : "Välj en delstat"),
  formLockedHint: "Land och delstat i en faktureringsadress kan inte ändras när de väl har sparats.",
  formSubmit: "Spara faktureringsuppgifter",
  formSubmitting: "Sparar…",
  formCancel: "Avbryt",
  formSaved: "Faktureringsuppgifterna har sparats.",
  formUnchanged: "Inget att spara: inga uppgifter har ändrats.",
  formErrorNameRequired: "Ange faktureringsnamnet.",
  formErrorLine1Required: "Ange gatuadressen.",
  formErrorCityRequired: "Ange orten.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Ange ZIP-koden." : "Ange postnumret."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Ange en femsiffrig ZIP-kod, till exempel ${example}.`
      : `Ange ett postnummer i det här landets format, till exempel ${example}.`,
  formErrorCountryRequired: "Välj ett land.",
  formErrorCountryUnsupported: "Välj ett land i listan.",
  formErrorCountryRefused: "Polar godtar inte längre det här landet.",
  formErrorStateRequired: (country) => (country === "CA" ? "Välj en provins eller ett territorium." : "Välj en delstat."),
  formErrorInvalidCharacter: "Ta bort det ogiltiga tecknet.",
  formErrorInvalidValue: "Ogiltigt värde.",

  listCaption: pluralMessage("sv", { one: "{count} beställning", other: "{count} beställningar" }),
  listProductColumn: "Produkt",
  listDateColumn: "Datum",
  listStatusColumn: "Status",
  listTotalColumn: "Totalt",
  listActionsColumn: "Åtgärder",
  listSearch: "Sök bland beställningar",
  listFilter: "Visa",
  listFilterAll: "Alla beställningar",
  listFilterOneTime: "Engångsköp",
  listFilterRecurring: "Prenumerationer",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} av ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Sida ${n.format(page)} av ${n.format(pages)}`;
  },
  listPagination: "Sidor med beställningar",
  listPrevious: "Föregående sida",
  listNext: "Nästa sida",
  listEmpty: "Du har inga beställningar ännu.",
  listNoMatches: "Inga beställningar matchar din sökning.",
};

export default sv;
