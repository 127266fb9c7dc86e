import type { Decorator, Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { PortalProvider } from "../src";
import { directionOf } from "../src/core/i18n/direction";
import "../src/core/styles.css";
import "../src/features/orders/styles/index.css";
import "../src/features/subscriptions/styles/index.css";
import "../src/features/billing/styles/index.css";
import "../src/portal/portal.css";
import { loadPolar, portal, releasePolar } from "./polar";
import "./preview.css";

/** Playwright (the story and visual tests) drives the browser: freeze motion for stable pixels. */
const underTest = typeof navigator !== "undefined" && navigator.webdriver;
// Play functions' findBy/waitFor return as soon as their check passes; under test the limit only
// has to outlast a busy CI machine, not measure speed.
if (underTest) configure({ asyncUtilTimeout: 5_000 });

const withPortal: Decorator = (Story, context) => {
  const { queryClient, server, token } = portal(context);
  const theme = context.globals.theme === "dark" ? "dark" : "light";
  const locale = String(context.globals.locale ?? "en-US");
  // The page around the kit: in the locale's direction, unless a story sets `pageDir` to show
  // the kit inside a page written the other way.
  const dir = (context.parameters.pageDir as string | undefined) ?? directionOf(locale);
  const width = context.parameters.portalWidth as number | undefined;
  // A page exactly this wide (its 1.5rem padding included), wider than the test frame if need be.
  const pageWidth = context.parameters.pageWidth as number | undefined;
  return (
    <PortalProvider
      token={token}
      server={server}
      queryClient={queryClient}
      locale={locale}
      timeZone="UTC"
      messages={context.parameters.messages}
    >
      <div
        className="pp-story"
        data-theme={theme}
        data-test={underTest ? "" : undefined}
        dir={dir}
        lang={context.parameters.pageDir ? "en" : locale}
        style={pageWidth ? { inlineSize: pageWidth } : width ? { maxInlineSize: width } : undefined}
      >
        <Story />
      </div>
    </PortalProvider>
  );
};

const preview: Preview = {
  loaders: [loadPolar],
  beforeEach(context) {
    const loaded = portal(context);
    return () => releasePolar(loaded);
  },
  decorators: [withPortal],
  globalTypes: {
    theme: {
      description: "Colour theme of the portal",
      toolbar: { title: "Theme", icon: "mirror", items: ["light", "dark"], dynamicTitle: true },
    },
    locale: {
      description: "Locale for numbers, dates, country names (ar and he read right to left)",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en-US", title: "English (US)" },
          { value: "de-DE", title: "Deutsch" },
          { value: "fr-FR", title: "Français" },
          { value: "ja-JP", title: "日本語" },
          { value: "ar-EG", title: "العربية (RTL)" },
          { value: "he-IL", title: "עברית (RTL)" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "en-US" },
  parameters: {
    layout: "fullscreen",
    // An axe violation fails the story's test.
    a11y: { test: "error" },
  },
  tags: ["autodocs"],
};

export default preview;
