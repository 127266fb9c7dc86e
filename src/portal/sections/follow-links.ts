import type { MouseEvent } from "react";

/**
 * A plain click on one of the section's links (`selector`, inside an element carrying the view
 * as `attribute`) opens that view in place through `navigate`, which the merchant's router
 * follows (`onNavigate`); a new tab, a copied address or a modified click still follow the link.
 */
export function followLinks(selector: string, attribute: string, navigate: (view: string) => void) {
  return (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>(selector);
    const view = link?.closest(`[${attribute}]`)?.getAttribute(attribute);
    if (!link || !view || (link.target && link.target !== "_self")) return;
    event.preventDefault();
    navigate(view);
  };
}
