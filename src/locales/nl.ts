import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const nl: MessagePack = {
  locale: "nl",

  errorTitle: "Er is iets misgegaan",
  errorUnauthorized: "Je sessie is verlopen. Log opnieuw in om je bestelling te bekijken.",
  errorForbidden: "Je hebt geen toegang tot deze bestelling.",
  errorNotFound: "We konden deze bestelling niet vinden.",
  errorValidation: "Sommige gegevens zijn niet geaccepteerd. Controleer de gemarkeerde velden.",
  errorRateLimited: "Er zijn op dit moment te veel verzoeken. Probeer het zo opnieuw.",
  errorRateLimitedUntil: (time) => `Polar is druk bezet. We proberen het om ${time} opnieuw.`,
  errorInvalidLink: "Deze bestellink is ongeldig.",
  errorServer: "Polar heeft op dit moment problemen. Probeer het opnieuw.",
  errorHttp: "Het verzoek kon niet worden voltooid.",
  errorNetwork: "We konden geen verbinding maken. Controleer je verbinding en probeer het opnieuw.",
  errorInvalidResponse: "We hebben een bestelling ontvangen die we niet konden lezen. Probeer het later opnieuw.",
  retry: "Opnieuw proberen",
  loading: "Laden…",

  statusDraft: "Concept",
  statusPending: "In afwachting",
  statusPaid: "Betaald",
  statusRefunded: "Terugbetaald",
  statusPartiallyRefunded: "Gedeeltelijk terugbetaald",
  statusVoid: "Vervallen",

  billingReasonPurchase: "Eenmalige aankoop",
  billingReasonSubscriptionCreate: "Nieuw abonnement",
  billingReasonSubscriptionCycle: "Verlenging van abonnement",
  billingReasonSubscriptionUpdate: "Wijziging van abonnement",
  billingReasonSubscriptionMeterCycle: "Gebruikskosten",

  detailsHeading: "Bestelgegevens",
  createdAt: "Besteldatum",
  invoiceNumber: "Factuurnummer",
  billingReason: "Soort",
  nextPaymentAttempt: "Volgende betalingspoging",
  dunningNotice: "De laatste betalingspoging is mislukt. We proberen het automatisch opnieuw.",

  amountsHeading: "Overzicht",
  subtotal: "Subtotaal",
  discount: "Korting",
  netAmount: "Nettobedrag",
  tax: "Belasting",
  total: "Totaal",
  appliedBalance: "Verrekend tegoed",
  amountDue: "Te betalen",
  amountPaid: "Betaald bedrag",
  refunded: "Terugbetaald",
  refundedTax: "Terugbetaalde belasting",

  subscriptionHeading: "Abonnement",
  subscriptionBilling: "Facturering",
  recurringInterval: unitPluralMessage("nl", {
    day: { one: "Elke dag", other: "Elke {count} dagen" },
    week: { one: "Elke week", other: "Elke {count} weken" },
    month: { one: "Elke maand", other: "Elke {count} maanden" },
    year: { one: "Elk jaar", other: "Elke {count} jaar" },
  }),
  currentPeriod: "Huidige periode",
  cancelsAtPeriodEnd: "Stopt aan het einde van de huidige periode",

  billingHeading: "Factuurgegevens",
  billingName: "Naam",
  billingAddress: "Adres",
  country: "Land",
  noBillingDetails: "Nog geen factuurgegevens.",
  editBilling: "Factuurgegevens bewerken",

  itemsCaption: pluralMessage("nl", { one: "{count} artikel", other: "{count} artikelen" }),
  itemColumn: "Artikel",
  periodColumn: "Periode",
  amountColumn: "Bedrag",
  taxColumn: "Belasting",
  proration: "Naar rato",
  itemsTotal: "Totaal",

  formLabel: "Factuurgegevens",
  formName: "Factuurnaam",
  formCountry: "Land",
  formCountryPlaceholder: "Kies een land",
  formLine1: "Adresregel 1",
  formLine2: "Adresregel 2 (optioneel)",
  formCity: "Plaats",
  formPostalCode: (country) => (country === "US" ? "ZIP-code" : "Postcode"),
  formState: (country) => (country === "US" ? "Staat" : country === "CA" ? "Provincie of territorium" : "Staat of regio (optioneel)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Kies een provincie of territorium" : "Kies een staat"),
  formLockedHint: "Het land en de staat van een factuuradres kunnen na het opslaan niet meer worden gewijzigd.",
  formSubmit: "Factuurgegevens opslaan",
  formSubmitting: "Opslaan…",
  formCancel: "Annuleren",
  formSaved: "Factuurgegevens opgeslagen.",
  formUnchanged: "Niets om op te slaan: er zijn geen gegevens gewijzigd.",
  formErrorNameRequired: "Vul de factuurnaam in.",
  formErrorLine1Required: "Vul de straat en het huisnummer in.",
  formErrorCityRequired: "Vul de plaats in.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Vul de ZIP-code in." : "Vul de postcode in."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Vul een ZIP-code van 5 cijfers in, bijvoorbeeld ${example}.`
      : `Vul een postcode in de notatie van dit land in, bijvoorbeeld ${example}.`,
  formErrorCountryRequired: "Kies een land.",
  formErrorCountryUnsupported: "Kies een land uit de lijst.",
  formErrorCountryRefused: "Polar accepteert dit land niet meer.",
  formErrorStateRequired: (country) => (country === "CA" ? "Kies een provincie of territorium." : "Kies een staat."),
  formErrorInvalidCharacter: "Verwijder het ongeldige teken.",
  formErrorInvalidValue: "Ongeldige waarde.",

  listCaption: pluralMessage("nl", { one: "{count} bestelling", other: "{count} bestellingen" }),
  listProductColumn: "Product",
  listDateColumn: "Datum",
  listStatusColumn: "Status",
  listTotalColumn: "Totaal",
  listActionsColumn: "Acties",
  listSearch: "Bestellingen zoeken",
  listFilter: "Tonen",
  listFilterAll: "Alle bestellingen",
  listFilterOneTime: "Eenmalige aankopen",
  listFilterRecurring: "Abonnementen",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} van ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Pagina ${n.format(page)} van ${n.format(pages)}`;
  },
  listPagination: "Pagina’s met bestellingen",
  listPrevious: "Vorige pagina",
  listNext: "Volgende pagina",
  listEmpty: "Je hebt nog geen bestellingen.",
  listNoMatches: "Geen bestellingen gevonden voor je zoekopdracht.",
};

export default nl;
