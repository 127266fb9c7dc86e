import { forwardRef, useCallback, useId, useMemo, useRef, useState } from "react";
import type { CustomerOrder, HeadingLevel, ListOrdersParams } from "../../features/orders/index.js";
import { useFeatureMessages } from "../../core/i18n/use-messages.js";
import { cx } from "../../core/shell/class-names.js";
import { PortalErrorBoundary } from "../../core/shell/ErrorBoundary.js";
import { LoadingSkeleton } from "../../core/shell/LoadingSkeleton.js";
import type { RootAttributes, RootProps } from "../../core/shell/root-props.js";
import { splitProps, useMissingProvider, useRoot, type OwnProps } from "../../core/shell/shell.js";
import { useControllable } from "../../core/shell/use-controllable.js";
import { portalMessages } from "../messages/portal.js";
import { ordersSection } from "../sections/orders.js";
import type { PortalLocation, PortalSection, PortalSectionProps } from "../sections/types.js";
import { SectionNav, type NavItem } from "./SectionNav.js";
import { useBillingGate } from "./use-billing-gate.js";

export interface CustomerPortalProps {
  /**
   * The sections, in their order: `[subscriptionsSection(), ordersSection()]`, the kit's with
   * options, or sections of your own. Default: the orders alone. With more than one, a navigation
   * between them. Import only the sections you show: a page ships those alone.
   */
  sections?: readonly PortalSection[];
  /** The section shown (controlled: your router's), by its `id`. Leave it out and the portal keeps its own. */
  section?: string;
  /** The section shown first when the portal keeps its own (default: the first the customer may see). */
  defaultSection?: string;
  /** What is open in the section (controlled): an order's or a subscription's id, `null` for its list. */
  view?: string | null;
  /** What is open first when the portal keeps its own (default: the section's list). */
  defaultView?: string | null;
  /** Called with where the customer goes: another section (its list), a view, back to a list. */
  onNavigate?(to: PortalLocation): void;
  /**
   * The URL of a place in the portal (your router's): the sections' navigation and the lists' rows
   * become real links. A plain click stays in the page and calls `onNavigate`; a new tab or a
   * copied address follows the link. Without it, tabs and buttons that open things in place.
   */
  getHref?(to: PortalLocation): string;
  /** The level of each section's heading; what a section shows takes the next ones. Default 2. */
  headingLevel?: HeadingLevel;
  className?: string;
  // 0.3's props, for the orders alone (no `sections`): they keep working as they did.
  /** @deprecated Use `view` (an order's id, `null` for the list). */
  orderId?: string | null;
  /** @deprecated Use `defaultView`. */
  defaultOrderId?: string | null;
  /** @deprecated Use `onNavigate` (`to.view` is the order's id, `null` for the list). */
  onOrderChange?(orderId: string | null): void;
  /** @deprecated Use `ordersSection({ listParams })`. */
  listParams?: ListOrdersParams;
  /** @deprecated Use `ordersSection({ defaultListParams })`. */
  defaultListParams?: ListOrdersParams;
  /** @deprecated Use `ordersSection({ onListParamsChange })`. */
  onListParamsChange?(params: ListOrdersParams): void;
  /** @deprecated Use `getHref`, or `ordersSection({ getOrderHref })` for links the portal does not follow itself. */
  getOrderHref?(order: CustomerOrder): string;
  /** @deprecated Use `ordersSection({ editableBilling })`. */
  editableBilling?: boolean;
}

const OWN_PROPS: OwnProps<CustomerPortalProps> = {
  sections: true,
  section: true,
  defaultSection: true,
  view: true,
  defaultView: true,
  onNavigate: true,
  getHref: true,
  headingLevel: true,
  className: true,
  orderId: true,
  defaultOrderId: true,
  onOrderChange: true,
  listParams: true,
  defaultListParams: true,
  onListParamsChange: true,
  getOrderHref: true,
  editableBilling: true,
};

/**
 * 0.3's props in 0.4's terms: with no `sections`, the orders section takes the list's props and
 * the place takes the order's, so a 0.3 portal renders and routes as it did.
 */
function fromOrdersProps(props: CustomerPortalProps): CustomerPortalProps {
  if (props.sections) return props;
  const { orderId, defaultOrderId, onOrderChange, listParams, defaultListParams, onListParamsChange, getOrderHref, editableBilling } = props;
  return {
    ...props,
    sections: [ordersSection({ listParams, defaultListParams, onListParamsChange, getOrderHref, editableBilling })],
    view: props.view !== undefined ? props.view : orderId,
    defaultView: props.defaultView !== undefined ? props.defaultView : defaultOrderId,
    onNavigate:
      onOrderChange || props.onNavigate
        ? (to) => {
            props.onNavigate?.(to);
            onOrderChange?.(to.view);
          }
        : undefined,
  };
}

/**
 * The customer portal on one page: its sections (the orders by default; subscriptions; your own),
 * a navigation between them, and in each a list and what the customer opens from it. Where the
 * customer is stays the portal's own by default; pass `section`, `view`, `onNavigate` (and
 * `getHref`) to let your router own the URL. Billing sections are hidden from a plain member.
 *
 * Root: `.pp-portal` with `data-section` (the section's id) and `data-view` (`list` | `detail`).
 */
export const CustomerPortal = forwardRef<HTMLElement, CustomerPortalProps & RootAttributes<CustomerPortalProps>>(function CustomerPortal(all, ref) {
  const [props, rest] = splitProps(all, OWN_PROPS);
  // The portal loads nothing of its own (its parts load theirs): a boundary and a root, no shell.
  // Not a `pp-root`: its parts are, and its own title, navigation and back button keep their own styles.
  const root = useRoot(cx("pp-portal", props.className), rest, ref);
  return (
    <PortalErrorBoundary root={root} resetKeys={[props.section, props.view, props.orderId]}>
      <PortalGate props={props} root={root} />
    </PortalErrorBoundary>
  );
});
CustomerPortal.displayName = "CustomerPortal";

function PortalGate({ props, root }: { props: CustomerPortalProps; root: RootProps }) {
  return useMissingProvider("CustomerPortal", root) ?? <PortalView props={props} root={root} />;
}

function PortalView({ props: given, root }: { props: CustomerPortalProps; root: RootProps }) {
  const messages = useFeatureMessages(portalMessages);
  const props = fromOrdersProps(given);
  const sections = props.sections!;
  const access = useBillingGate(sections.some((section) => section.billing));
  const [sectionId, setSection] = useControllable<string | undefined>(props.section, props.defaultSection, undefined);
  // The portal's own view belongs to the section it was opened in (`undefined`: the first shown):
  // a router that moves the section alone does not carry an order's id into the subscriptions.
  const [own, setOwn] = useState<{ section: string | undefined; view: string | null }>({ section: props.defaultSection, view: props.defaultView ?? null });
  const first = useRef<string | undefined>(undefined);
  const ids = useId();

  // The merchant's callbacks are often written inline: read the latest, so that what the sections
  // get stays the same from render to render and their memoised rows do not render again.
  const latest = useRef(props);
  latest.current = props;
  const go = useCallback(
    (to: PortalLocation) => {
      setSection(to.section);
      setOwn(to);
      latest.current.onNavigate?.(to);
    },
    [setSection, setOwn],
  );
  const linked = Boolean(props.getHref);

  // Billing sections show once the session is known not to be a plain member's.
  const visible = sections.filter((section) => !section.billing || access === true);
  const requested = sections.find((section) => section.id === sectionId);
  const current = requested ?? (access === undefined ? sections[0] : visible[0]);
  first.current ??= current?.id;
  const view = props.view !== undefined ? props.view : (own.section ?? first.current) === current?.id ? own.view : null;
  const place = useMemo(() => {
    const made = new Map<string, Pick<PortalSectionProps, "navigate" | "hrefOf">>();
    return (section: string) => {
      let found = made.get(section);
      if (!found) {
        const hrefOf = linked ? (next: string) => latest.current.getHref!({ section, view: next }) : undefined;
        made.set(section, (found = { navigate: (next: string | null) => go({ section, view: next }), hrefOf }));
      }
      return found;
    };
  }, [go, linked]);

  const level = props.headingLevel ?? 2;
  const panelId = `${ids}panel`;
  const items: NavItem[] = visible.map((section) => ({
    id: section.id,
    label: section.label,
    tabId: `${ids}tab-${section.id}`,
  }));
  const tabs = sections.length > 1;
  const shown = !current || current.billing && access === false ? null : current;
  const tabId = tabs && !linked && shown && visible.includes(shown) ? `${ids}tab-${shown.id}` : undefined;

  const content =
    !shown ? <p className="pp-portal__notice">{messages.portalBillingOnly}</p>
    : shown.billing && access === undefined ? <LoadingSkeleton root={{ className: "pp-root" }} />
    : shown.render({
        view,
        ...place(shown.id),
        headingLevel: level,
        sectionOf: (other) => {
          const found = visible.find((section) => section.id === other);
          return found && { ...place(other), notice: found.notice };
        },
      });

  return (
    <div {...root} data-section={shown?.id} data-view={view ? "detail" : "list"}>
      {tabs && (
        <SectionNav
          items={items}
          current={shown?.id}
          label={messages.portalSections}
          panelId={panelId}
          hrefOf={props.getHref}
          dir={root.dir}
          open={(section) => go({ section, view: null })}
        />
      )}
      {tabId ? (
        <div className="pp-portal__panel" role="tabpanel" id={panelId} aria-labelledby={tabId}>
          {content}
        </div>
      ) : (
        content
      )}
    </div>
  );
}
