import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const it: MessagePack = {
  locale: "it",

  errorTitle: "Si è verificato un problema",
  errorUnauthorized: "La sessione è scaduta. Accedi di nuovo per vedere il tuo ordine.",
  errorForbidden: "Non hai accesso a questo ordine.",
  errorNotFound: "Non abbiamo trovato questo ordine.",
  errorValidation: "Alcuni dati non sono stati accettati. Controlla i campi evidenziati.",
  errorRateLimited: "Troppe richieste al momento. Riprova tra poco.",
  errorRateLimitedUntil: (time) => `Polar è sovraccarico. Riproveremo alle ${time}.`,
  errorInvalidLink: "Questo link all’ordine non è valido.",
  errorServer: "Polar sta avendo problemi al momento. Riprova.",
  errorHttp: "Impossibile completare la richiesta.",
  errorNetwork: "Impossibile connettersi. Controlla la connessione e riprova.",
  errorInvalidResponse: "Abbiamo ricevuto un ordine che non riusciamo a leggere. Riprova più tardi.",
  retry: "Riprova",
  loading: "Caricamento…",

  statusDraft: "Bozza",
  statusPending: "In attesa",
  statusPaid: "Pagato",
  statusRefunded: "Rimborsato",
  statusPartiallyRefunded: "Rimborsato parzialmente",
  statusVoid: "Annullato",

  billingReasonPurchase: "Acquisto singolo",
  billingReasonSubscriptionCreate: "Nuovo abbonamento",
  billingReasonSubscriptionCycle: "Rinnovo dell’abbonamento",
  billingReasonSubscriptionUpdate: "Modifica dell’abbonamento",
  billingReasonSubscriptionMeterCycle: "Addebiti per consumo",

  detailsHeading: "Dettagli dell’ordine",
  createdAt: "Data dell’ordine",
  invoiceNumber: "Numero di fattura",
  billingReason: "Tipo",
  nextPaymentAttempt: "Prossimo tentativo di pagamento",
  dunningNotice: "L’ultimo tentativo di pagamento non è riuscito. Riproveremo automaticamente.",

  amountsHeading: "Riepilogo",
  subtotal: "Subtotale",
  discount: "Sconto",
  netAmount: "Importo netto",
  tax: "Imposte",
  total: "Totale",
  appliedBalance: "Credito residuo utilizzato",
  amountDue: "Importo dovuto",
  amountPaid: "Importo pagato",
  refunded: "Rimborsato",
  refundedTax: "Imposte rimborsate",

  subscriptionHeading: "Abbonamento",
  subscriptionBilling: "Fatturazione",
  recurringInterval: unitPluralMessage("it", {
    day: { one: "Ogni giorno", many: "Ogni {count} di giorni", other: "Ogni {count} giorni" },
    week: { one: "Ogni settimana", many: "Ogni {count} di settimane", other: "Ogni {count} settimane" },
    month: { one: "Ogni mese", many: "Ogni {count} di mesi", other: "Ogni {count} mesi" },
    year: { one: "Ogni anno", many: "Ogni {count} di anni", other: "Ogni {count} anni" },
  }),
  currentPeriod: "Periodo in corso",
  cancelsAtPeriodEnd: "Termina alla fine del periodo in corso",

  billingHeading: "Dati di fatturazione",
  billingName: "Nome",
  billingAddress: "Indirizzo",
  country: "Paese",
  noBillingDetails: "Ancora nessun dato di fatturazione.",
  editBilling: "Modifica i dati di fatturazione",

  itemsCaption: pluralMessage("it", { one: "{count} articolo", many: "{count} di articoli", other: "{count} articoli" }),
  itemColumn: "Articolo",
  periodColumn: "Periodo",
  amountColumn: "Importo",
  taxColumn: "Imposte",
  proration: "Proporzionale",
  itemsTotal: "Totale",

  formLabel: "Dati di fatturazione",
  formName: "Intestatario della fattura",
  formCountry: "Paese",
  formCountryPlaceholder: "Seleziona un paese",
  formLine1: "Indirizzo, riga 1",
  formLine2: "Indirizzo, riga 2 (facoltativo)",
  formCity: "Città",
  formPostalCode: (country) => (country === "US" ? "Codice ZIP" : "Codice postale"),
  formState: (country) => (country === "US" ? "Stato" : country === "CA" ? "Provincia o territorio" : "Stato o regione (facoltativo)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Seleziona una provincia o un territorio" : "Seleziona uno stato"),
  formLockedHint: "Il paese e lo stato di un indirizzo di fatturazione non possono essere modificati dopo il salvataggio.",
  formSubmit: "Salva i dati di fatturazione",
  formSubmitting: "Salvataggio…",
  formCancel: "Annulla",
  formSaved: "Dati di fatturazione salvati.",
  formUnchanged: "Niente da salvare: nessun dato è stato modificato.",
  formErrorNameRequired: "Inserisci l’intestatario della fattura.",
  formErrorLine1Required: "Inserisci l’indirizzo.",
  formErrorCityRequired: "Inserisci la città.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Inserisci il codice ZIP." : "Inserisci il codice postale."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Inserisci un codice ZIP di 5 cifre, ad esempio ${example}.`
      : `Inserisci un codice postale nel formato di questo paese, ad esempio ${example}.`,
  formErrorCountryRequired: "Seleziona un paese.",
  formErrorCountryUnsupported: "Seleziona un paese dall’elenco.",
  formErrorCountryRefused: "Polar non accetta più questo paese.",
  formErrorStateRequired: (country) => (country === "CA" ? "Seleziona una provincia o un territorio." : "Seleziona uno stato."),
  formErrorInvalidCharacter: "Rimuovi il carattere non valido.",
  formErrorInvalidValue: "Valore non valido.",

  listCaption: pluralMessage("it", { one: "{count} ordine", many: "{count} di ordini", other: "{count} ordini" }),
  listProductColumn: "Prodotto",
  listDateColumn: "Data",
  listStatusColumn: "Stato",
  listTotalColumn: "Totale",
  listActionsColumn: "Azioni",
  listSearch: "Cerca negli ordini",
  listFilter: "Mostra",
  listFilterAll: "Tutti gli ordini",
  listFilterOneTime: "Acquisti singoli",
  listFilterRecurring: "Abbonamenti",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} di ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Pagina ${n.format(page)} di ${n.format(pages)}`;
  },
  listPagination: "Pagine degli ordini",
  listPrevious: "Pagina precedente",
  listNext: "Pagina successiva",
  listEmpty: "Non hai ancora ordini.",
  listNoMatches: "Nessun ordine corrisponde alla ricerca.",
};

export default it;
