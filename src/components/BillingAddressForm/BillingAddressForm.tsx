import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useForm, useWatch, type UseFormRegisterReturn } from "react-hook-form";
import { isPortalError, PortalError } from "../../client/errors";
import { formatCountry } from "../../format/region";
import { errorMessageKey } from "../../i18n/messages";
import { useMessages } from "../../i18n/use-messages";
import { usePortalContext } from "../../provider/context";
import { useUpdateOrderBilling } from "../../query/use-update-order-billing";
import type { OrderBillingUpdate } from "../../schema/billing";
import { applyBillingUpdate, normalizeState } from "../../schema/normalize";
import {
  BILLING_FORM_FIELDS,
  billingFormValuesFrom,
  createBillingFormSchema,
  isEmptyUpdate,
  mapServerFieldErrors,
  toBillingUpdate,
  type BillingFormField,
  type BillingFormValues,
} from "../../schema/billing-form";
import { INPUT_COUNTRIES, isInputCountry, stateCodesFor } from "../../schema/countries";
import type { CustomerOrder } from "../../schema/order";
import { cx, ErrorView, LoadingSkeleton, PortalErrorBoundary, useOrderSource, type OrderSourceProps } from "../shared";
import { subdivisionName } from "./subdivisions";

export interface BillingAddressFormProps extends OrderSourceProps {
  /** Called with Polar's answer (or your `onSubmit`'s) after a save. */
  onSuccess?(order: CustomerOrder): void;
  /** Called when a save fails; the form keeps what the customer typed and shows the errors. */
  onError?(error: PortalError): void;
  /** Shows a Cancel button that calls this. */
  onCancel?(): void;
  /**
   * Saves through your own handler instead of Polar's PATCH, with the same optimistic update and
   * rollback of the cached order. It gets only the changed keys; resolve with the updated order
   * (or nothing), reject with a `PortalError` to show its field errors the same way as Polar's.
   */
  onSubmit?(update: OrderBillingUpdate, order: CustomerOrder): Promise<CustomerOrder | void>;
  className?: string;
  /** ISO codes the country list offers (for merchants who sell to fewer countries). Codes Polar refuses are dropped. */
  countries?: readonly string[];
}

type SaveStatus = "saved" | "unchanged" | null;

const CODE_STATE = /^(?:US|CA)-[A-Z]{2}$/;

/**
 * Edits an order's billing name and address the way Polar's own portal does: country-aware
 * checks, country and state fixed once an address exists, only changed keys sent, server errors
 * shown under their fields.
 */
export function BillingAddressForm(props: BillingAddressFormProps) {
  return (
    <PortalErrorBoundary root={{ className: cx("pp-billing-form", props.className) }} resetKeys={[props.order, props.orderId]}>
      <BillingAddressFormLoader {...props} />
    </PortalErrorBoundary>
  );
}

function BillingAddressFormLoader(props: BillingAddressFormProps) {
  const source = useOrderSource(props);
  const className = cx("pp-billing-form", props.className);
  if (source.status === "loading") return <LoadingSkeleton lines={7} root={{ className }} />;
  if (!source.order) return <ErrorView error={source.error} onRetry={source.refetch} root={{ className }} />;
  // A different order is a different form: no typed value may carry over.
  return <BillingAddressFormView key={source.order.id} {...props} order={source.order} />;
}

function toPortalError(cause: unknown): PortalError {
  if (isPortalError(cause)) return cause;
  return new PortalError({ kind: "http", message: cause instanceof Error ? cause.message : "The update failed.", cause });
}

interface Failure {
  error: PortalError;
  /** What Polar said that belongs to no field of the form. */
  details: string[];
}

function BillingAddressFormView(props: BillingAddressFormProps & { order: CustomerOrder }) {
  const { order, onSuccess, onError, onCancel, onSubmit, className, countries } = props;
  const { locale } = usePortalContext();
  const messages = useMessages();
  // An order given as a prop does not change when we save it: until the prop moves on, the
  // saved answer is the baseline the next change is measured against.
  const [saved, setSaved] = useState<{ from: CustomerOrder; to: CustomerOrder } | null>(null);
  const base = saved && saved.from === order ? saved.to : order;

  // A merchant's own handler goes through the same hook, so every view of the cached order
  // shows the change at once and rolls back on failure, as with Polar's PATCH.
  const mutation = useUpdateOrderBilling(
    order.id,
    onSubmit && (async (update) => (await onSubmit(update, base)) ?? applyBillingUpdate(base, update)),
  );
  const storedAddress = base.billing_address;
  // While a save is in flight the cache holds our own guess. A first address must not lock (and
  // swap for read-only inputs) the country and state before Polar accepts it: a refusal would
  // swap them back and lose the focus on the field in error. The guess can also outlive the
  // save by a render: our own state updates may render before react-query delivers the rollback
  // (or answer). So the decision made at submit holds until the save has settled and the order
  // shown has moved on from the one on screen when it settled. `hold` is `true` while a save is
  // in flight, then that order.
  const hold = useRef<CustomerOrder | boolean>(false);
  const lockedAtSubmit = useRef(false);
  const shownBase = useRef(base);
  useEffect(() => {
    shownBase.current = base;
  });
  const holding = hold.current === true || hold.current === base;
  const locked = holding ? lockedAtSubmit.current : storedAddress != null;

  const schema = useMemo(
    () => createBillingFormSchema({ messages, addressLocked: locked, initial: billingFormValuesFrom(base) }),
    [messages, locked, base],
  );
  const resolver = useMemo(() => zodResolver(schema), [schema]);
  const { register, handleSubmit, reset, setError, setValue, getValues, control, formState } = useForm<BillingFormValues>({
    defaultValues: billingFormValuesFrom(base),
    resolver,
    // Focus is moved by hand, in the order the fields are shown, for client and server errors alike.
    shouldFocusError: false,
  });
  const { errors, isDirty, isSubmitting } = formState;

  const [status, setStatus] = useState<SaveStatus>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const id = useId();
  const fieldId = (field: BillingFormField) => `${id}-${field}`;
  const errorId = (field: BillingFormField) => `${id}-${field}-error`;
  const lockedHintId = `${id}-locked`;

  const focusField = (field: BillingFormField) => document.getElementById(fieldId(field))?.focus();
  const focusFirst = (invalid: Partial<Record<BillingFormField, unknown>>) => {
    const first = BILLING_FORM_FIELDS.find((field) => invalid[field]);
    if (first) focusField(first);
  };

  // Follow the order when it changes elsewhere (a refetch, another tab) in the fields the
  // customer has not touched: their typing always wins. A save settles by itself (see `holding`).
  const baseValues = JSON.stringify(billingFormValuesFrom(base));
  useEffect(() => {
    if (!holding) reset(JSON.parse(baseValues) as BillingFormValues, { keepDirtyValues: true, keepErrors: true });
  }, [baseValues, holding, reset]);

  // Editing again makes "saved" stale.
  useEffect(() => {
    if (isDirty) setStatus((current) => (current === "saved" ? null : current));
  }, [isDirty]);

  // Disabling the focused submit button drops focus to the page; give it back once usable.
  const wasSubmitting = useRef(false);
  useEffect(() => {
    if (wasSubmitting.current && !isSubmitting) {
      const active = document.activeElement;
      if (!active || active === document.body) submitRef.current?.focus();
    }
    wasSubmitting.current = isSubmitting;
  }, [isSubmitting]);

  const save = async (values: BillingFormValues) => {
    const update = toBillingUpdate(values, base);
    if (isEmptyUpdate(update)) {
      setStatus("unchanged");
      return;
    }
    try {
      const next = await mutation.mutateAsync(update);
      setSaved({ from: order, to: next });
      reset(billingFormValuesFrom(next));
      setStatus("saved");
      onSuccess?.(next);
    } catch (cause) {
      const error = toPortalError(cause);
      const { fields, unmatched } = mapServerFieldErrors(error.fieldErrors, messages);
      for (const field of BILLING_FORM_FIELDS) {
        const message = fields[field];
        if (message) setError(field, { type: "server", message });
      }
      setFailure({ error, details: [...error.formErrors, ...unmatched] });
      focusFirst(fields);
      onError?.(error);
    }
  };

  const submit = handleSubmit(save, (invalid) => focusFirst(invalid));
  const onFormSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (hold.current === true) return;
    lockedAtSubmit.current = locked;
    hold.current = true;
    setStatus(null);
    setFailure(null);
    void submit(event).finally(() => {
      hold.current = shownBase.current;
    });
  };

  const watchedCountry = useWatch({ control, name: "country" });
  const country = locked && storedAddress ? storedAddress.country.toUpperCase() : watchedCountry;
  const stateCodes = stateCodesFor(country);

  const countryList = countries?.join(",").toUpperCase() ?? "";
  const countryOptions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    const collator = new Intl.Collator(locale);
    const codes = countryList ? countryList.split(",").filter(isInputCountry) : INPUT_COUNTRIES;
    return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
  }, [locale, countryList]);

  const stateOptions = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (stateCodes ?? []).map((code) => ({ code, name: subdivisionName(code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [locale, stateCodes]);

  const describedBy = (field: BillingFormField, ...more: (string | false)[]) =>
    [...more, errors[field] ? errorId(field) : false].filter(Boolean).join(" ") || undefined;
  const invalid = (field: BillingFormField) => (errors[field] ? true : undefined);
  const inputClass = "pp-billing-form__input";
  // The plain text fields differ only in these; one builder keeps them alike (and the bundle small).
  const textInput = (field: BillingFormField, autoComplete: string, required = true) => (
    <input
      id={fieldId(field)}
      className={inputClass}
      type="text"
      autoComplete={`billing ${autoComplete}`}
      aria-required={required || undefined}
      aria-invalid={invalid(field)}
      aria-describedby={describedBy(field)}
      {...register(field)}
    />
  );

  // Country, and the state of the US and Canada: a required choice from a list sorted by name.
  const selectInput = (
    field: BillingFormField,
    autoComplete: string,
    placeholder: string,
    options: readonly { code: string; name: string }[],
    registration: UseFormRegisterReturn,
  ) => (
    <select
      id={fieldId(field)}
      className={inputClass}
      autoComplete={`billing ${autoComplete}`}
      aria-required="true"
      aria-invalid={invalid(field)}
      aria-describedby={describedBy(field)}
      {...registration}
    >
      <option value="">{placeholder}</option>
      {options.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );

  // Country and state once the order has an address: shown, focusable, explained, not editable.
  const lockedInput = (field: BillingFormField, shown: string, value: string) => (
    <input
      key="locked"
      id={fieldId(field)}
      className={inputClass}
      type="text"
      readOnly
      value={shown}
      data-value={value}
      aria-invalid={invalid(field)}
      aria-describedby={describedBy(field, lockedHintId)}
    />
  );

  // Every field: its label, its control, and the message (ours or Polar's) that describes it.
  const field = (name: BillingFormField, label: string, control: ReactNode) => (
    <div className="pp-billing-form__field" data-field={name} data-invalid={errors[name] ? "" : undefined}>
      <label className="pp-billing-form__label" htmlFor={fieldId(name)}>
        {label}
      </label>
      {control}
      {errors[name]?.message && (
        <p id={errorId(name)} className="pp-billing-form__error">
          {errors[name].message}
        </p>
      )}
    </div>
  );

  const countryField = register("country", {
    // A state from the previous country's list means nothing in the new one.
    onChange: (event: { target: { value: string } }) => {
      const codes = stateCodesFor(event.target.value);
      const state = getValues("state");
      if (codes ? !codes.includes(state) : CODE_STATE.test(state)) setValue("state", "", { shouldDirty: true });
    },
    deps: ["state", "postalCode"],
  });

  const lockedCountryName = locked ? formatCountry(country, locale) : "";
  const lockedStateName = locked ? stateDisplayName(country, storedAddress?.state) : "";

  const dataState = isSubmitting ? "pending" : failure ? "error" : Object.keys(errors).length > 0 ? "invalid" : (status ?? "idle");

  return (
    <form
      className={cx("pp-billing-form", className)}
      aria-label={messages.formLabel}
      aria-busy={isSubmitting || undefined}
      noValidate
      onSubmit={onFormSubmit}
      data-state={dataState}
      data-pending={isSubmitting ? "" : undefined}
      data-locked={locked ? "" : undefined}
      data-dirty={isDirty ? "" : undefined}
    >
      {failure && (
        <div className="pp-billing-form__summary" role="alert" data-error-kind={failure.error.kind}>
          <p className="pp-billing-form__summary-message">{messages[errorMessageKey(failure.error.kind)]}</p>
          {failure.details.length > 0 && (
            <ul className="pp-billing-form__summary-details">
              {failure.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {field("name", messages.formName, textInput("name", "name"))}

      {field(
        "country",
        messages.formCountry,
        locked
          ? lockedInput("country", lockedCountryName, country)
          : selectInput("country", "country", messages.formCountryPlaceholder, countryOptions, countryField),
      )}

      {locked && (
        <p id={lockedHintId} className="pp-billing-form__hint">
          {messages.formLockedHint}
        </p>
      )}

      {field("line1", messages.formLine1, textInput("line1", "address-line1"))}

      {field("line2", messages.formLine2, textInput("line2", "address-line2", false))}

      {field("city", messages.formCity, textInput("city", "address-level2"))}

      {field(
        "state",
        messages.formState(country),
        locked
          ? lockedInput("state", lockedStateName, normalizeState(country, storedAddress?.state) ?? "")
          : stateCodes
            ? selectInput("state", "address-level1", messages.formStatePlaceholder(country), stateOptions, register("state"))
            : textInput("state", "address-level1", false),
      )}

      {field("postalCode", messages.formPostalCode(country), textInput("postalCode", "postal-code"))}

      <div className="pp-billing-form__actions">
        <button ref={submitRef} type="submit" className="pp-button pp-billing-form__submit" disabled={isSubmitting}>
          {isSubmitting ? messages.formSubmitting : messages.formSubmit}
        </button>
        {onCancel && (
          <button type="button" className="pp-button pp-billing-form__cancel" onClick={() => onCancel()}>
            {messages.formCancel}
          </button>
        )}
        {/* Always rendered: a live region must exist before its text changes to be announced. */}
        <p className="pp-billing-form__status" role="status" aria-live="polite">
          {status === "saved" ? messages.formSaved : status === "unchanged" ? messages.formUnchanged : ""}
        </p>
      </div>
    </form>
  );
}

function stateDisplayName(country: string, state: string | null | undefined): string {
  if (!state) return "";
  return stateCodesFor(country) ? subdivisionName(state.includes("-") ? state : `${country}-${state}`) : state;
}
