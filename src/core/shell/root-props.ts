import type { HTMLAttributes, Ref } from "react";

/**
 * Attributes a component passes to its root element, as Radix parts do: `id`, `style`, `title`,
 * `data-*`, `aria-*`, event handlers... (less the names the component uses for its own props).
 */
export type RootAttributes<Own> = Omit<HTMLAttributes<HTMLElement>, keyof Own | "children" | "dangerouslySetInnerHTML">;

/** What a component's root element gets: the merchant's attributes, the merged class name and the ref. */
export interface RootProps extends HTMLAttributes<HTMLElement> {
  className: string;
  // The root is an <article>, a <div> or a <form> depending on the state shown; the merchant's ref
  // is typed HTMLElement, which a RefObject of any one of them would not accept.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ref?: Ref<any>;
}
