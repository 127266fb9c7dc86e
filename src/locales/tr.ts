import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Turkish nouns stay singular after a number ("3 ürün"); Intl still names a `one` category.
const tr: MessagePack = {
  locale: "tr",

  errorTitle: "Bir sorun oluştu",
  errorUnauthorized: "Oturumunuzun süresi doldu. Siparişinizi görmek için yeniden oturum açın.",
  errorForbidden: "Bu siparişe erişim izniniz yok.",
  errorNotFound: "Bu siparişi bulamadık.",
  errorValidation: "Bazı bilgiler kabul edilmedi. İşaretli alanları kontrol edin.",
  errorRateLimited: "Şu anda çok fazla istek var. Lütfen birazdan yeniden deneyin.",
  errorRateLimitedUntil: (time) => `Polar şu anda yoğun. Yeniden deneme saati: ${time}.`,
  errorInvalidLink: "Bu sipariş bağlantısı geçerli değil.",
  errorServer: "Polar şu anda sorun yaşıyor. Lütfen yeniden deneyin.",
  errorHttp: "İstek tamamlanamadı.",
  errorNetwork: "Bağlantı kurulamadı. İnternet bağlantınızı kontrol edip yeniden deneyin.",
  errorInvalidResponse: "Okuyamadığımız bir sipariş aldık. Lütfen daha sonra yeniden deneyin.",
  retry: "Yeniden dene",
  loading: "Yükleniyor…",

  statusDraft: "Taslak",
  statusPending: "Beklemede",
  statusPaid: "Ödendi",
  statusRefunded: "İade edildi",
  statusPartiallyRefunded: "Kısmen iade edildi",
  statusVoid: "Geçersiz",

  billingReasonPurchase: "Tek seferlik satın alma",
  billingReasonSubscriptionCreate: "Yeni abonelik",
  billingReasonSubscriptionCycle: "Abonelik yenileme",
  billingReasonSubscriptionUpdate: "Abonelik değişikliği",
  billingReasonSubscriptionMeterCycle: "Kullanım ücretleri",

  detailsHeading: "Sipariş ayrıntıları",
  createdAt: "Sipariş tarihi",
  invoiceNumber: "Fatura numarası",
  billingReason: "Tür",
  nextPaymentAttempt: "Sonraki ödeme denemesi",
  dunningNotice: "Son ödeme denemesi başarısız oldu. Otomatik olarak yeniden deneyeceğiz.",

  amountsHeading: "Özet",
  subtotal: "Ara toplam",
  discount: "İndirim",
  netAmount: "Net tutar",
  tax: "Vergi",
  total: "Toplam",
  appliedBalance: "Kullanılan hesap bakiyesi",
  amountDue: "Ödenecek tutar",
  amountPaid: "Ödenen tutar",
  refunded: "İade edilen",
  refundedTax: "İade edilen vergi",

  subscriptionHeading: "Abonelik",
  subscriptionBilling: "Faturalama",
  recurringInterval: unitPluralMessage("tr", {
    day: { one: "Her gün", other: "{count} günde bir" },
    week: { one: "Her hafta", other: "{count} haftada bir" },
    month: { one: "Her ay", other: "{count} ayda bir" },
    year: { one: "Her yıl", other: "{count} yılda bir" },
  }),
  currentPeriod: "Geçerli dönem",
  cancelsAtPeriodEnd: "Geçerli dönemin sonunda sona erecek",

  billingHeading: "Fatura bilgileri",
  billingName: "Ad",
  billingAddress: "Adres",
  country: "Ülke",
  noBillingDetails: "Henüz fatura bilgisi yok.",
  editBilling: "Fatura bilgilerini düzenle",

  itemsCaption: pluralMessage("tr", { one: "{count} kalem", other: "{count} kalem" }),
  itemColumn: "Kalem",
  periodColumn: "Dönem",
  amountColumn: "Tutar",
  taxColumn: "Vergi",
  proration: "Orantılı",
  itemsTotal: "Toplam",

  formLabel: "Fatura bilgileri",
  formName: "Fatura adı",
  formCountry: "Ülke",
  formCountryPlaceholder: "Bir ülke seçin",
  formLine1: "Adres satırı 1",
  formLine2: "Adres satırı 2 (isteğe bağlı)",
  formCity: "Şehir",
  formPostalCode: (country) => (country === "US" ? "ZIP kodu" : "Posta kodu"),
  formState: (country) => (country === "US" ? "Eyalet" : country === "CA" ? "Eyalet veya bölge" : "Eyalet veya bölge (isteğe bağlı)"),
  formStatePlaceholder: (country) => (country === "CA" ? "Bir eyalet veya bölge seçin" : "Bir eyalet seçin"),
  formLockedHint: "Fatura adresinin ülkesi ve eyaleti kaydedildikten sonra değiştirilemez.",
  formSubmit: "Fatura bilgilerini kaydet",
  formSubmitting: "Kaydediliyor…",
  formCancel: "İptal",
  formSaved: "Fatura bilgileri kaydedildi.",
  formUnchanged: "Kaydedilecek bir şey yok: hiçbir bilgi değişmedi.",
  formErrorNameRequired: "Fatura adını girin.",
  formErrorLine1Required: "Sokak adresini girin.",
  formErrorCityRequired: "Şehri girin.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "ZIP kodunu girin." : "Posta kodunu girin."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `5 haneli bir ZIP kodu girin (ör. ${example}).`
      : `Bu ülkenin biçiminde bir posta kodu girin (ör. ${example}).`,
  formErrorCountryRequired: "Bir ülke seçin.",
  formErrorCountryUnsupported: "Listeden bir ülke seçin.",
  formErrorCountryRefused: "Polar artık bu ülkeyi kabul etmiyor.",
  formErrorStateRequired: (country) => (country === "CA" ? "Bir eyalet veya bölge seçin." : "Bir eyalet seçin."),
  formErrorInvalidCharacter: "Geçersiz karakteri kaldırın.",
  formErrorInvalidValue: "Geçersiz değer.",

  listCaption: pluralMessage("tr", { one: "{count} sipariş", other: "{count} sipariş" }),
  listProductColumn: "Ürün",
  listDateColumn: "Tarih",
  listStatusColumn: "Durum",
  listTotalColumn: "Toplam",
  listActionsColumn: "İşlemler",
  listSearch: "Siparişlerde ara",
  listFilter: "Göster",
  listFilterAll: "Tüm siparişler",
  listFilterOneTime: "Tek seferlik satın almalar",
  listFilterRecurring: "Abonelikler",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(total)} siparişten ${n.format(from)}–${n.format(to)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `Sayfa ${n.format(page)} / ${n.format(pages)}`;
  },
  listPagination: "Sipariş sayfaları",
  listPrevious: "Önceki sayfa",
  listNext: "Sonraki sayfa",
  listEmpty: "Henüz siparişiniz yok.",
  listNoMatches: "Aramanızla eşleşen sipariş yok.",
};

export default tr;
