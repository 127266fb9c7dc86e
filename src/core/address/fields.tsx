import type { ReactNode } from "react";
import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import type { BillingFormField, BillingFormValues } from "./form.js";
import type { Option } from "./options.js";

// The parts of the form, as functions that return elements rather than components: they differ
// only in their arguments, and calls ship fewer bytes than elements with named props.

/** What every field needs from its form: ids to link label, control and message, and the errors. */
export interface FieldKit {
  /** The form's `useId()`: field ids are made from it. */
  id: string;
  errors: FieldErrors<BillingFormValues>;
  register: UseFormRegister<BillingFormValues>;
}

/** The attributes every control shares: its id, and its error (and `hint`) linked for assistive tech. */
const control = ({ id, errors }: FieldKit, name: BillingFormField, hint?: string) => ({
  id: `${id}-${name}`,
  className: "pp-billing-form__input",
  "aria-invalid": errors[name] ? true : undefined,
  "aria-describedby": [hint, errors[name] && `${id}-${name}-error`].filter(Boolean).join(" ") || undefined,
});

/** A field: its label, its control, and the message (ours or Polar's) that describes it. */
export const field = ({ id, errors }: FieldKit, name: BillingFormField, label: string, input: ReactNode) => (
  // Keyed by name: when another country reorders the fields, each moves with what was typed in it.
  <div key={name} className="pp-billing-form__field" data-field={name} data-invalid={errors[name] ? "" : undefined}>
    <label className="pp-billing-form__label" htmlFor={`${id}-${name}`}>
      {label}
    </label>
    {input}
    {errors[name]?.message && (
      <p id={`${id}-${name}-error`} className="pp-billing-form__error">
        {errors[name].message}
      </p>
    )}
  </div>
);

/** Free text; `autoComplete` is the token after `billing`. */
export const textInput = (kit: FieldKit, name: BillingFormField, autoComplete: string, required = true) => (
  <input
    {...control(kit, name)}
    type="text"
    // An address typed in Latin letters on a right-to-left page (or the reverse) keeps its order.
    dir="auto"
    autoComplete={`billing ${autoComplete}`}
    aria-required={required || undefined}
    {...kit.register(name)}
  />
);

/** Country, and the state of the US and Canada: a required choice from a list sorted by name. */
export const selectInput = (
  kit: FieldKit,
  name: BillingFormField,
  autoComplete: string,
  placeholder: string,
  options: readonly Option[],
  registration: UseFormRegisterReturn,
) => (
  <select {...control(kit, name)} autoComplete={`billing ${autoComplete}`} aria-required="true" {...registration}>
    <option value="">{placeholder}</option>
    {options.map(({ code, name }) => (
      // Names come from the runtime's Intl data, which differs between a server's Node and the
      // browser (Node 20: "Hong Kong SAR China", Chromium: "Hong Kong"): a server-rendered form
      // keeps the server's words rather than fail hydration. The codes are the same on both.
      <option key={code} value={code} suppressHydrationWarning>
        {name}
      </option>
    ))}
  </select>
);

/** Country and state once the order has an address: shown, focusable, explained by `hint`, not editable. */
export const readOnlyInput = (kit: FieldKit, name: BillingFormField, shown: string, value: string, hint: string) => (
  // Keyed: in place of a text input it must be a new element, not the registered one made read-only.
  <input key="locked" {...control(kit, name, hint)} type="text" readOnly value={shown} data-value={value} />
);
