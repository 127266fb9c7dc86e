export { OrdersTable, type OrdersTableProps } from "./OrdersTable.js";
