// How the portal formats numbers and dates. Fixed on the server and handed to the provider, so the
// server's HTML and the browser's first render agree whatever the time zone and language of either
// machine (otherwise a date near midnight differs and React refuses the server's HTML). A real shop
// might take them from the customer's profile or a cookie instead.
export const LOCALE = "en-US";
export const TIME_ZONE = "Europe/Berlin";

/** The base URL the browser's portal talks to: this app's own proxy to Polar (app/api/polar). */
export const POLAR_PROXY = "/api/polar";

/** The portal's sections, in the order its tabs show them: each is the first part of its URLs. */
export const SECTIONS = ["subscriptions", "orders", "billing"] as const;
export type Section = (typeof SECTIONS)[number];
export const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);
