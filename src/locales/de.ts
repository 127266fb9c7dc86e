import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const de: MessagePack = {
  locale: "de",

  errorTitle: "Etwas ist schiefgelaufen",
  errorUnauthorized: "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Ihre Bestellung zu sehen.",
  errorForbidden: "Sie haben keinen Zugriff auf diese Bestellung.",
  errorNotFound: "Wir konnten diese Bestellung nicht finden.",
  errorValidation: "Einige Angaben wurden nicht akzeptiert. Prüfen Sie die markierten Felder.",
  errorRateLimited: "Gerade gehen zu viele Anfragen ein. Bitte versuchen Sie es gleich noch einmal.",
  errorRateLimitedUntil: (time) => `Polar ist ausgelastet. Wir versuchen es um ${time} erneut.`,
  errorInvalidLink: "Dieser Bestelllink ist ungültig.",
  errorServer: "Bei Polar gibt es gerade ein Problem. Bitte versuchen Sie es erneut.",
  errorHttp: "Die Anfrage konnte nicht abgeschlossen werden.",
  errorNetwork: "Keine Verbindung möglich. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",
  errorInvalidResponse: "Wir haben eine Bestellung erhalten, die wir nicht lesen konnten. Bitte versuchen Sie es später erneut.",
  retry: "Erneut versuchen",
  loading: "Wird geladen…",

  statusDraft: "Entwurf",
  statusPending: "Ausstehend",
  statusPaid: "Bezahlt",
  statusRefunded: "Erstattet",
  statusPartiallyRefunded: "Teilweise erstattet",
  statusVoid: "Storniert",

  billingReasonPurchase: "Einmaliger Kauf",
  billingReasonSubscriptionCreate: "Neues Abonnement",
  billingReasonSubscriptionCycle: "Abonnementverlängerung",
  billingReasonSubscriptionUpdate: "Abonnementänderung",
  billingReasonSubscriptionMeterCycle: "Nutzungsgebühren",

  detailsHeading: "Bestelldetails",
  createdAt: "Bestelldatum",
  invoiceNumber: "Rechnungsnummer",
  billingReason: "Art",
  nextPaymentAttempt: "Nächster Zahlungsversuch",
  dunningNotice: "Der letzte Zahlungsversuch ist fehlgeschlagen. Wir versuchen es automatisch erneut.",

  amountsHeading: "Übersicht",
  subtotal: "Zwischensumme",
  discount: "Rabatt",
  netAmount: "Nettobetrag",
  tax: "Steuer",
  total: "Gesamt",
  appliedBalance: "Verrechnetes Guthaben",
  amountDue: "Fälliger Betrag",
  amountPaid: "Bezahlter Betrag",
  refunded: "Erstattet",
  refundedTax: "Erstattete Steuer",

  subscriptionHeading: "Abonnement",
  subscriptionBilling: "Abrechnung",
  recurringInterval: unitPluralMessage("de", {
    day: { one: "Täglich", other: "Alle {count} Tage" },
    week: { one: "Wöchentlich", other: "Alle {count} Wochen" },
    month: { one: "Monatlich", other: "Alle {count} Monate" },
    year: { one: "Jährlich", other: "Alle {count} Jahre" },
  }),
  currentPeriod: "Aktueller Zeitraum",
  cancelsAtPeriodEnd: "Endet mit Ablauf des aktuellen Zeitraums",

  billingHeading: "Rechnungsangaben",
  billingName: "Name",
  billingAddress: "Adresse",
  country: "Land",
  noBillingDetails: "Noch keine Rechnungsangaben.",
  editBilling: "Rechnungsangaben bearbeiten",

  itemsCaption: pluralMessage("de", { one: "{count} Position", other: "{count} Positionen" }),
  itemColumn: "Artikel",
  periodColumn: "Zeitraum",
  amountColumn: "Betrag",
  taxColumn: "Steuer",
  proration: "Anteilig",
  itemsTotal: "Gesamt",

  formLabel: "Rechnungsangaben",
  formName: "Rechnungsname",
  formCountry: "Land",
  formCountryPlaceholder: "Land auswählen",
  formLine1: "Adresszeile 1",
  formLine2: "Adresszeile 2 (optional)",
  formCity: "Stadt",
  formPostalCode: (country) => (country === "US" ? "ZIP-Code" : "Postleitzahl"),
  formState: (country) => (country === "US" ? "Bundesstaat" : country === "CA" ? "Provinz oder Territorium" : "Bundesland oder Region (optional)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Provinz oder Territorium auswählen" : "Bundesstaat auswählen"),
  formLockedHint: "Land und Bundesland einer Rechnungsadresse können nach dem Speichern nicht mehr geändert werden.",
  formSubmit: "Rechnungsangaben speichern",
  formSubmitting: "Wird gespeichert…",
  formCancel: "Abbrechen",
  formSaved: "Rechnungsangaben gespeichert.",
  formUnchanged: "Nichts zu speichern: Es wurden keine Angaben geändert.",
  formErrorNameRequired: "Geben Sie den Rechnungsnamen ein.",
  formErrorLine1Required: "Geben Sie Straße und Hausnummer ein.",
  formErrorCityRequired: "Geben Sie die Stadt ein.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Geben Sie den ZIP-Code ein." : "Geben Sie die Postleitzahl ein."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Geben Sie einen 5-stelligen ZIP-Code ein, z. B. ${example}.`
      : `Geben Sie eine Postleitzahl im Format dieses Landes ein, z. B. ${example}.`,
  formErrorCountryRequired: "Wählen Sie ein Land aus.",
  formErrorCountryUnsupported: "Wählen Sie ein Land aus der Liste aus.",
  formErrorCountryRefused: "Polar akzeptiert dieses Land nicht mehr.",
  formErrorStateRequired: (country) => (country === "CA" ? "Wählen Sie eine Provinz oder ein Territorium aus." : "Wählen Sie einen Bundesstaat aus."),
  formErrorInvalidCharacter: "Entfernen Sie das ungültige Zeichen.",
  formErrorInvalidValue: "Ungültiger Wert.",

  listCaption: pluralMessage("de", { one: "{count} Bestellung", other: "{count} Bestellungen" }),
  listProductColumn: "Produkt",
  listDateColumn: "Datum",
  listStatusColumn: "Status",
  listTotalColumn: "Gesamt",
  listActionsColumn: "Aktionen",
  listSearch: "Bestellungen durchsuchen",
  listFilter: "Anzeigen",
  listFilterAll: "Alle Bestellungen",
  listFilterOneTime: "Einmalkäufe",
  listFilterRecurring: "Abonnements",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} von ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Seite ${n.format(page)} von ${n.format(pages)}`;
  },
  listPagination: "Seiten der Bestellungen",
  listPrevious: "Vorherige Seite",
  listNext: "Nächste Seite",
  listEmpty: "Sie haben noch keine Bestellungen.",
  listNoMatches: "Keine Bestellung passt zu Ihrer Suche.",
};

export default de;
