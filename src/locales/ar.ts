import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Arabic counts in six forms: zero, one, two (dual), few (3–10), many (11–99) and other (100...,
// where the noun is singular again). Written right to left: the provider's `dir` follows the locale.
const ar: MessagePack = {
  locale: "ar",

  errorTitle: "حدث خطأ ما",
  errorUnauthorized: "انتهت صلاحية جلستك. سجّل الدخول مرة أخرى لعرض طلبك.",
  errorForbidden: "ليست لديك صلاحية الوصول إلى هذا الطلب.",
  errorNotFound: "لم نتمكن من العثور على هذا الطلب.",
  errorValidation: "لم يتم قبول بعض البيانات. راجع الحقول المميزة.",
  errorRateLimited: "هناك طلبات كثيرة جدًا حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.",
  errorRateLimitedUntil: (time) => `‏Polar مشغول حاليًا. سنحاول مرة أخرى في الساعة ${time}.`,
  errorInvalidLink: "رابط الطلب هذا غير صالح.",
  errorServer: "يواجه Polar مشكلة حاليًا. يُرجى المحاولة مرة أخرى.",
  errorHttp: "تعذّر إكمال الطلب.",
  errorNetwork: "تعذّر الاتصال. تحقق من اتصالك وحاول مرة أخرى.",
  errorInvalidResponse: "تلقينا طلبًا لم نتمكن من قراءته. يُرجى المحاولة مرة أخرى لاحقًا.",
  retry: "إعادة المحاولة",
  loading: "جارٍ التحميل…",

  statusDraft: "مسودة",
  statusPending: "قيد الانتظار",
  statusPaid: "مدفوع",
  statusRefunded: "مسترد",
  statusPartiallyRefunded: "مسترد جزئيًا",
  statusVoid: "ملغى",

  billingReasonPurchase: "شراء لمرة واحدة",
  billingReasonSubscriptionCreate: "اشتراك جديد",
  billingReasonSubscriptionCycle: "تجديد الاشتراك",
  billingReasonSubscriptionUpdate: "تغيير الاشتراك",
  billingReasonSubscriptionMeterCycle: "رسوم الاستخدام",

  detailsHeading: "تفاصيل الطلب",
  createdAt: "تاريخ الطلب",
  invoiceNumber: "رقم الفاتورة",
  billingReason: "النوع",
  nextPaymentAttempt: "محاولة الدفع التالية",
  dunningNotice: "فشلت محاولة الدفع الأخيرة. سنحاول مرة أخرى تلقائيًا.",

  amountsHeading: "الملخص",
  subtotal: "المجموع الفرعي",
  discount: "الخصم",
  netAmount: "المبلغ الصافي",
  tax: "الضريبة",
  total: "الإجمالي",
  appliedBalance: "رصيد الحساب المستخدم",
  amountDue: "المبلغ المستحق",
  amountPaid: "المبلغ المدفوع",
  refunded: "المبلغ المسترد",
  refundedTax: "الضريبة المستردة",

  subscriptionHeading: "الاشتراك",
  subscriptionBilling: "الفوترة",
  recurringInterval: unitPluralMessage("ar", {
    day: { zero: "كل {count} يوم", one: "كل يوم", two: "كل يومين", few: "كل {count} أيام", many: "كل {count} يومًا", other: "كل {count} يوم" },
    week: { zero: "كل {count} أسبوع", one: "كل أسبوع", two: "كل أسبوعين", few: "كل {count} أسابيع", many: "كل {count} أسبوعًا", other: "كل {count} أسبوع" },
    month: { zero: "كل {count} شهر", one: "كل شهر", two: "كل شهرين", few: "كل {count} أشهر", many: "كل {count} شهرًا", other: "كل {count} شهر" },
    year: { zero: "كل {count} سنة", one: "كل سنة", two: "كل سنتين", few: "كل {count} سنوات", many: "كل {count} سنةً", other: "كل {count} سنة" },
  }),
  currentPeriod: "الفترة الحالية",
  cancelsAtPeriodEnd: "يُلغى في نهاية الفترة الحالية",

  billingHeading: "بيانات الفوترة",
  billingName: "الاسم",
  billingAddress: "العنوان",
  country: "البلد",
  noBillingDetails: "لا توجد بيانات فوترة بعد.",
  editBilling: "تعديل بيانات الفوترة",

  itemsCaption: pluralMessage("ar", {
    zero: "لا توجد عناصر",
    one: "عنصر واحد",
    two: "عنصران",
    few: "{count} عناصر",
    many: "{count} عنصرًا",
    other: "{count} عنصر",
  }),
  itemColumn: "العنصر",
  periodColumn: "الفترة",
  amountColumn: "المبلغ",
  taxColumn: "الضريبة",
  proration: "محسوب تناسبيًا",
  itemsTotal: "الإجمالي",

  formLabel: "بيانات الفوترة",
  formName: "اسم الفوترة",
  formCountry: "البلد",
  formCountryPlaceholder: "اختر بلدًا",
  formLine1: "سطر العنوان 1",
  formLine2: "سطر العنوان 2 (اختياري)",
  formCity: "المدينة",
  formPostalCode: (country) => (country === "US" ? "الرمز البريدي الأمريكي (ZIP)" : "الرمز البريدي"),
  formState: (country) => (country === "US" ? "الولاية" : country === "CA" ? "المقاطعة أو الإقليم" : "الولاية أو المنطقة (اختياري)"),
  formStatePlaceholder: (country) => (country === "CA" ? "اختر مقاطعة أو إقليمًا" : "اختر ولاية"),
  formLockedHint: "لا يمكن تغيير بلد عنوان الفوترة وولايته بعد حفظهما.",
  formSubmit: "حفظ بيانات الفوترة",
  formSubmitting: "جارٍ الحفظ…",
  formCancel: "إلغاء",
  formSaved: "تم حفظ بيانات الفوترة.",
  formUnchanged: "لا يوجد ما يُحفظ: لم تتغير أي بيانات.",
  formErrorNameRequired: "أدخل اسم الفوترة.",
  formErrorLine1Required: "أدخل عنوان الشارع.",
  formErrorCityRequired: "أدخل المدينة.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "أدخل الرمز البريدي الأمريكي (ZIP)." : "أدخل الرمز البريدي."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `أدخل رمزًا بريديًا أمريكيًا من 5 أرقام، مثل ${example}.`
      : `أدخل رمزًا بريديًا بتنسيق هذا البلد، مثل ${example}.`,
  formErrorCountryRequired: "اختر بلدًا.",
  formErrorCountryUnsupported: "اختر بلدًا من القائمة.",
  formErrorCountryRefused: "لم يعد Polar يقبل هذا البلد.",
  formErrorStateRequired: (country) => (country === "CA" ? "اختر مقاطعة أو إقليمًا." : "اختر ولاية."),
  formErrorInvalidCharacter: "احذف الحرف غير الصالح.",
  formErrorInvalidValue: "قيمة غير صالحة.",

  listCaption: pluralMessage("ar", {
    zero: "لا توجد طلبات",
    one: "طلب واحد",
    two: "طلبان",
    few: "{count} طلبات",
    many: "{count} طلبًا",
    other: "{count} طلب",
  }),
  listProductColumn: "المنتج",
  listDateColumn: "التاريخ",
  listStatusColumn: "الحالة",
  listTotalColumn: "الإجمالي",
  listActionsColumn: "الإجراءات",
  listSearch: "البحث في الطلبات",
  listFilter: "عرض",
  listFilterAll: "كل الطلبات",
  listFilterOneTime: "مشتريات لمرة واحدة",
  listFilterRecurring: "الاشتراكات",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} من ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `الصفحة ${n.format(page)} من ${n.format(pages)}`;
  },
  listPagination: "صفحات الطلبات",
  listPrevious: "الصفحة السابقة",
  listNext: "الصفحة التالية",
  listEmpty: "ليست لديك طلبات بعد.",
  listNoMatches: "لا توجد طلبات تطابق بحثك.",
};

export default ar;
