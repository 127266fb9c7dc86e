export { OrderDetail, type OrderDetailProps, type HeadingLevel } from "./OrderDetail.js";
export { StatusBadge, type StatusBadgeProps } from "./StatusBadge.js";
