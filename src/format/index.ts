export { formatMoney, moneyFormatter, type MoneyFormatter } from "./money";
export { formatDate, dateFormatter, type DateFormatter, type DateFormatOptions, type PeriodSegment } from "./date";
export { formatCountry, formatState, formatLocality } from "./region";
