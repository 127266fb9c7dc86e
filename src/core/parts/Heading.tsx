import { forwardRef, type ComponentPropsWithoutRef } from "react";

export interface HeadingProps extends ComponentPropsWithoutRef<"h2"> {
  /** 1 to 6; a level out of range is clamped, so a merchant's deep page still gets a heading. */
  level: number;
}

/** An `h1`–`h6` by number: a component's sections sit one level under its title, wherever the merchant puts it. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading({ level, ...props }, ref) {
  const Tag = `h${Math.min(Math.max(level, 1), 6)}` as "h2";
  return <Tag data-slot="heading" {...props} ref={ref} />;
});
