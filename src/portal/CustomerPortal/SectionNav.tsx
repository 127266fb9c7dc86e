import { useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import type { PortalLocation } from "../sections/types.js";

export interface NavItem {
  id: string;
  label: ReactNode;
  /** The id of the tab, which its panel is labelled by (tabs only). */
  tabId: string;
}

interface SectionNavProps {
  items: readonly NavItem[];
  current: string | undefined;
  /** The navigation's accessible name. */
  label: string;
  /** The panel the tabs control (tabs only). */
  panelId: string;
  /** The link of a section (the merchant's router owns the URL): links; without it, tabs. */
  hrefOf?: (to: PortalLocation) => string;
  dir: string | undefined;
  open(section: string): void;
}

/**
 * The way between the portal's sections. When the merchant's router owns the URL, links in a
 * `<nav>` (the current one `aria-current="page"`; a plain click opens it in place and reports it,
 * a new tab follows the link); otherwise tabs over one panel, as WAI-ARIA's tabs pattern has them:
 * one tab stop, arrow keys (mirrored right to left), Home and End move between tabs, Enter or
 * Space opens one (manual activation: a section loads only when asked for).
 */
export function SectionNav({ items, current, label, panelId, hrefOf, dir, open }: SectionNavProps) {
  const list = useRef<HTMLDivElement | null>(null);
  if (hrefOf) {
    const click = (id: string) => (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(id);
    };
    return (
      <nav className="pp-portal__nav" aria-label={label}>
        <ul className="pp-portal__tabs">
          {items.map((item) => (
            <li key={item.id} className="pp-portal__item">
              <a
                className="pp-portal__tab"
                href={hrefOf({ section: item.id, view: null })}
                aria-current={item.id === current ? "page" : undefined}
                onClick={click(item.id)}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    );
  }

  const keyDown = (event: KeyboardEvent) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const backward = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    const next =
      event.key === forward ? (at + 1) % tabs.length
      : event.key === backward ? (at - 1 + tabs.length) % tabs.length
      : event.key === "Home" ? 0
      : event.key === "End" ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    tabs[next]!.focus();
  };
  // With no tab selected (a section hidden from a member), the first one is the tab stop.
  const stop = items.some((item) => item.id === current) ? current : items[0]?.id;
  return (
    <div ref={list} className="pp-portal__tabs" role="tablist" aria-label={label} onKeyDown={keyDown}>
      {items.map((item) => (
        <button
          key={item.id}
          id={item.tabId}
          type="button"
          role="tab"
          className="pp-portal__tab"
          aria-selected={item.id === current}
          aria-controls={item.id === current ? panelId : undefined}
          tabIndex={item.id === stop ? 0 : -1}
          onClick={() => open(item.id)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
