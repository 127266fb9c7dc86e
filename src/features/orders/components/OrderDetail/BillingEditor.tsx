import { useEffect, type RefObject } from "react";
import { useFeatureMessages } from "../../../../core/i18n/use-messages.js";
import { addressMessages } from "../../../../core/address/messages.js";
import type { CustomerOrder } from "../../schema/order.js";
import { BillingAddressForm } from "../BillingAddressForm/BillingAddressForm.js";
import type { BillingAddressFormProps } from "../BillingAddressForm/props.js";

// The order page's billing editor, loaded with the billing form when the customer opens it (see
// BillingSection): the form's words, "saved" included, come with it and not with the page.

export interface BillingEditorProps extends Omit<BillingAddressFormProps, "onSuccess"> {
  /** The box the form is shown in: the keyboard goes to its first field. */
  box: RefObject<HTMLDivElement | null>;
  /** After a save: Polar's answer, and the words that announce it. */
  onDone(order: CustomerOrder, announcement: string): void;
}

/** The form, and the keyboard in its first field once it is there (loaded, then shown). */
export function BillingEditor({ box, onDone, ...props }: BillingEditorProps) {
  const messages = useFeatureMessages(addressMessages);
  // Once, when the form opens: not again when the order re-renders under it.
  useEffect(() => box.current?.querySelector("input")?.focus(), [box]);
  return <BillingAddressForm {...props} onSuccess={(next) => onDone(next, messages.formSaved)} />;
}
