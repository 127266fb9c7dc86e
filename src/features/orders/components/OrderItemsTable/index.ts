export { OrderItemsTable, type OrderItemsTableProps } from "./OrderItemsTable.js";
