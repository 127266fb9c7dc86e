import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Polish counts in four forms: 1 pozycja, 2–4 pozycje, 5–21 pozycji, and fractions (1,5 pozycji).
const pl: MessagePack = {
  locale: "pl",

  errorTitle: "Coś poszło nie tak",
  errorUnauthorized: "Sesja wygasła. Zaloguj się ponownie, aby zobaczyć zamówienie.",
  errorForbidden: "Nie masz dostępu do tego zamówienia.",
  errorNotFound: "Nie znaleźliśmy tego zamówienia.",
  errorValidation: "Niektóre dane nie zostały zaakceptowane. Sprawdź zaznaczone pola.",
  errorRateLimited: "Zbyt wiele żądań w tej chwili. Spróbuj ponownie za chwilę.",
  errorRateLimitedUntil: (time) => `Polar jest przeciążony. Spróbujemy ponownie o ${time}.`,
  errorInvalidLink: "Ten link do zamówienia jest nieprawidłowy.",
  errorServer: "Polar ma w tej chwili problemy. Spróbuj ponownie.",
  errorHttp: "Nie udało się zrealizować żądania.",
  errorNetwork: "Nie udało się połączyć. Sprawdź połączenie i spróbuj ponownie.",
  errorInvalidResponse: "Otrzymaliśmy zamówienie, którego nie umiemy odczytać. Spróbuj ponownie później.",
  retry: "Spróbuj ponownie",
  loading: "Wczytywanie…",

  statusDraft: "Wersja robocza",
  statusPending: "Oczekujące",
  statusPaid: "Opłacone",
  statusRefunded: "Zwrócone",
  statusPartiallyRefunded: "Częściowo zwrócone",
  statusVoid: "Unieważnione",

  billingReasonPurchase: "Zakup jednorazowy",
  billingReasonSubscriptionCreate: "Nowa subskrypcja",
  billingReasonSubscriptionCycle: "Odnowienie subskrypcji",
  billingReasonSubscriptionUpdate: "Zmiana subskrypcji",
  billingReasonSubscriptionMeterCycle: "Opłaty za użycie",

  detailsHeading: "Szczegóły zamówienia",
  createdAt: "Data zamówienia",
  invoiceNumber: "Numer faktury",
  billingReason: "Rodzaj",
  nextPaymentAttempt: "Następna próba płatności",
  dunningNotice: "Ostatnia próba płatności się nie powiodła. Spróbujemy ponownie automatycznie.",

  amountsHeading: "Podsumowanie",
  subtotal: "Suma częściowa",
  discount: "Rabat",
  netAmount: "Kwota netto",
  tax: "Podatek",
  total: "Razem",
  appliedBalance: "Wykorzystane saldo konta",
  amountDue: "Kwota do zapłaty",
  amountPaid: "Kwota zapłacona",
  refunded: "Zwrócono",
  refundedTax: "Zwrócony podatek",

  subscriptionHeading: "Subskrypcja",
  subscriptionBilling: "Rozliczenie",
  recurringInterval: unitPluralMessage("pl", {
    day: { one: "Codziennie", few: "Co {count} dni", many: "Co {count} dni", other: "Co {count} dnia" },
    week: { one: "Co tydzień", few: "Co {count} tygodnie", many: "Co {count} tygodni", other: "Co {count} tygodnia" },
    month: { one: "Co miesiąc", few: "Co {count} miesiące", many: "Co {count} miesięcy", other: "Co {count} miesiąca" },
    year: { one: "Co roku", few: "Co {count} lata", many: "Co {count} lat", other: "Co {count} roku" },
  }),
  currentPeriod: "Bieżący okres",
  cancelsAtPeriodEnd: "Wygasa z końcem bieżącego okresu",

  billingHeading: "Dane rozliczeniowe",
  billingName: "Nazwa",
  billingAddress: "Adres",
  country: "Kraj",
  noBillingDetails: "Brak danych rozliczeniowych.",
  editBilling: "Edytuj dane rozliczeniowe",

  itemsCaption: pluralMessage("pl", { one: "{count} pozycja", few: "{count} pozycje", many: "{count} pozycji", other: "{count} pozycji" }),
  itemColumn: "Pozycja",
  periodColumn: "Okres",
  amountColumn: "Kwota",
  taxColumn: "Podatek",
  proration: "Proporcjonalnie",
  itemsTotal: "Razem",

  formLabel: "Dane rozliczeniowe",
  formName: "Nazwa do faktury",
  formCountry: "Kraj",
  formCountryPlaceholder: "Wybierz kraj",
  formLine1: "Adres, wiersz 1",
  formLine2: "Adres, wiersz 2 (opcjonalnie)",
  formCity: "Miejscowość",
  formPostalCode: (country) => (country === "US" ? "Kod ZIP" : "Kod pocztowy"),
  formState: (country) => (country === "US" ? "Stan" : country === "CA" ? "Prowincja lub terytorium" : "Stan lub region (opcjonalnie)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Wybierz prowincję lub terytorium" : "Wybierz stan"),
  formLockedHint: "Po zapisaniu adresu rozliczeniowego nie można zmienić jego kraju ani stanu.",
  formSubmit: "Zapisz dane rozliczeniowe",
  formSubmitting: "Zapisywanie…",
  formCancel: "Anuluj",
  formSaved: "Zapisano dane rozliczeniowe.",
  formUnchanged: "Nie ma nic do zapisania: żadne dane się nie zmieniły.",
  formErrorNameRequired: "Wpisz nazwę do faktury.",
  formErrorLine1Required: "Wpisz ulicę i numer.",
  formErrorCityRequired: "Wpisz miejscowość.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "Wpisz kod ZIP." : "Wpisz kod pocztowy."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `Wpisz 5-cyfrowy kod ZIP, na przykład ${example}.`
      : `Wpisz kod pocztowy w formacie tego kraju, na przykład ${example}.`,
  formErrorCountryRequired: "Wybierz kraj.",
  formErrorCountryUnsupported: "Wybierz kraj z listy.",
  formErrorCountryRefused: "Polar nie akceptuje już tego kraju.",
  formErrorStateRequired: (country) => (country === "CA" ? "Wybierz prowincję lub terytorium." : "Wybierz stan."),
  formErrorInvalidCharacter: "Usuń nieprawidłowy znak.",
  formErrorInvalidValue: "Nieprawidłowa wartość.",

  listCaption: pluralMessage("pl", { one: "{count} zamówienie", few: "{count} zamówienia", many: "{count} zamówień", other: "{count} zamówienia" }),
  listProductColumn: "Produkt",
  listDateColumn: "Data",
  listStatusColumn: "Status",
  listTotalColumn: "Razem",
  listActionsColumn: "Działania",
  listSearch: "Szukaj zamówień",
  listFilter: "Pokaż",
  listFilterAll: "Wszystkie zamówienia",
  listFilterOneTime: "Zakupy jednorazowe",
  listFilterRecurring: "Subskrypcje",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} z ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Strona ${n.format(page)} z ${n.format(pages)}`;
  },
  listPagination: "Strony zamówień",
  listPrevious: "Poprzednia strona",
  listNext: "Następna strona",
  listEmpty: "Nie masz jeszcze żadnych zamówień.",
  listNoMatches: "Żadne zamówienie nie pasuje do wyszukiwania.",
};

export default pl;
