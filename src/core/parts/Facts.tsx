import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";

/** A list of label/value rows (`<dl>`), each a `Fact`. */
export const Facts = forwardRef<HTMLDListElement, ComponentPropsWithoutRef<"dl">>(function Facts(props, ref) {
  return <dl data-slot="facts" {...props} ref={ref} />;
});

export interface FactProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  label: ReactNode;
  children: ReactNode;
  /** Attributes of the value (`<dd>`), which the stylesheet or a test may key on. */
  valueProps?: ComponentPropsWithoutRef<"dd"> & { [data: `data-${string}`]: string | undefined };
}

/** One row of `Facts`: a `<dt>` and its `<dd>`, grouped in a `<div>` so a row styles as one. */
export const Fact = forwardRef<HTMLDivElement, FactProps>(function Fact({ label, children, valueProps, ...props }, ref) {
  return (
    <div data-slot="fact" {...props} ref={ref}>
      <dt>{label}</dt>
      <dd {...valueProps}>{children}</dd>
    </div>
  );
});
