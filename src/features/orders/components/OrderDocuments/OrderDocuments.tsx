import { useEffect, useRef, useState } from "react";
import { documentMessages, type DocumentMessages } from "../../messages/documents.js";
import { errorMessageKey, type BaseMessages } from "../../../../core/i18n/messages.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { useOrderInvoice, useOrderReceipt, type OrderDocument } from "../../query/use-order-documents.js";
import { useOrderSaving } from "../../query/use-order.js";
import type { CustomerOrder } from "../../schema/order.js";
import { createOrderComponent, type OrderComponentProps, type OrderViewProps } from "../order-component.js";
import { signInThen, type WaysForwardProps } from "../ways-forward.js";

export interface InvoiceButtonProps extends OrderComponentProps {
  /**
   * Called by "Add billing details" when the invoice needs a billing name and address: open your
   * billing form here (`<BillingAddressForm>`, or OrderDetail's "Edit billing details"). Without
   * it, the action only says what is missing.
   */
  onEditBillingDetails?(order: CustomerOrder): void;
}

export type ReceiptButtonProps = OrderComponentProps;

export type OrderDocumentsProps = InvoiceButtonProps;

type Words = BaseMessages & DocumentMessages;

/** The provider's words over the English ones of these actions (they ship with the actions alone). */
const useWords = (): Words => useFeatureMessages(documentMessages);

/** What the action says in its live region, for each state. */
function sentence(kind: "invoice" | "receipt", { state }: OrderDocument, words: Words): string {
  switch (state.status) {
    case "preparing":
      return words[`${kind}Preparing`];
    case "ready":
      return words[`${kind}Downloading`];
    case "refused":
      return state.orderStatus === "draft" ? words.invoiceRefusedDraft : state.orderStatus === "void" ? words.invoiceRefusedVoid : words.invoiceRefused;
    case "missing_billing_details":
      return words.invoiceMissingDetails;
    case "unavailable":
      return words.receiptUnavailable;
    case "unauthorized":
      return words.errorUnauthorized;
    case "error": {
      const kind = state.error?.kind;
      // A lost connection, a busy or failing Polar: its own words. Else the file's.
      return !state.error ? words.documentSlow : kind === "network" || kind === "server" || kind === "rate_limited" ? words[errorMessageKey(kind)] : words.documentError;
    }
    default:
      return "";
  }
}

interface ActionProps {
  kind: "invoice" | "receipt";
  document: OrderDocument;
  order: CustomerOrder;
  onEditBillingDetails?(order: CustomerOrder): void;
  /** "Sign in again" when the session ended on the way; the download goes on once a promise it returns settles. */
  onSignIn?: WaysForwardProps["onSignIn"];
  /** The root's props when the action is a component of its own; absent inside <OrderDocuments>. */
  root?: OrderViewProps<unknown>["root"];
}

/**
 * One action: the button, Cancel while preparing, and a polite live region that says what is
 * happening (preparing, downloading, why not). The download button stays in place while
 * preparing (aria-disabled, still focusable), so the keyboard focus never falls off the page;
 * when the wait ends in a state without it, the focus goes to that state's action ("Add billing
 * details") or its message.
 */
function DocumentAction({ kind, document, order, onEditBillingDetails, onSignIn, root }: ActionProps) {
  const words = useWords();
  const saving = useOrderSaving(order.id);
  const button = useRef<HTMLButtonElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  // Whether the keyboard was on the download button when it last left it for nowhere: a state
  // that removes the button (session over, refused, details missing) would drop it on the body.
  const onButton = useRef(false);
  const { status } = document.state;
  const preparing = status === "preparing";
  const offered = status === "idle" || status === "ready" || status === "error" || preparing;
  useEffect(() => {
    if (offered || !onButton.current) return;
    onButton.current = false;
    const active = globalThis.document.activeElement;
    // Focus the customer moved elsewhere stays there.
    if (active && active !== globalThis.document.body && active.isConnected) return;
    (edit.current ?? message.current)?.focus();
  }, [offered]);
  // "…is downloading." is news once: it goes at the customer's next press of a key or a pointer
  // anywhere (the press that asked for the file came before the file did), never after a timer,
  // so what is on screen depends on what the customer did, not on how long it took.
  const [told, setTold] = useState(false);
  useEffect(() => {
    setTold(false);
    if (status !== "ready") return;
    const done = () => setTold(true);
    const events = ["pointerdown", "keydown"] as const;
    for (const event of events) globalThis.document.addEventListener(event, done, { capture: true, once: true });
    return () => {
      for (const event of events) globalThis.document.removeEventListener(event, done, { capture: true });
    };
  }, [status]);
  // A billing edit on its way would be printed after this invoice was asked for: wait for it.
  const blocked = preparing || (kind === "invoice" && saving);
  return (
    <div {...root} className={root?.className ?? "pp-root pp-document"} data-document={kind} data-state={status}>
      {offered && (
        <button
          ref={button}
          type="button"
          className="pp-button pp-document__download"
          aria-disabled={blocked || undefined}
          onFocus={() => (onButton.current = true)}
          onBlur={(event) => {
            // Removed while focused, the button blurs towards nothing: remember it.
            if (event.relatedTarget) onButton.current = false;
          }}
          onClick={() => blocked || document.download()}
        >
          {status === "error" ? words.retry : words[`${kind}Download`]}
        </button>
      )}
      {preparing && (
        <button
          type="button"
          className="pp-button pp-document__cancel"
          onClick={() => {
            document.cancel();
            // The Cancel button goes away: the keyboard stays on the action.
            queueMicrotask(() => button.current?.focus());
          }}
        >
          {words.documentCancel}
        </button>
      )}
      {status === "missing_billing_details" && onEditBillingDetails && (
        <button ref={edit} type="button" className="pp-button pp-document__edit" onClick={() => onEditBillingDetails(order)}>
          {words.invoiceAddDetails}
        </button>
      )}
      {status === "unauthorized" && onSignIn && (
        <button ref={edit} type="button" className="pp-button pp-document__sign-in" onClick={() => signInThen(onSignIn, () => document.download())}>
          {words.documentSignIn}
        </button>
      )}
      {/* Focusable only when it replaces the button, to take the keyboard from it. Where the button
          shows the state (busy, Cancel beside it), the words echo it: in a list's row
          (`data-compact`) they are for screen readers alone. What went wrong stays visible. */}
      <p ref={message} className="pp-document__message" role="status" tabIndex={offered ? undefined : -1} data-echo={offered && status !== "error" ? "" : undefined}>
        {status === "ready" && told ? "" : sentence(kind, document, words)}
      </p>
    </div>
  );
}

function InvoiceView({ props, data: order, root }: OrderViewProps<InvoiceButtonProps>) {
  return (
    <DocumentAction
      kind="invoice"
      document={useOrderInvoice(order)}
      order={order}
      onEditBillingDetails={props.onEditBillingDetails}
      onSignIn={props.onSignIn}
      root={root}
    />
  );
}

function ReceiptView({ props, data: order, root }: OrderViewProps<ReceiptButtonProps>) {
  return <DocumentAction kind="receipt" document={useOrderReceipt(order)} order={order} onSignIn={props.onSignIn} root={root} />;
}

/**
 * Downloads the order's invoice: generates it when needed, waits for Polar's render (announced,
 * cancellable) and starts the download of a fresh link without leaving the page (no pop-up to block). A draft
 * or void order, or one without billing details, says why there is none and what to do.
 *
 * Root: `.pp-document[data-document="invoice"]` with `data-state` (`idle`, `preparing`, `ready`,
 * `refused`, `missing_billing_details`, `unauthorized`, `error`; `loading` while the order loads).
 */
export const InvoiceButton = createOrderComponent<InvoiceButtonProps>({
  displayName: "InvoiceButton",
  className: "pp-document",
  skeletonLines: 1,
  ownProps: { order: true, orderId: true, className: true, onEditBillingDetails: true },
  View: InvoiceView,
});

/**
 * Downloads the order's receipt, asking again while Polar renders it. An order without a receipt
 * number says none is available yet. Root: `.pp-document[data-document="receipt"]`, `data-state`
 * as {@link InvoiceButton}'s, plus `unavailable`.
 */
export const ReceiptButton = createOrderComponent<ReceiptButtonProps>({
  displayName: "ReceiptButton",
  className: "pp-document",
  skeletonLines: 1,
  ownProps: { order: true, orderId: true, className: true },
  View: ReceiptView,
});

function DocumentsView({ props, data: order, root }: OrderViewProps<OrderDocumentsProps>) {
  const words = useWords();
  return (
    <div {...root} role="group" aria-label={words.documentsLabel} data-state="ready">
      <DocumentAction kind="invoice" document={useOrderInvoice(order)} order={order} onEditBillingDetails={props.onEditBillingDetails} onSignIn={props.onSignIn} />
      <DocumentAction kind="receipt" document={useOrderReceipt(order)} order={order} onSignIn={props.onSignIn} />
    </div>
  );
}

/**
 * The invoice and receipt actions side by side, as a labelled group: for a merchant's order page,
 * or OrderDetail's `documents` slot (`<OrderDetail orderId={id} documents={<OrderDocuments orderId={id} />} />`).
 * Root: `.pp-documents`.
 */
export const OrderDocuments = createOrderComponent<OrderDocumentsProps>({
  displayName: "OrderDocuments",
  className: "pp-documents",
  skeletonLines: 2,
  ownProps: { order: true, orderId: true, className: true, onEditBillingDetails: true },
  View: DocumentsView,
});
