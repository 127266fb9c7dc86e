import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

const fr: MessagePack = {
  locale: "fr",

  errorTitle: "Un problème est survenu",
  errorUnauthorized: "Votre session a expiré. Reconnectez-vous pour voir votre commande.",
  errorForbidden: "Vous n’avez pas accès à cette commande.",
  errorNotFound: "Nous n’avons pas trouvé cette commande.",
  errorValidation: "Certaines informations n’ont pas été acceptées. Vérifiez les champs signalés.",
  errorRateLimited: "Trop de demandes en ce moment. Veuillez réessayer dans un instant.",
  errorRateLimitedUntil: (time) => `Polar est très sollicité. Nous réessaierons à ${time}.`,
  errorInvalidLink: "Ce lien de commande n’est pas valide.",
  errorServer: "Polar rencontre des difficultés en ce moment. Veuillez réessayer.",
  errorHttp: "La demande n’a pas pu aboutir.",
  errorNetwork: "Connexion impossible. Vérifiez votre connexion et réessayez.",
  errorInvalidResponse: "Nous avons reçu une commande illisible. Veuillez réessayer plus tard.",
  retry: "Réessayer",
  loading: "Chargement…",

  statusDraft: "Brouillon",
  statusPending: "En attente",
  statusPaid: "Payée",
  statusRefunded: "Remboursée",
  statusPartiallyRefunded: "Partiellement remboursée",
  statusVoid: "Annulée",

  billingReasonPurchase: "Achat unique",
  billingReasonSubscriptionCreate: "Nouvel abonnement",
  billingReasonSubscriptionCycle: "Renouvellement d’abonnement",
  billingReasonSubscriptionUpdate: "Modification d’abonnement",
  billingReasonSubscriptionMeterCycle: "Frais d’utilisation",

  detailsHeading: "Détails de la commande",
  createdAt: "Date de commande",
  invoiceNumber: "Numéro de facture",
  billingReason: "Nature",
  nextPaymentAttempt: "Prochaine tentative de paiement",
  dunningNotice: "La dernière tentative de paiement a échoué. Nous réessaierons automatiquement.",

  amountsHeading: "Récapitulatif",
  subtotal: "Sous-total",
  discount: "Remise",
  netAmount: "Montant net",
  tax: "Taxes",
  total: "Total",
  appliedBalance: "Solde du compte utilisé",
  amountDue: "Montant dû",
  amountPaid: "Montant payé",
  refunded: "Remboursé",
  refundedTax: "Taxes remboursées",

  subscriptionHeading: "Abonnement",
  subscriptionBilling: "Facturation",
  recurringInterval: unitPluralMessage("fr", {
    day: { one: "Tous les jours", many: "Tous les {count} jours", other: "Tous les {count} jours" },
    week: { one: "Toutes les semaines", many: "Toutes les {count} semaines", other: "Toutes les {count} semaines" },
    month: { one: "Tous les mois", many: "Tous les {count} mois", other: "Tous les {count} mois" },
    year: { one: "Tous les ans", many: "Tous les {count} ans", other: "Tous les {count} ans" },
  }),
  currentPeriod: "Période en cours",
  cancelsAtPeriodEnd: "Prend fin à l’issue de la période en cours",

  billingHeading: "Informations de facturation",
  billingName: "Nom",
  billingAddress: "Adresse",
  country: "Pays",
  noBillingDetails: "Aucune information de facturation pour le moment.",
  editBilling: "Modifier les informations de facturation",

  itemsCaption: pluralMessage("fr", { one: "{count} article", many: "{count} d’articles", other: "{count} articles" }),
  itemColumn: "Article",
  periodColumn: "Période",
  amountColumn: "Montant",
  taxColumn: "Taxes",
  proration: "Au prorata",
  itemsTotal: "Total",

  formLabel: "Informations de facturation",
  formName: "Nom de facturation",
  formCountry: "Pays",
  formCountryPlaceholder: "Sélectionnez un pays",
  formLine1: "Adresse ligne 1",
  formLine2: "Adresse ligne 2 (facultatif)",
  formCity: "Ville",
  formPostalCode: (country) => (country === "US" ? "Code ZIP" : "Code postal"),
  formState: (country) => (country === "US" ? "État" : country === "CA" ? "Province ou territoire" : "État ou région (facultatif)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Sélectionnez une province ou un territoire" : "Sélectionnez un État"),
  formLockedHint: "Le pays et l’État d’une adresse de facturation ne peuvent plus être modifiés une fois enregistrés.",
  formSubmit: "Enregistrer les informations de facturation",
  formSubmitting: "Enregistrement…",
  formCancel: "Annuler",
  formSaved: "Informations de facturation enregistrées.",
  formUnchanged: "Rien à enregistrer : aucune information n’a été modifiée.",
  formErrorNameRequired: "Saisissez le nom de facturation.",
  formErrorLine1Required: "Saisissez l’adresse postale.",
  formErrorCityRequired: "Saisissez la ville.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Saisissez le code ZIP." : "Saisissez le code postal."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Saisissez un code ZIP à 5 chiffres, par exemple ${example}.`
      : `Saisissez un code postal au format de ce pays, par exemple ${example}.`,
  formErrorCountryRequired: "Sélectionnez un pays.",
  formErrorCountryUnsupported: "Sélectionnez un pays dans la liste.",
  formErrorCountryRefused: "Polar n’accepte plus ce pays.",
  formErrorStateRequired: (country) => (country === "CA" ? "Sélectionnez une province ou un territoire." : "Sélectionnez un État."),
  formErrorInvalidCharacter: "Supprimez le caractère non valide.",
  formErrorInvalidValue: "Valeur non valide.",

  // Alberta, Manitoba, Nunavut, Ontario, Saskatchewan and Yukon are the same in French.
  subdivisions: {
    "CA-BC": "Colombie-Britannique",
    "CA-NB": "Nouveau-Brunswick",
    "CA-NL": "Terre-Neuve-et-Labrador",
    "CA-NS": "Nouvelle-Écosse",
    "CA-NT": "Territoires du Nord-Ouest",
    "CA-PE": "Île-du-Prince-Édouard",
    "CA-QC": "Québec",
  },

  listCaption: pluralMessage("fr", { one: "{count} commande", many: "{count} de commandes", other: "{count} commandes" }),
  listProductColumn: "Produit",
  listDateColumn: "Date",
  listStatusColumn: "Statut",
  listTotalColumn: "Total",
  listActionsColumn: "Actions",
  listSearch: "Rechercher dans les commandes",
  listFilter: "Afficher",
  listFilterAll: "Toutes les commandes",
  listFilterOneTime: "Achats uniques",
  listFilterRecurring: "Abonnements",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} sur ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Page ${n.format(page)} sur ${n.format(pages)}`;
  },
  listPagination: "Pages de commandes",
  listPrevious: "Page précédente",
  listNext: "Page suivante",
  listEmpty: "Vous n’avez encore aucune commande.",
  listNoMatches: "Aucune commande ne correspond à votre recherche.",
};

export default fr;
