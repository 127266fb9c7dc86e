export { formatMoney, moneyFormatter, type MoneyFormatter } from "./money.js";
export { formatDate, dateFormatter, type DateFormatter, type DateFormatOptions, type PeriodSegment } from "./date.js";
export { formatCountry, formatState } from "./region.js";
export { addressLines, addressOrder, type AddressPart } from "./address.js";
