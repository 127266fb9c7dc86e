// Stand-in until the embed adapter (src/features/billing/embed/, branch billing-embed) is merged:
// the card form a merchant, a story or a test passes. Replaced by the adapter's PaymentMethodEmbed.
import type { ComponentType } from "react";

export interface PaymentMethodEmbedProps {
  setAsDefault?: boolean;
  onLoaded?: () => void;
  onConfirmed?: () => void;
  onSuccess?: (paymentMethodId: string) => void;
  onError?: (code: string) => void;
}

export function PaymentMethodEmbedSlot({ component: Embed, ...props }: PaymentMethodEmbedProps & { component?: ComponentType<PaymentMethodEmbedProps> }) {
  return Embed ? <Embed {...props} /> : null;
}
