import type { StorybookConfig } from "@storybook/react-vite";
import { autoDarkPalettePlugin } from "../scripts/build-css.mjs";

/**
 * `npm start` against a real Polar server instead of the mock (dev server only):
 *   STORYBOOK_POLAR_TOKEN=polar_cst_...      a customer session token made by your server
 *   STORYBOOK_POLAR_SERVER=sandbox           production | sandbox | a base URL (default sandbox)
 *   STORYBOOK_POLAR_ORDER_ID=<uuid>          an order of that customer
 * The values are taken out of process.env here, before Storybook and Vite read it: Storybook
 * otherwise inlines every STORYBOOK_* variable into the bundle, and a session token must never
 * end up in a static build.
 */
const live = {
  token: process.env.STORYBOOK_POLAR_TOKEN,
  server: process.env.STORYBOOK_POLAR_SERVER || "sandbox",
  orderId: process.env.STORYBOOK_POLAR_ORDER_ID,
};
delete process.env.STORYBOOK_POLAR_TOKEN;
delete process.env.STORYBOOK_POLAR_SERVER;
delete process.env.STORYBOOK_POLAR_ORDER_ID;

const config: StorybookConfig = {
  framework: "@storybook/react-vite",
  stories: ["../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest", "msw-storybook-addon"],
  // The msw service worker (`npx msw init .storybook/public --no-save`); kept out of a root
  // public/ so it never lands in the library's dist/.
  staticDirs: ["./public"],
  // react-docgen-typescript crashes with TypeScript 7; react-docgen reads the props just as well.
  typescript: { reactDocgen: "react-docgen" },
  core: { disableTelemetry: true },
  // A newcomer opens the kit's own stories, not Storybook's getting-started checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig, { configType }) {
    const serveLive = configType === "DEVELOPMENT" && !process.env.VITEST && Boolean(live.token && live.orderId);
    if (configType !== "DEVELOPMENT" && live.token) {
      console.warn("storybook: STORYBOOK_POLAR_TOKEN is ignored outside `storybook dev`; the static build uses the mock.");
    }
    return {
      ...viteConfig,
      // The source stylesheet (preview.tsx imports it) with the data-theme="auto" palette, as in dist/.
      plugins: [...(viteConfig.plugins ?? []), autoDarkPalettePlugin()],
      define: { ...viteConfig.define, __POLAR_LIVE__: JSON.stringify(serveLive ? live : null) },
    };
  },
};

export default config;
