import { lazy, Suspense, useRef, useState } from "react";
import { addressLines } from "../../../../core/format/address.js";
import { formatCountry } from "../../../../core/format/region.js";
import { Fact, Facts } from "../../../../core/parts/Facts.js";
import { Heading } from "../../../../core/parts/Heading.js";
import type { Address, CustomerOrder } from "../../schema/order.js";
import type { BillingAddressFormProps } from "../BillingAddressForm/props.js";
import type { SectionProps } from "./section-props.js";

export interface BillingEdit {
  formSource: { order?: CustomerOrder; orderId?: string };
  onSubmit: BillingAddressFormProps["onSubmit"];
  onSaved(order: CustomerOrder): void;
}

interface BillingSectionProps extends SectionProps {
  locale: string;
  edit: BillingEdit | undefined;
  editing: boolean;
  setEditing: (open: boolean) => void;
}

// The billing form (its words, its save path, and react-hook-form and zod with it) is loaded when
// the customer asks for it, or when they point at or focus the button that opens it: the order
// page's first load ships none of it. A failed load is thrown to the order's error boundary like
// any render error.
const loadForm = () => import("./BillingEditor.js");
const BillingEditor = lazy(() => loadForm().then((module) => ({ default: module.BillingEditor })));
const preloadForm = () => void loadForm().catch(() => {});

/** Who the order is billed to, and the editor behind "Edit billing details". */
export function BillingSection({ order, level, messages, locale, edit, editing, setEditing }: BillingSectionProps) {
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRef(false);
  const formBox = useRef<HTMLDivElement>(null);
  const closeForm = (message: string) => {
    setEditing(false);
    setAnnouncement(message);
    refocus.current = true;
  };
  return (
    <section className="pp-order-detail__section pp-order-detail__billing">
      <Heading level={level} className="pp-order-detail__heading">
        {messages.billingHeading}
      </Heading>
      {order.billing_name || order.billing_address ? (
        <Facts className="pp-order-detail__facts">
          {order.billing_name && (
            <Fact label={messages.billingName} valueProps={{ className: "pp-order-detail__billing-name" }}>
              <bdi>{order.billing_name}</bdi>
            </Fact>
          )}
          {order.billing_address && (
            <Fact label={messages.billingAddress}>
              <AddressLines address={order.billing_address} locale={locale} />
            </Fact>
          )}
        </Facts>
      ) : (
        <p className="pp-order-detail__empty">{messages.noBillingDetails}</p>
      )}
      {/* Opening the editor is one step: the button gives way to the form, and comes back (focused) when it closes. */}
      {edit &&
        (editing ? (
          <div className="pp-order-detail__form" ref={formBox}>
            <Suspense fallback={<p role="status">{messages.loading}</p>}>
              <BillingEditor
                box={formBox}
                {...edit.formSource}
                onSubmit={edit.onSubmit}
                onDone={(next, announcement) => {
                  edit.onSaved(next);
                  closeForm(announcement);
                }}
                onCancel={() => closeForm("")}
              />
            </Suspense>
          </div>
        ) : (
          <button
            // The form (and the focus inside it) is gone; the button is back in its place: focus it.
            ref={(button) => {
              if (button && refocus.current) {
                refocus.current = false;
                button.focus();
              }
            }}
            type="button"
            className="pp-button pp-order-detail__edit"
            onPointerEnter={preloadForm}
            onFocus={preloadForm}
            onClick={() => {
              setAnnouncement("");
              setEditing(true);
            }}
          >
            {order.billing_address ? messages.editBilling : messages.addBilling}
          </button>
        ))}
      <p className="pp-order-detail__status" role="status">
        {announcement}
      </p>
    </section>
  );
}

function AddressLines({ address, locale }: { address: Address; locale: string }) {
  const lines = [...addressLines(address), formatCountry(address.country, locale)];
  return (
    <span className="pp-order-detail__address">
      {lines.map((line, index) => (
        <span key={index} className="pp-order-detail__address-line">
          <bdi>{line}</bdi>
        </span>
      ))}
    </span>
  );
}
