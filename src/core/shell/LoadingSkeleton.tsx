import type { ReactNode } from "react";
import { cx } from "./class-names.js";
import type { RootProps } from "./root-props.js";
import { useSafeMessages } from "./use-safe-messages.js";

export interface LoadingSkeletonProps {
  /** Placeholder bars to draw; pick roughly the height of what will replace them. Default 4. */
  lines?: number;
  /** The component's root attributes (class names, ref, the merchant's id, data-* ...). */
  root?: RootProps;
  /** What assistive technology announces; the `loading` message by default. */
  label?: ReactNode;
}

/**
 * The placeholder shown while an order loads. `aria-busy="true"` tells assistive technology the
 * region is not ready yet; the visually hidden label says what it is waiting for.
 */
export function LoadingSkeleton({ lines = 4, root, label }: LoadingSkeletonProps) {
  const messages = useSafeMessages();
  return (
    <div {...root} className={cx("pp-skeleton", root?.className)} aria-busy="true" data-state="loading">
      <span className="pp-visually-hidden" role="status">
        {label ?? messages.loading}
      </span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="pp-skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}
