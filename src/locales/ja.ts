import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Japanese has no plural forms: Intl names only `other`.
const ja: MessagePack = {
  locale: "ja",

  errorTitle: "問題が発生しました",
  errorUnauthorized: "セッションの有効期限が切れました。注文を表示するには、もう一度サインインしてください。",
  errorForbidden: "この注文にアクセスする権限がありません。",
  errorNotFound: "この注文が見つかりませんでした。",
  errorValidation: "一部の情報が受け付けられませんでした。強調表示された項目をご確認ください。",
  errorRateLimited: "現在リクエストが集中しています。しばらくしてからもう一度お試しください。",
  errorRateLimitedUntil: (time) => `Polar が混み合っています。${time} に再試行します。`,
  errorInvalidLink: "この注文リンクは無効です。",
  errorServer: "現在 Polar で問題が発生しています。もう一度お試しください。",
  errorHttp: "リクエストを完了できませんでした。",
  errorNetwork: "接続できませんでした。接続状況を確認して、もう一度お試しください。",
  errorInvalidResponse: "読み取れない注文データを受信しました。しばらくしてからもう一度お試しください。",
  retry: "再試行",
  loading: "読み込み中…",

  statusDraft: "下書き",
  statusPending: "保留中",
  statusPaid: "支払い済み",
  statusRefunded: "返金済み",
  statusPartiallyRefunded: "一部返金済み",
  statusVoid: "無効",

  billingReasonPurchase: "1回限りの購入",
  billingReasonSubscriptionCreate: "新規サブスクリプション",
  billingReasonSubscriptionCycle: "サブスクリプションの更新",
  billingReasonSubscriptionUpdate: "サブスクリプションの変更",
  billingReasonSubscriptionMeterCycle: "従量課金",

  detailsHeading: "注文の詳細",
  createdAt: "注文日",
  invoiceNumber: "請求書番号",
  billingReason: "種類",
  nextPaymentAttempt: "次回の支払い試行",
  dunningNotice: "前回の支払いに失敗しました。自動的に再試行します。",

  amountsHeading: "概要",
  subtotal: "小計",
  discount: "割引",
  netAmount: "正味金額",
  tax: "税",
  total: "合計",
  appliedBalance: "適用されたアカウント残高",
  amountDue: "お支払い金額",
  amountPaid: "支払い済み金額",
  refunded: "返金額",
  refundedTax: "返金された税",

  subscriptionHeading: "サブスクリプション",
  subscriptionBilling: "請求間隔",
  recurringInterval: unitPluralMessage("ja", {
    day: { other: "{count}日ごと" },
    week: { other: "{count}週間ごと" },
    month: { other: "{count}か月ごと" },
    year: { other: "{count}年ごと" },
  }),
  currentPeriod: "現在の期間",
  cancelsAtPeriodEnd: "現在の期間の終了時に解約されます",

  billingHeading: "請求先情報",
  billingName: "名前",
  billingAddress: "住所",
  country: "国",
  noBillingDetails: "請求先情報はまだありません。",
  editBilling: "請求先情報を編集",

  itemsCaption: pluralMessage("ja", { other: "{count}件の項目" }),
  itemColumn: "項目",
  periodColumn: "期間",
  amountColumn: "金額",
  taxColumn: "税",
  proration: "日割り",
  itemsTotal: "合計",

  formLabel: "請求先情報",
  formName: "請求先の名前",
  formCountry: "国",
  formCountryPlaceholder: "国を選択",
  formLine1: "住所 1",
  formLine2: "住所 2（任意）",
  formCity: "市区町村",
  formPostalCode: (country) => (country === "US" ? "ZIP コード" : "郵便番号"),
  formState: (country) => (country === "US" ? "州" : country === "CA" ? "州または準州" : "都道府県・州・地域（任意）"),
  formStatePlaceholder: (country) => (country === "CA" ? "州または準州を選択" : "州を選択"),
  formLockedHint: "請求先住所の国と州は、一度設定すると変更できません。",
  formSubmit: "請求先情報を保存",
  formSubmitting: "保存中…",
  formCancel: "キャンセル",
  formSaved: "請求先情報を保存しました。",
  formUnchanged: "変更された情報がないため、保存するものはありません。",
  formErrorNameRequired: "請求先の名前を入力してください。",
  formErrorLine1Required: "住所を入力してください。",
  formErrorCityRequired: "市区町村を入力してください。",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "ZIP コードを入力してください。" : "郵便番号を入力してください。"),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `5 桁の ZIP コードを入力してください（例: ${example}）。`
      : `この国の形式で郵便番号を入力してください（例: ${example}）。`,
  formErrorCountryRequired: "国を選択してください。",
  formErrorCountryUnsupported: "リストから国を選択してください。",
  formErrorCountryRefused: "Polar ではこの国を利用できなくなりました。",
  formErrorStateRequired: (country) => (country === "CA" ? "州または準州を選択してください。" : "州を選択してください。"),
  formErrorInvalidCharacter: "無効な文字を削除してください。",
  formErrorInvalidValue: "無効な値です。",

  listCaption: pluralMessage("ja", { other: "注文 {count} 件" }),
  listProductColumn: "商品",
  listDateColumn: "日付",
  listStatusColumn: "ステータス",
  listTotalColumn: "合計",
  listActionsColumn: "操作",
  listSearch: "注文を検索",
  listFilter: "表示",
  listFilterAll: "すべての注文",
  listFilterOneTime: "一回限りの購入",
  listFilterRecurring: "サブスクリプション",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(total)} 件中 ${n.format(from)}–${n.format(to)} 件`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(page)} / ${n.format(pages)} ページ`;
  },
  listPagination: "注文のページ",
  listPrevious: "前のページ",
  listNext: "次のページ",
  listEmpty: "まだ注文はありません。",
  listNoMatches: "検索に一致する注文はありません。",
};

export default ja;
