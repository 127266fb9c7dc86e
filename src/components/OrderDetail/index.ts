export { OrderDetail, type OrderDetailProps, type HeadingLevel } from "./OrderDetail";
export { StatusBadge, type StatusBadgeProps } from "./StatusBadge";
