export {
  InvoiceButton,
  OrderDocuments,
  ReceiptButton,
  type InvoiceButtonProps,
  type OrderDocumentsProps,
  type ReceiptButtonProps,
} from "./OrderDocuments.js";
