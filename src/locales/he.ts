import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Hebrew has a dual (`two`: יומיים, חודשיים); written right to left.
const he: MessagePack = {
  locale: "he",

  errorTitle: "משהו השתבש",
  errorUnauthorized: "תוקף ההתחברות פג. יש להתחבר שוב כדי לראות את ההזמנה.",
  errorForbidden: "אין לך גישה להזמנה הזו.",
  errorNotFound: "לא מצאנו את ההזמנה הזו.",
  errorValidation: "חלק מהפרטים לא התקבלו. יש לבדוק את השדות המסומנים.",
  errorRateLimited: "יש כרגע יותר מדי בקשות. אפשר לנסות שוב בעוד רגע.",
  errorRateLimitedUntil: (time) => `‏Polar עמוס כרגע. ננסה שוב בשעה ${time}.`,
  errorInvalidLink: "הקישור להזמנה אינו תקין.",
  errorServer: "ב-Polar יש כרגע תקלה. אפשר לנסות שוב.",
  errorHttp: "לא ניתן היה להשלים את הבקשה.",
  errorNetwork: "לא הצלחנו להתחבר. יש לבדוק את החיבור ולנסות שוב.",
  errorInvalidResponse: "קיבלנו הזמנה שלא הצלחנו לקרוא. אפשר לנסות שוב מאוחר יותר.",
  retry: "ניסיון חוזר",
  loading: "בטעינה…",

  statusDraft: "טיוטה",
  statusPending: "בהמתנה",
  statusPaid: "שולמה",
  statusRefunded: "הוחזרה",
  statusPartiallyRefunded: "הוחזרה חלקית",
  statusVoid: "בוטלה",

  billingReasonPurchase: "רכישה חד-פעמית",
  billingReasonSubscriptionCreate: "מינוי חדש",
  billingReasonSubscriptionCycle: "חידוש מינוי",
  billingReasonSubscriptionUpdate: "שינוי מינוי",
  billingReasonSubscriptionMeterCycle: "חיובי שימוש",

  detailsHeading: "פרטי ההזמנה",
  createdAt: "תאריך ההזמנה",
  invoiceNumber: "מספר חשבונית",
  billingReason: "סוג",
  nextPaymentAttempt: "ניסיון החיוב הבא",
  dunningNotice: "ניסיון החיוב האחרון נכשל. ננסה שוב באופן אוטומטי.",

  amountsHeading: "סיכום",
  subtotal: "סכום ביניים",
  discount: "הנחה",
  netAmount: "סכום נטו",
  tax: "מס",
  total: "סה״כ",
  appliedBalance: "יתרת חשבון שנוצלה",
  amountDue: "סכום לתשלום",
  amountPaid: "סכום ששולם",
  refunded: "הוחזר",
  refundedTax: "מס שהוחזר",

  subscriptionHeading: "מינוי",
  subscriptionBilling: "חיוב",
  recurringInterval: unitPluralMessage("he", {
    day: { one: "כל יום", two: "כל יומיים", many: "כל {count} ימים", other: "כל {count} ימים" },
    week: { one: "כל שבוע", two: "כל שבועיים", many: "כל {count} שבועות", other: "כל {count} שבועות" },
    month: { one: "כל חודש", two: "כל חודשיים", many: "כל {count} חודשים", other: "כל {count} חודשים" },
    year: { one: "כל שנה", two: "כל שנתיים", many: "כל {count} שנים", other: "כל {count} שנים" },
  }),
  currentPeriod: "התקופה הנוכחית",
  cancelsAtPeriodEnd: "יבוטל בסוף התקופה הנוכחית",

  billingHeading: "פרטי חיוב",
  billingName: "שם",
  billingAddress: "כתובת",
  country: "מדינה",
  noBillingDetails: "עדיין אין פרטי חיוב.",
  editBilling: "עריכת פרטי החיוב",

  // `many` is an older CLDR category of Hebrew (20, 30...); browsers that still use it get the plural.
  itemsCaption: pluralMessage("he", { one: "פריט אחד", two: "שני פריטים", many: "{count} פריטים", other: "{count} פריטים" }),
  itemColumn: "פריט",
  periodColumn: "תקופה",
  amountColumn: "סכום",
  taxColumn: "מס",
  proration: "יחסי",
  itemsTotal: "סה״כ",

  formLabel: "פרטי חיוב",
  formName: "שם לחיוב",
  formCountry: "מדינה",
  formCountryPlaceholder: "בחירת מדינה",
  formLine1: "כתובת, שורה 1",
  formLine2: "כתובת, שורה 2 (לא חובה)",
  formCity: "עיר",
  formPostalCode: (country) => (country === "US" ? "מיקוד ZIP" : "מיקוד"),
  formState: (country) => (country === "US" ? "מדינה בארה״ב" : country === "CA" ? "פרובינציה או טריטוריה" : "מחוז או אזור (לא חובה)"),
  formStatePlaceholder: (country) => (country === "CA" ? "בחירת פרובינציה או טריטוריה" : "בחירת מדינה בארה״ב"),
  formLockedHint: "אחרי שמירת כתובת לחיוב אי אפשר לשנות את המדינה או המחוז שלה.",
  formSubmit: "שמירת פרטי החיוב",
  formSubmitting: "בשמירה…",
  formCancel: "ביטול",
  formSaved: "פרטי החיוב נשמרו.",
  formUnchanged: "אין מה לשמור: לא שונו פרטים.",
  formErrorNameRequired: "יש להזין את השם לחיוב.",
  formErrorLine1Required: "יש להזין את הרחוב ומספר הבית.",
  formErrorCityRequired: "יש להזין את העיר.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "יש להזין את מיקוד ה-ZIP." : "יש להזין את המיקוד."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `יש להזין מיקוד ZIP בן 5 ספרות, למשל ${example}.`
      : `יש להזין מיקוד בפורמט של המדינה הזו, למשל ${example}.`,
  formErrorCountryRequired: "יש לבחור מדינה.",
  formErrorCountryUnsupported: "יש לבחור מדינה מהרשימה.",
  formErrorCountryRefused: "‏Polar כבר לא מקבל את המדינה הזו.",
  formErrorStateRequired: (country) => (country === "CA" ? "יש לבחור פרובינציה או טריטוריה." : "יש לבחור מדינה בארה״ב."),
  formErrorInvalidCharacter: "יש להסיר את התו הלא תקין.",
  formErrorInvalidValue: "ערך לא תקין.",

  listCaption: pluralMessage("he", { one: "הזמנה אחת", two: "שתי הזמנות", other: "{count} הזמנות" }),
  listProductColumn: "מוצר",
  listDateColumn: "תאריך",
  listStatusColumn: "סטטוס",
  listTotalColumn: "סה״כ",
  listActionsColumn: "פעולות",
  listSearch: "חיפוש בהזמנות",
  listFilter: "הצגה",
  listFilterAll: "כל ההזמנות",
  listFilterOneTime: "רכישות חד־פעמיות",
  listFilterRecurring: "מינויים",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(from)}–${n.format(to)} מתוך ${n.format(total)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `עמוד ${n.format(page)} מתוך ${n.format(pages)}`;
  },
  listPagination: "עמודי הזמנות",
  listPrevious: "העמוד הקודם",
  listNext: "העמוד הבא",
  listEmpty: "אין לך הזמנות עדיין.",
  listNoMatches: "אין הזמנות שתואמות לחיפוש.",
};

export default he;
