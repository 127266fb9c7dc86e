import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "../shell/class-names.js";

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<"div">, "title" | "children"> {
  /** The BEM block its classes hang from: `pp-orders-table` gives `pp-orders-table__empty`, `__empty-title`, `__empty-text`. */
  block: string;
  /** What is (not) there, in a few words: "You have no orders yet." */
  title: string;
  /** The sentence under it: why, or what to do. */
  text?: string;
  /** The way out, when there is one (a "Clear filters" button). */
  action?: ReactNode;
}

/**
 * A list with nothing to show: a title, a sentence and, where the customer can change that, an
 * action. Not a heading (the merchant's page owns the outline): a short line of its own weight.
 */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState({ block, title, text, action, className, ...props }, ref) {
  return (
    <div data-slot="empty-state" {...props} ref={ref} className={cx(`${block}__empty`, className)}>
      <p className={`${block}__empty-title`}>{title}</p>
      {text && <p className={`${block}__empty-text`}>{text}</p>}
      {action}
    </div>
  );
});
