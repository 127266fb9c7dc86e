import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { useForm, type Resolver, type UseFormReturn } from "react-hook-form";
import { BILLING_FORM_FIELDS, billingFormValuesFrom, createBillingFormSchema, mapServerIssues, toBillingUpdate, type BillingFormValues } from "../../../../core/address/form.js";
import { addressMessages } from "../../../../core/address/messages.js";
import { cleanString } from "../../../../core/address/normalize.js";
import { isPortalError } from "../../../../core/client/errors.js";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { billingRefusal, useUpdateCustomer, type CustomerUpdate, type PortalCustomer } from "../data.js";
import { failureText, type BillingMessages } from "../labels.js";

export type DetailsValues = BillingFormValues & { taxId: string };
export type DetailsField = keyof DetailsValues;
/** The fields in the order shown: the summary lists them so, the focus goes to the first. */
const FIELDS: readonly DetailsField[] = [...BILLING_FORM_FIELDS, "taxId"];

export interface DetailsForm extends UseFormReturn<DetailsValues> {
  id: string;
  status: "saved" | "unchanged" | null;
  /** What Polar refused that belongs to no field, in the customer's words. */
  failure: string | null;
  invalid: [DetailsField, string][];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

const valuesOf = (customer: PortalCustomer): DetailsValues => ({ ...billingFormValuesFrom(customer), taxId: customer.tax_id?.[0] ?? "" });

/**
 * The billing details form's state: the core's address rules (an order's form's too) for the
 * name and address (Polar's customer address is not locked once set, but cannot be emptied), the
 * tax ID as typed (Polar checks it against the country), the save waiting for Polar, its
 * refusals under their fields.
 */
export function useDetailsForm(customer: PortalCustomer, messages: BillingMessages, onSaved: (next: PortalCustomer) => void): DetailsForm {
  const formWords = useFeatureMessages(addressMessages);
  const update = useUpdateCustomer();
  const id = useId();
  const values = valuesOf(customer);
  const resolver = useMemo<Resolver<DetailsValues>>(() => {
    const address = zodResolver(createBillingFormSchema({ messages: formWords, initial: billingFormValuesFrom(customer) }));
    return async (all, context, options) => {
      const result = await address(all, context, options as never);
      return { values: Object.keys(result.errors).length ? {} : all, errors: result.errors } as Awaited<ReturnType<Resolver<DetailsValues>>>;
    };
  }, [formWords, customer]);
  const form = useForm<DetailsValues>({ defaultValues: values, resolver, shouldFocusError: false });
  const { reset, setError, handleSubmit, formState } = form;
  const [status, setStatus] = useState<DetailsForm["status"]>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<[DetailsField, string][]>([]);

  // The customer changed elsewhere (a refetch): the fields not touched follow; typing wins.
  useEffect(() => {
    if (!formState.isSubmitting) reset(values, { keepDirtyValues: true, keepErrors: true });
  }, Object.values(values));

  const report = (messageOf: (field: DetailsField) => string | undefined) => {
    const shown = [...((document.getElementById(`${id}-name`) as HTMLInputElement | null)?.form?.elements ?? [])].map((element) => element.id);
    const rank = (field: DetailsField) => shown.indexOf(`${id}-${field}`) + 1 || 99;
    const list = FIELDS.flatMap((field): [DetailsField, string][] => {
      const message = messageOf(field);
      return message ? [[field, message]] : [];
    }).sort((a, b) => rank(a[0]) - rank(b[0]));
    setInvalid(list);
    if (list[0]) document.getElementById(`${id}-${list[0][0]}`)?.focus();
  };

  const save = async (typed: DetailsValues) => {
    const change: CustomerUpdate = toBillingUpdate(typed, customer);
    const taxId = cleanString(typed.taxId);
    // Empty is "no tax ID" (null), as Polar reads an empty string.
    if (taxId !== cleanString(customer.tax_id?.[0])) change.tax_id = taxId;
    if (Object.keys(change).length === 0) return setStatus("unchanged");
    try {
      const next = await update.mutateAsync(change);
      onSaved(next);
      reset(valuesOf(next));
      setStatus("saved");
    } catch (error) {
      const fields: Partial<Record<DetailsField, string>> = {};
      let unmatched: string | null = null;
      const refusal = isPortalError(error) ? billingRefusal(error) : null;
      if (refusal?.kind === "tax_id_invalid" || refusal?.kind === "tax_id_country_required") fields.taxId = failureText(messages, error);
      else if (refusal?.kind === "validation" && isPortalError(error)) {
        const mapped = mapServerIssues(error, formWords, typed.country);
        Object.assign(fields, mapped.fields);
        unmatched = mapped.unmatched[0] ?? null;
      } else unmatched = failureText(messages, error);
      for (const field of FIELDS) if (fields[field]) setError(field, { type: "server", message: fields[field] });
      setFailure(unmatched);
      report((field) => fields[field]);
    }
  };

  return {
    ...form,
    id,
    status,
    failure,
    invalid,
    onSubmit: (event) => {
      event.preventDefault();
      if (formState.isSubmitting) return;
      setStatus(null);
      setFailure(null);
      setInvalid([]);
      void handleSubmit(save, (errors) => report((field) => errors[field]?.message))(event);
    },
  };
}
