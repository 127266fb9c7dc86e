import { createElement, useId } from "react";
import {
  BillingDetailsForm,
  FailedPaymentBanner,
  PaymentMethodsList,
  type PaymentMethodEmbedComponent,
  type FailedPaymentBannerProps,
  type PaymentMethodsListProps,
  type PortalCustomer,
} from "../../features/billing/index.js";
import type { CustomerOrder, HeadingLevel } from "../../features/orders/index.js";
import { useFeatureMessages } from "../../core/i18n/use-messages.js";
import { billingSectionMessages } from "../messages/portal.js";
import type { PortalSection, PortalSectionProps } from "./types.js";

export interface BillingSectionOptions {
  /**
   * The card form behind "Add a card" and "Use a new card". Default: Polar's embed, loaded when
   * the customer opens it (the optional peer `@polar-sh/checkout`; see `react-polar-portal/embed`).
   * A stand-in for tests, stories and sandboxes.
   */
  embed?: PaymentMethodEmbedComponent;
  /** Runs the bank's step (3-D Secure) of "Pay now" with your Stripe.js: see `<PayNowDialog>`. */
  handleNextAction?: FailedPaymentBannerProps["handleNextAction"];
  /** ISO codes the billing details' country list offers (for merchants who sell to fewer countries). */
  countries?: readonly string[];
  /** Hides "Add a card" (a page that adds cards elsewhere). Default true. */
  allowAdd?: boolean;
  /** The moment cards' expiry is judged at ("Expires soon", "Expired"); default: now. */
  now?: Date;
  /** Called after a card is added, made default or removed. */
  onPaymentMethodsChanged?: PaymentMethodsListProps["onChanged"];
  /** Called once a failed payment is paid from the section (or from the subscriptions' banner). */
  onPaid?(order: CustomerOrder): void;
  /** Called with Polar's answer after the billing details are saved. */
  onBillingDetailsSaved?(customer: PortalCustomer): void;
}

const next = (level: HeadingLevel) => Math.min(level + 1, 5) as HeadingLevel;

/**
 * The billing section: a failed payment first, when there is one ("Pay now"), then the saved
 * cards (add, make default, remove) and the billing details future orders are made out to. A
 * billing feature: a plain member of a team does not see it. A past-due renewal also shows above
 * the subscriptions, when the portal has both sections (its `notice`).
 */
export function billingSection(options: BillingSectionOptions = {}): PortalSection {
  return {
    id: "billing",
    label: <BillingLabel />,
    billing: true,
    render: (props) => <BillingSection {...props} options={options} />,
    notice: ({ headingLevel }) => <Banner level={headingLevel} options={options} />,
  };
}

function BillingLabel() {
  return useFeatureMessages(billingSectionMessages).portalSectionBilling;
}

function Banner({ level, options }: { level: HeadingLevel; options: BillingSectionOptions }) {
  return <FailedPaymentBanner headingLevel={level} handleNextAction={options.handleNextAction} embed={options.embed} now={options.now} onPaid={options.onPaid} />;
}

function BillingSection({ headingLevel, options }: PortalSectionProps & { options: BillingSectionOptions }) {
  const messages = useFeatureMessages(billingSectionMessages);
  const ids = useId();
  const level = next(headingLevel);
  // The section has no views of its own: a view in the URL still shows the whole page.
  return (
    <div className="pp-portal__section pp-portal__billing">
      {createElement(`h${headingLevel}`, { className: "pp-portal__title", tabIndex: -1 }, messages.portalBillingTitle)}
      <Banner level={level} options={options} />
      <section className="pp-portal__part" aria-labelledby={`${ids}cards`}>
        {createElement(`h${level}`, { id: `${ids}cards`, className: "pp-portal__subtitle" }, messages.portalBillingPaymentMethods)}
        <PaymentMethodsList headingLevel={level} embed={options.embed} allowAdd={options.allowAdd} now={options.now} onChanged={options.onPaymentMethodsChanged} />
      </section>
      <section className="pp-portal__part" aria-labelledby={`${ids}details`}>
        {createElement(`h${level}`, { id: `${ids}details`, className: "pp-portal__subtitle" }, messages.portalBillingDetails)}
        <BillingDetailsForm countries={options.countries} onSaved={options.onBillingDetailsSaved} />
      </section>
    </div>
  );
}
