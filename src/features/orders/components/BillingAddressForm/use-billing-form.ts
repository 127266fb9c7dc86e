import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { isPortalError, PortalError } from "../../../../core/client/errors.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
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
} from "../../../../core/address/form.js";
import type { Address } from "../../../../core/address/schema.js";
import { applyBillingUpdate } from "../../../../core/address/normalize.js";
import type { BillingAddressFormViewProps } from "./props.js";
import { billingFormWords, fieldLabel } from "./labels.js";

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
  /** The fields in error at the last submit (Polar's or ours), in the order shown, with their messages: the error summary's list. */
  invalid: [BillingFormField, string][];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

function toPortalError(cause: unknown): PortalError {
  if (isPortalError(cause)) return cause;
  return new PortalError({ kind: "http", message: cause instanceof Error ? cause.message : "The update failed.", cause });
}

/**
 * The form's state and behaviour, without its markup: react-hook-form set up with the
 * country-aware rules, the save (optimistic, through the query layer), Polar's field errors put
 * under their fields, the fields in error listed for the summary, and focus moved to the first.
 */
export function useBillingForm({ order: base, onSubmit, onSuccess, onError, onSaved }: BillingAddressFormViewProps): BillingForm {
  const messages = useFeatureMessages(billingFormWords);
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
  const [invalid, setInvalid] = useState<[BillingFormField, string][]>([]);
  const id = useId();

  // A snapshot taken at each submit, not live: a summary that rewrote itself (and was read out
  // again) at every keystroke would drown the field being corrected. Listed and focused in the
  // order shown, which follows the country's (the postal code first in Germany).
  const reportInvalid = (messageOf: (field: BillingFormField) => string | undefined) => {
    const shown = [...((document.getElementById(`${id}-name`) as HTMLInputElement | null)?.form?.elements ?? [])].map((element) => element.id);
    const rank = (field: BillingFormField) => (shown.indexOf(`${id}-${field}`) + 1 || 99);
    const list = BILLING_FORM_FIELDS.flatMap((field): [BillingFormField, string][] => {
      const message = messageOf(field);
      return message ? [[field, message]] : [];
    }).sort((a, b) => rank(a[0]) - rank(b[0]));
    setInvalid(list);
    if (list[0]) document.getElementById(`${id}-${list[0][0]}`)?.focus();
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
      // A refusal in words that do not say which field ("Invalid value.") is named by its field,
      // under it and in the summary's link ("City: Invalid value."); the kit's other words name
      // theirs ("Select a state."), and a merchant's `onSubmit` words its own (no Polar issues).
      const unnamed = [messages.formErrorInvalidValue, messages.formErrorInvalidCharacter];
      if (error.issues[0]) {
        for (const field of BILLING_FORM_FIELDS) {
          const message = fields[field];
          if (message && unnamed.includes(message)) fields[field] = messages.formErrorServerField({ field: fieldLabel(messages, field, values.country), error: message });
        }
      }
      for (const field of BILLING_FORM_FIELDS) {
        const message = fields[field];
        if (message) setError(field, { type: "server", message });
      }
      setFailure({ error, details: unmatched });
      reportInvalid((field) => fields[field]);
      onError?.(error);
    }
  };
  const submit = handleSubmit(save, (errors) => reportInvalid((field) => errors[field]?.message));

  return {
    ...form,
    id,
    /** The stored address: when there is one, its country and state cannot change. */
    address: stored.billing_address,
    status,
    failure,
    invalid,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      // One save at a time: the button is disabled, but Enter or a script can still submit.
      if (isSubmitting) return;
      setStatus(null);
      setFailure(null);
      setInvalid([]);
      void submit(event);
    },
  };
}
