import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { isPortalError, PortalError } from "../../client/errors.js";
import { useMessages } from "../../i18n/use-messages.js";
import { useConfirmedOrder, useUpdateOrderBilling } from "../../query/use-update-order-billing.js";
import {
  BILLING_FORM_FIELDS,
  billingFormValuesFrom,
  createBillingFormSchema,
  isEmptyUpdate,
  mapServerIssues,
  toBillingUpdate,
  type BillingFormField,
  type BillingFormValues,
} from "../../schema/billing-form.js";
import { applyBillingUpdate } from "../../schema/normalize.js";
import type { Address } from "../../schema/order.js";
import type { BillingAddressFormViewProps } from "./props.js";

export type SaveStatus = "saved" | "unchanged" | null;

export interface Failure {
  error: PortalError;
  /** What Polar refused that belongs to no field of the form, in the customer's language (Polar's own words are in `error.issues`). */
  details: string[];
}

// Written out: the declaration build cannot name react-hook-form's inner types from an inferred one.
export interface BillingForm extends UseFormReturn<BillingFormValues> {
  id: string;
  /** The stored address: when there is one, its country and state cannot change. */
  address: Address | null;
  status: SaveStatus;
  failure: Failure | null;
  submitRef: RefObject<HTMLButtonElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

function toPortalError(cause: unknown): PortalError {
  if (isPortalError(cause)) return cause;
  return new PortalError({ kind: "http", message: cause instanceof Error ? cause.message : "The update failed.", cause });
}

/**
 * The form's state and behaviour, without its markup: react-hook-form set up with the
 * country-aware rules, the save (optimistic, through the query layer), Polar's field errors put
 * under their fields, and focus moved to the first field in error.
 */
export function useBillingForm({ order: base, onSubmit, onSuccess, onError, onSaved }: BillingAddressFormViewProps): BillingForm {
  const messages = useMessages();
  // A merchant's own handler goes through the same hook, so every view of the cached order
  // shows the change at once and rolls back on failure, as with Polar's PATCH.
  const mutation = useUpdateOrderBilling(
    base.id,
    onSubmit && (async (update) => (await onSubmit(update, base)) ?? applyBillingUpdate(base, update)),
  );
  // While a save is in flight the order on screen may be our own guess. The form follows what
  // Polar has stored instead: a first address must not lock (and swap for read-only inputs) the
  // country and state before Polar accepts it, since a refusal would swap them back and lose the
  // focus on the field in error; nor may the guess become the fields' baseline, since the
  // rollback would then overwrite what the customer typed.
  const stored = useConfirmedOrder(base);
  const locked = stored.billing_address != null;

  // The form's rules: made here only.
  // What is stored and left alone is Polar's to judge: only what the save sends is checked.
  const schema = useMemo(
    () => createBillingFormSchema({ messages, addressLocked: locked, initial: billingFormValuesFrom(stored) }),
    [messages, locked, stored],
  );
  const resolver = useMemo(() => zodResolver(schema), [schema]);
  const values = billingFormValuesFrom(stored);
  const form = useForm<BillingFormValues>({
    defaultValues: values,
    resolver,
    // Focus is moved by hand, in the order the fields are shown, for client and server errors alike.
    shouldFocusError: false,
  });
  const { reset, setError, handleSubmit, formState } = form;
  const { isDirty, isSubmitting } = formState;

  const [status, setStatus] = useState<SaveStatus>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  const focusFirst = (invalid: Partial<Record<BillingFormField, unknown>>) => {
    // In the order shown, which follows the country's (the postal code first in Germany).
    for (const element of (document.getElementById(`${id}-name`) as HTMLInputElement | null)?.form?.elements ?? []) {
      if (invalid[element.id.slice(id.length + 1) as BillingFormField]) return (element as HTMLElement).focus();
    }
  };

  // Follow the stored order when it changes elsewhere (a refetch, another tab) in the fields the
  // customer has not touched: their typing always wins. Its values count, not its identity (the
  // same keys in the same order every render). Not during a save, which a reset would mark as
  // over; the save settles the fields itself.
  useEffect(() => {
    if (!isSubmitting) reset(values, { keepDirtyValues: true, keepErrors: true });
  }, Object.values(values));

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
    if (isEmptyUpdate(update)) return setStatus("unchanged");
    try {
      const next = await mutation.mutateAsync(update);
      onSaved?.(next);
      reset(billingFormValuesFrom(next));
      setStatus("saved");
      onSuccess?.(next);
    } catch (cause) {
      const error = toPortalError(cause);
      const { fields, unmatched } = mapServerIssues(error, messages, values.country);
      for (const field of BILLING_FORM_FIELDS) {
        const message = fields[field];
        if (message) setError(field, { type: "server", message });
      }
      setFailure({ error, details: unmatched });
      focusFirst(fields);
      onError?.(error);
    }
  };
  const submit = handleSubmit(save, focusFirst);

  return {
    ...form,
    id,
    /** The stored address: when there is one, its country and state cannot change. */
    address: stored.billing_address,
    status,
    failure,
    submitRef,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // One save at a time: the button is disabled, but Enter or a script can still submit.
      if (isSubmitting) return;
      setStatus(null);
      setFailure(null);
      void submit(event);
    },
  };
}
