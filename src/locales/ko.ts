import type { MessagePack } from "../i18n/messages.js";
import { pluralMessage, unitPluralMessage } from "../i18n/plural.js";

// Korean has no plural forms: Intl names only `other`.
const ko: MessagePack = {
  locale: "ko",

  errorTitle: "문제가 발생했습니다",
  errorUnauthorized: "세션이 만료되었습니다. 주문을 보려면 다시 로그인하세요.",
  errorForbidden: "이 주문에 대한 접근 권한이 없습니다.",
  errorNotFound: "이 주문을 찾을 수 없습니다.",
  errorValidation: "일부 정보가 승인되지 않았습니다. 표시된 항목을 확인하세요.",
  errorRateLimited: "현재 요청이 너무 많습니다. 잠시 후 다시 시도하세요.",
  errorRateLimitedUntil: (time) => `Polar 사용량이 많습니다. ${time}에 다시 시도합니다.`,
  errorInvalidLink: "유효하지 않은 주문 링크입니다.",
  errorServer: "현재 Polar에 문제가 있습니다. 다시 시도하세요.",
  errorHttp: "요청을 완료할 수 없습니다.",
  errorNetwork: "연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.",
  errorInvalidResponse: "읽을 수 없는 주문 정보를 받았습니다. 나중에 다시 시도하세요.",
  retry: "다시 시도",
  loading: "불러오는 중…",

  statusDraft: "초안",
  statusPending: "대기 중",
  statusPaid: "결제 완료",
  statusRefunded: "환불됨",
  statusPartiallyRefunded: "부분 환불됨",
  statusVoid: "무효",

  billingReasonPurchase: "일회성 구매",
  billingReasonSubscriptionCreate: "신규 구독",
  billingReasonSubscriptionCycle: "구독 갱신",
  billingReasonSubscriptionUpdate: "구독 변경",
  billingReasonSubscriptionMeterCycle: "사용량 요금",

  detailsHeading: "주문 상세 정보",
  createdAt: "주문일",
  invoiceNumber: "인보이스 번호",
  billingReason: "유형",
  nextPaymentAttempt: "다음 결제 시도",
  dunningNotice: "마지막 결제 시도에 실패했습니다. 자동으로 다시 시도합니다.",

  amountsHeading: "요약",
  subtotal: "소계",
  discount: "할인",
  netAmount: "순액",
  tax: "세금",
  total: "합계",
  appliedBalance: "적용된 계정 잔액",
  amountDue: "결제할 금액",
  amountPaid: "결제한 금액",
  refunded: "환불액",
  refundedTax: "환불된 세금",

  subscriptionHeading: "구독",
  subscriptionBilling: "결제 주기",
  recurringInterval: unitPluralMessage("ko", {
    day: { other: "{count}일마다" },
    week: { other: "{count}주마다" },
    month: { other: "{count}개월마다" },
    year: { other: "{count}년마다" },
  }),
  currentPeriod: "현재 기간",
  cancelsAtPeriodEnd: "현재 기간이 끝나면 해지됩니다",

  billingHeading: "청구 정보",
  billingName: "이름",
  billingAddress: "주소",
  country: "국가",
  noBillingDetails: "아직 청구 정보가 없습니다.",
  editBilling: "청구 정보 수정",

  itemsCaption: pluralMessage("ko", { other: "항목 {count}개" }),
  itemColumn: "항목",
  periodColumn: "기간",
  amountColumn: "금액",
  taxColumn: "세금",
  proration: "일할 계산",
  itemsTotal: "합계",

  formLabel: "청구 정보",
  formName: "청구 이름",
  formCountry: "국가",
  formCountryPlaceholder: "국가 선택",
  formLine1: "주소 1",
  formLine2: "주소 2(선택 사항)",
  formCity: "시/군/구",
  formPostalCode: (country) => (country === "US" ? "ZIP 코드" : "우편번호"),
  formState: (country) => (country === "US" ? "주" : country === "CA" ? "주 또는 준주" : "주 또는 지역(선택 사항)"),
  formStatePlaceholder: (country) => (country === "CA" ? "주 또는 준주 선택" : "주 선택"),
  formLockedHint: "청구지 주소의 국가와 주는 한 번 설정하면 변경할 수 없습니다.",
  formSubmit: "청구 정보 저장",
  formSubmitting: "저장 중…",
  formCancel: "취소",
  formSaved: "청구 정보를 저장했습니다.",
  formUnchanged: "변경된 정보가 없어 저장할 내용이 없습니다.",
  formErrorNameRequired: "청구 이름을 입력하세요.",
  formErrorLine1Required: "도로명 주소를 입력하세요.",
  formErrorCityRequired: "시/군/구를 입력하세요.",
  formErrorPostalCodeRequired: (country) => (country === "US" ? "ZIP 코드를 입력하세요." : "우편번호를 입력하세요."),
  formErrorPostalCodeInvalid: ({ country, example }) =>
    country === "US"
      ? `5자리 ZIP 코드를 입력하세요(예: ${example}).`
      : `이 국가의 형식에 맞는 우편번호를 입력하세요(예: ${example}).`,
  formErrorCountryRequired: "국가를 선택하세요.",
  formErrorCountryUnsupported: "목록에서 국가를 선택하세요.",
  formErrorCountryRefused: "Polar에서 더 이상 이 국가를 지원하지 않습니다.",
  formErrorStateRequired: (country) => (country === "CA" ? "주 또는 준주를 선택하세요." : "주를 선택하세요."),
  formErrorInvalidCharacter: "잘못된 문자를 삭제하세요.",
  formErrorInvalidValue: "잘못된 값입니다.",

  listCaption: pluralMessage("ko", { other: "주문 {count}건" }),
  listProductColumn: "제품",
  listDateColumn: "날짜",
  listStatusColumn: "상태",
  listTotalColumn: "합계",
  listActionsColumn: "작업",
  listSearch: "주문 검색",
  listFilter: "표시",
  listFilterAll: "모든 주문",
  listFilterOneTime: "일회성 구매",
  listFilterRecurring: "구독",
  listRange: (from, to, total, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(total)}건 중 ${n.format(from)}–${n.format(to)}`;
  },
  listPage: (page, pages, locale) => {
    const n = new Intl.NumberFormat(locale);
    return `${n.format(pages)}페이지 중 ${n.format(page)}페이지`;
  },
  listPagination: "주문 페이지",
  listPrevious: "이전 페이지",
  listNext: "다음 페이지",
  listEmpty: "아직 주문이 없습니다.",
  listNoMatches: "검색과 일치하는 주문이 없습니다.",
};

export default ko;
