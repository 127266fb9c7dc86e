import type { ReactNode } from "react";
import type { HeadingLevel } from "../../features/orders/index.js";

/** Where the portal is: a section, and what is open in it (an order's id...) or `null` for its list. */
export interface PortalLocation {
  section: string;
  view: string | null;
}

/** What the portal gives the section it shows. */
export interface PortalSectionProps {
  /** What is open in the section (an order's or a subscription's id), or `null` for its list. */
  view: string | null;
  /** Opens a view of this section, or its list (`null`). */
  navigate(view: string | null): void;
  /** The link of a view, when the merchant's router owns the URL (the portal's `getHref`). */
  hrefOf?: (view: string) => string;
  /** The level of the section's heading; what it shows inside takes the next ones. */
  headingLevel: HeadingLevel;
  /**
   * Another section of the portal, to open a place in it (a subscription's invoice in the orders
   * section): its `navigate` and `hrefOf`, or `undefined` when this customer has no such section.
   */
  sectionOf(id: string): PortalPlace | undefined;
}

/** Another section of the portal, as a section sees it: how to go there, and what it says elsewhere. */
export interface PortalPlace extends Pick<PortalSectionProps, "navigate" | "hrefOf"> {
  /** What that section asks to show in other sections' lists (the billing section: a failed payment). */
  notice?: PortalSection["notice"];
}

/**
 * A section of `<CustomerPortal>`: the kit's (`ordersSection()`, `subscriptionsSection()`), or
 * the merchant's own (`{ id: "support", label: "Support", render: () => <Support /> }`).
 */
export interface PortalSection {
  /** Unique in the portal and stable: it is the section's part of the URL when a router owns it. */
  id: string;
  /** The words of its tab or link (the kit's sections render their words from the messages). */
  label: ReactNode;
  /**
   * A billing feature (orders, payment methods): hidden from a member of a team who is neither
   * its owner nor a billing manager, whom Polar refuses ("Only owners and billing managers can
   * access billing features."), and never asked for until the session is known not to be one.
   */
  billing?: boolean;
  /** The section's content. Called as a function, so a section made inline keeps its state. */
  render(props: PortalSectionProps): ReactNode;
  /**
   * What the section asks another to show above its list, when the portal has both and this
   * customer may see this one (the billing section's failed payment above the subscriptions). The
   * other section renders it, so its code comes only with the section that owns it.
   */
  notice?(props: { headingLevel: HeadingLevel }): ReactNode;
}
