/// <reference types="vite/client" />
/// <reference types="msw-storybook-addon/csf3" />

/** Set by .storybook/main.ts for `storybook dev` with STORYBOOK_POLAR_TOKEN; null (or absent) otherwise. */
declare const __POLAR_LIVE__: { token: string; server: string; orderId: string } | null | undefined;
