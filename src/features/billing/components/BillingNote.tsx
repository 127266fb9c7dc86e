import { useEffect, useRef } from "react";
import type { BillingMessages } from "./labels.js";

export interface BillingNoteProps {
  messages: BillingMessages;
  /** The refusal's words (`failureText`). */
  text: string;
  /** Changes each time the same words are said again, so the note takes the focus again. */
  said?: unknown;
  onDismiss: () => void;
}

/**
 * A refused change, said at once (`role="alert"`) and focused, so a keyboard or screen reader user
 * is taken to it: what happened and what to do instead.
 */
export function BillingNote({ messages, text, said, onDismiss }: BillingNoteProps) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => note.current?.focus(), [said ?? text]);
  return (
    <div ref={note} className="pp-billing-refusal" role="alert" tabIndex={-1}>
      <p>{text}</p>
      <div className="pp-billing-refusal__actions">
        <button type="button" className="pp-button pp-billing-link" onClick={onDismiss}>
          {messages.billingRefusalDismiss}
        </button>
      </div>
    </div>
  );
}
