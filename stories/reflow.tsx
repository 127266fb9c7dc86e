// Reflow checks the stories share (WCAG 1.4.10 at 320 px, and 1.4.4 text at 200 %).
import type { CSSProperties, ReactNode } from "react";

/** Every box or line of text inside `root` that sticks out of its content box sideways (a page that would scroll at this width). */
export function overflowing(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  const style = getComputedStyle(root);
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const found: string[] = [];
  // Text for screen readers only (clipped to nothing: the row's date after its product name) is
  // not on the screen, wherever its box lies.
  const clipped = (element: Element | null) => Boolean(element?.closest(".pp-visually-hidden"));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (clipped(node instanceof Element ? node : node.parentElement)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = node instanceof Element ? node.getBoundingClientRect() : range.getBoundingClientRect();
    if (rect.width > 0 && (rect.left < left - 0.5 || rect.right > right + 0.5)) {
      found.push(`${node.nodeName} ${Math.round(rect.left - left)}..${Math.round(rect.right - left)}: ${node.textContent?.slice(0, 30)}`);
    }
  }
  return found;
}

/** Text at 200 % (the browser's text zoom, as WCAG 1.4.4 asks), by the kit's own font-size variable. */
export const largeText = (Story: () => ReactNode) => <div style={{ "--pp-font-size": "2rem" } as CSSProperties}>{Story()}</div>;

/**
 * Every word inside `root` that the layout split across two lines ("Statu / s"): a word must wrap
 * whole. Words are the locale's own (Intl.Segmenter), so Japanese may still wrap between words.
 */
export function brokenWords(root: HTMLElement, locale = "en"): string[] {
  const words = new Intl.Segmenter(locale, { granularity: "word" });
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { segment, index, isWordLike } of words.segment(node.textContent ?? "")) {
      if (!isWordLike) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + segment.length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
      if (lines.size > 1) found.push(segment);
    }
  }
  return found;
}
