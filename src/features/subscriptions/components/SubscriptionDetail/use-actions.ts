import { useRef, useState } from "react";
import { useUpdateSubscription, type CustomerSubscription, type SubscriptionUpdate } from "../data.js";

/** Starts a change made straight from the page, and what to say once Polar has saved it. */
export type Run = (update: SubscriptionUpdate, said: string) => void;

/**
 * The changes a subscription's page makes itself (take a cancel back, drop a scheduled change,
 * pause, resume): one mutation, its refusal, "Try again" with the same change, and the sentence
 * said in the page's live region once Polar has saved it.
 */
export function useActions(subscription: CustomerSubscription, onSaved: (saved: CustomerSubscription) => void) {
  const update = useUpdateSubscription(subscription.id);
  const [said, setSaid] = useState("");
  const last = useRef<[SubscriptionUpdate, string] | null>(null);
  const run: Run = (change, text) => {
    last.current = [change, text];
    setSaid("");
    update.mutate(change, {
      onSuccess: (saved) => {
        onSaved(saved);
        setSaid(text);
      },
    });
  };
  return {
    run,
    busy: update.isPending,
    error: update.error,
    retry: () => last.current && run(...last.current),
    dismiss: () => update.reset(),
    said,
    say: (text: string) => {
      update.reset();
      setSaid(text);
    },
  };
}
