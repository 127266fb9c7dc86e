import type { ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { addressOrder, type AddressPart } from "../../../../core/format/address.js";
import { formatCountry } from "../../../../core/format/region.js";
import { errorMessageKey } from "../../../../core/i18n/messages.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { usePortalContext } from "../../../../core/provider/context.js";
import { stateCodesFor } from "../../../../core/address/countries.js";
import { field, readOnlyInput, selectInput, textInput, type FieldKit } from "../../../../core/address/fields.js";
import { normalizeState } from "../../../../core/address/normalize.js";
import { countryOptions, stateOptions } from "../../../../core/address/options.js";
import type { BillingAddressFormViewProps } from "./props.js";
import { useBillingForm } from "./use-billing-form.js";
import { billingFormWords } from "./labels.js";

export type { BillingAddressFormViewProps } from "./props.js";

const CODE_STATE = /^(?:US|CA)-[A-Z]{2}$/;

/** The form for one order, given as data; `BillingAddressForm` loads it from `order` or `orderId`. */
export function BillingAddressFormView(props: BillingAddressFormViewProps) {
  const { root, onCancel, countries } = props;
  const { locale } = usePortalContext();
  const messages = useFeatureMessages(billingFormWords);
  const { id, address, status, failure, invalid, onSubmit, register, control, getValues, setValue, formState } = useBillingForm(props);
  const { errors, isDirty, isSubmitting } = formState;

  const watchedCountry = useWatch({ control, name: "country" });
  const country = address ? address.country.toUpperCase() : watchedCountry;
  const states = stateOptions(locale, country, messages.subdivisions);
  // A stored state is shown by the name the list gives it (a US or Canadian code), else as stored.
  const storedState = address && (normalizeState(country, address.state) ?? "");
  const kit: FieldKit = { id, errors, register };
  const hint = `${id}-locked`;

  const countryField = register("country", {
    // A state from the previous country's list means nothing in the new one.
    onChange: (event: { target: { value: string } }) => {
      const codes = stateCodesFor(event.target.value);
      const state = getValues("state");
      if (codes ? !codes.includes(state) : CODE_STATE.test(state)) setValue("state", "", { shouldDirty: true });
    },
    deps: ["state", "postalCode"],
  });

  // The address in the order its country writes it: the postal code before the city in Germany,
  // from the postal code down in Japan.
  const addressFields: Record<AddressPart, ReactNode> = {
    A: [
      field(kit, "line1", messages.formLine1, textInput(kit, "line1", "address-line1")),
      field(kit, "line2", messages.formLine2, textInput(kit, "line2", "address-line2", false)),
    ],
    C: field(kit, "city", messages.formCity, textInput(kit, "city", "address-level2")),
    S: field(
      kit,
      "state",
      messages.formState(country),
      storedState != null
        ? readOnlyInput(kit, "state", states?.find((option) => option.code === storedState)?.name ?? storedState, storedState, hint)
        : states
          ? selectInput(kit, "state", "address-level1", messages.formStatePlaceholder(country), states, register("state"))
          : textInput(kit, "state", "address-level1", false),
    ),
    Z: field(kit, "postalCode", messages.formPostalCode(country), textInput(kit, "postalCode", "postal-code")),
  };

  const dataState = isSubmitting ? "pending" : failure ? "error" : Object.keys(errors).length > 0 ? "invalid" : (status ?? "idle");

  return (
    <form
      {...root}
      aria-label={messages.formLabel}
      // No aria-busy while saving: screen readers hold back a busy region's live updates, and "Saving…" must be heard.
      noValidate
      onSubmit={onSubmit}
      // Escape closes an inline editor, as Cancel does.
      onKeyDown={onCancel && ((event) => event.key === "Escape" && onCancel())}
      data-state={dataState}
      data-pending={isSubmitting ? "" : undefined}
      data-locked={address ? "" : undefined}
      data-dirty={isDirty ? "" : undefined}
    >
      {/* The error summary: what went wrong and how many fields, each a link to its field. Remade at each submit, so read out each time. */}
      {(failure || invalid.length > 0) && (
        <div className="pp-billing-form__summary" role="alert" data-error-kind={failure?.error.kind}>
          <p className="pp-billing-form__summary-message">
            {failure ? messages[errorMessageKey(failure.error.kind)] : messages.formErrorCount(invalid.length, locale)}
          </p>
          {(invalid.length > 0 || !!failure?.details.length) && (
            <ul className="pp-billing-form__summary-details">
              {invalid.map(([name, message]) => (
                <li key={name}>
                  <a
                    href={`#${id}-${name}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(`${id}-${name}`)?.focus();
                    }}
                  >
                    {message}
                  </a>
                </li>
              ))}
              {failure?.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {field(kit, "name", messages.formName, textInput(kit, "name", "name"))}

      {field(
        kit,
        "country",
        messages.formCountry,
        address
          ? readOnlyInput(kit, "country", formatCountry(country, locale), country, hint)
          : selectInput(kit, "country", "country", messages.formCountryPlaceholder, countryOptions(locale, countries), countryField),
      )}

      {address && (
        <p id={hint} className="pp-billing-form__hint">
          {messages.formLockedHint}
        </p>
      )}

      {addressOrder(country).flatMap((part) => addressFields[part])}

      <div className="pp-billing-form__actions">
        {/* Not disabled while saving: a disabled button drops the keyboard's focus to the page. onSubmit ignores a second submit. */}
        <button type="submit" className="pp-button pp-billing-form__submit" aria-disabled={isSubmitting || undefined}>
          {isSubmitting ? messages.formSubmitting : messages.formSubmit}
        </button>
        {onCancel && (
          <button type="button" className="pp-button pp-billing-form__cancel" onClick={() => onCancel()}>
            {messages.formCancel}
          </button>
        )}
        {/* Always rendered: a live region must exist before its text changes to be announced. While
            saving, the button already reads "Saving…": the region says it to screen readers alone. */}
        <p className={isSubmitting ? "pp-billing-form__status pp-visually-hidden" : "pp-billing-form__status"} role="status" aria-live="polite">
          {isSubmitting ? messages.formSubmitting : status === "saved" ? messages.formSaved : status === "unchanged" ? messages.formUnchanged : ""}
        </p>
      </div>
    </form>
  );
}
