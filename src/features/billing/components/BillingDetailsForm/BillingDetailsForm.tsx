import { useEffect, useRef, type ReactNode } from "react";
import { useWatch, type UseFormRegister } from "react-hook-form";
import { stateCodesFor } from "../../../../core/address/countries.js";
import { field, selectInput, textInput, type FieldKit } from "../../../../core/address/fields.js";
import type { BillingFormValues } from "../../../../core/address/form.js";
import { addressMessages } from "../../../../core/address/messages.js";
import { countryOptions, stateOptions } from "../../../../core/address/options.js";
import { addressOrder, type AddressPart } from "../../../../core/format/address.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { createPortalComponent, type ViewProps } from "../../../../core/shell/shell.js";
import { useCustomerSource, type PortalCustomer } from "../data.js";
import { useBillingMessages } from "../labels.js";
import { taxIdExample, taxIdKind } from "./tax-id.js";
import { useDetailsForm } from "./use-details-form.js";

export interface BillingDetailsFormProps {
  /** Called with Polar's answer after a save. */
  onSaved?: (customer: PortalCustomer) => void;
  /** ISO codes the country list offers (for merchants who sell to fewer countries). */
  countries?: readonly string[];
  /** Added to the root element's class names (after the kit's own). */
  className?: string;
}

/**
 * The customer's billing details for future orders: name, address (the core's address fields and
 * rules, which the orders' form shows too: the fields in the country's order, its postal code
 * format, US and Canadian states), and tax ID, named and exemplified for the country. It says
 * plainly that an existing invoice is corrected on its order. Polar's refusals (an invalid tax
 * ID, a country needed to check one) under their fields, listed in a summary, the focus on the
 * first.
 *
 * Root: `form.pp-billing-form.pp-billing-details` with `data-state` (`idle` | `pending` | `invalid`
 * | `error` | `saved` | `unchanged`).
 */
export const BillingDetailsForm = createPortalComponent<BillingDetailsFormProps, PortalCustomer>({
  displayName: "BillingDetailsForm",
  className: "pp-billing-form pp-billing-details",
  skeletonLines: 8,
  ownProps: { onSaved: true, countries: true, className: true },
  useSource: useCustomerSource,
  View: BillingDetailsFormView,
});

function BillingDetailsFormView({ props, data: customer, root, onSaved }: ViewProps<BillingDetailsFormProps, PortalCustomer>) {
  const messages = useBillingMessages();
  const words = useFeatureMessages(addressMessages);
  const { locale } = usePortalContext();
  const form = useDetailsForm(customer, messages, (next) => {
    onSaved(next);
    props.onSaved?.(next);
  });
  const { id, status, failure, invalid, onSubmit, register, control, getValues, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const summary = useRef<HTMLDivElement>(null);
  const country = useWatch({ control, name: "country" });
  const states = stateOptions(locale, country, words.subdivisions);
  // The address form's field parts know the address's fields; the tax ID is one more of the same kind.
  const kit = { id, errors, register: register as unknown as UseFormRegister<BillingFormValues> } as FieldKit;
  useEffect(() => {
    if (failure && invalid.length === 0) summary.current?.focus();
  }, [failure, invalid]);

  const countryField = register("country", {
    // A state from the previous country's list means nothing in the new one.
    onChange: (event: { target: { value: string } }) => {
      const codes = stateCodesFor(event.target.value);
      if (codes && !codes.includes(getValues("state"))) setValue("state", "", { shouldDirty: true });
      else if (!codes && /^(?:US|CA)-/.test(getValues("state"))) setValue("state", "", { shouldDirty: true });
    },
    deps: ["state", "postalCode"],
  });
  const addressFields: Record<AddressPart, ReactNode> = {
    A: [
      field(kit, "line1", words.formLine1, textInput(kit, "line1", "address-line1")),
      field(kit, "line2", words.formLine2, textInput(kit, "line2", "address-line2", false)),
    ],
    C: field(kit, "city", words.formCity, textInput(kit, "city", "address-level2")),
    S: field(
      kit,
      "state",
      words.formState(country),
      states ? selectInput(kit, "state", "address-level1", words.formStatePlaceholder(country), states, register("state")) : textInput(kit, "state", "address-level1", false),
    ),
    Z: field(kit, "postalCode", words.formPostalCode(country), textInput(kit, "postalCode", "postal-code")),
  };
  const example = taxIdExample(country);
  const hintId = `${id}-taxId-hint`;
  const taxError = errors.taxId?.message;
  const dataState = isSubmitting ? "pending" : failure ? "error" : Object.keys(errors).length > 0 ? "invalid" : (status ?? "idle");

  return (
    <form {...root} aria-label={messages.billingDetailsLabel} noValidate onSubmit={onSubmit} data-state={dataState} data-pending={isSubmitting ? "" : undefined}>
      <p className="pp-billing-details__future">{messages.billingDetailsFuture}</p>
      {(failure || invalid.length > 0) && (
        <div ref={summary} className="pp-billing-form__summary" role="alert" tabIndex={-1}>
          <p className="pp-billing-form__summary-message">{failure ?? words.formErrorCount(invalid.length, locale)}</p>
          {invalid.length > 0 && (
            <ul className="pp-billing-form__summary-details">
              {invalid.map(([name, text]) => (
                <li key={name}>
                  <a
                    href={`#${id}-${name}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(`${id}-${name}`)?.focus();
                    }}
                  >
                    {text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {field(kit, "name", words.formName, textInput(kit, "name", "name"))}
      {field(kit, "country", words.formCountry, selectInput(kit, "country", "country", words.formCountryPlaceholder, countryOptions(locale, props.countries), countryField))}
      {addressOrder(country).flatMap((part) => addressFields[part])}
      <div className="pp-billing-form__field" data-field="taxId" data-invalid={taxError ? "" : undefined}>
        <label className="pp-billing-form__label" htmlFor={`${id}-taxId`}>
          {messages.billingTaxId(taxIdKind(country))}
        </label>
        <input
          id={`${id}-taxId`}
          className="pp-billing-form__input"
          type="text"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={taxError ? true : undefined}
          aria-describedby={[hintId, taxError && `${id}-taxId-error`].filter(Boolean).join(" ")}
          {...register("taxId")}
        />
        {taxError && (
          <p id={`${id}-taxId-error`} className="pp-billing-form__error">
            {taxError}
          </p>
        )}
        <p id={hintId} className="pp-billing-form__hint">
          {example ? messages.billingTaxIdExample(example) : messages.billingTaxIdHint}
        </p>
      </div>
      <div className="pp-billing-form__actions">
        <button type="submit" className="pp-button pp-billing-form__submit" aria-disabled={isSubmitting || undefined}>
          {isSubmitting ? words.formSubmitting : words.formSubmit}
        </button>
        <p className={isSubmitting ? "pp-billing-form__status pp-visually-hidden" : "pp-billing-form__status"} role="status" aria-live="polite">
          {isSubmitting ? words.formSubmitting : status === "saved" ? words.formSaved : status === "unchanged" ? words.formUnchanged : ""}
        </p>
      </div>
    </form>
  );
}
