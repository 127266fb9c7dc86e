// Messages for the invoice and receipt actions (<InvoiceButton>, <ReceiptButton>,
// <OrderDocuments>). Part of `defaultMessages`, not of the provider's base: the components lay
// these English words under the provider's (`useFeatureMessages`), so an order page that shows no
// such action does not ship them. Packs carry them like every other message.

export const documentMessages = {
  documentsLabel: "Invoice and receipt",
  invoiceDownload: "Download invoice",
  receiptDownload: "Download receipt",
  invoicePreparing: "Preparing your invoice…",
  receiptPreparing: "Preparing your receipt…",
  invoiceDownloading: "Your invoice is downloading.",
  receiptDownloading: "Your receipt is downloading.",
  documentCancel: "Cancel",
  invoiceRefusedDraft: "This order is a draft: it gets an invoice once it is placed.",
  invoiceRefusedVoid: "This order was voided, so it has no invoice.",
  invoiceRefused: "No invoice can be made for this order.",
  invoiceMissingDetails: "An invoice needs a billing name and address.",
  invoiceAddDetails: "Add billing details",
  /** The session ended on the way: the merchant's `onSignIn` (as an error note's "Sign in again"). */
  documentSignIn: "Sign in again",
  receiptUnavailable: "No receipt is available for this order yet.",
  documentSlow: "This is taking longer than usual. Please try again.",
  documentError: "The file could not be downloaded. Please try again.",
};

export type DocumentMessages = typeof documentMessages;
