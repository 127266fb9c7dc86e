import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { autoDarkPalettePlugin } from "./scripts/build-css.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";
import { embedCommands } from "./test/browser/embed/commands.js";

/**
 * A new provider and browser settings for each browser project: one object shared by two
 * projects made tests run under the wrong project.
 */
function chromium(viewport: { width: number; height: number }, widest = viewport.width) {
  return {
    enabled: true,
    headless: true,
    viewport,
    provider: playwright({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      },
      contextOptions: {
        // The page holds the test iframe (sized by `viewport`); a page smaller than the iframe
        // would scale it down and blur every screenshot; `widest` is the widest a test makes it.
        viewport: { width: widest + 256, height: viewport.height + 256 },
        // The same pixels on every machine: no HiDPI, no OS dark mode, one clock zone.
        deviceScaleFactor: 1,
        colorScheme: "light",
        reducedMotion: "reduce",
        locale: "en-US",
        timezoneId: "UTC",
      },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}

export default defineConfig({
  // The unit and visual projects; the storybook project takes Storybook's own (.storybook/main.ts).
  plugins: [react(), autoDarkPalettePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/browser/**", "test/examples/**"],
          setupFiles: ["test/setup.ts"],
          // Type tests (`*.test-d.ts(x)`, expectTypeOf) are compiled by tsc, never run. Vitest
          // then also reports type errors anywhere in tsconfig.json's files.
          typecheck: { enabled: true, include: ["test/**/*.test-d.{ts,tsx}"] },
          // The fuzz and long-select tests take 2–3 s alone and twice that while Chromium runs
          // the other projects on two cores: the time limit only catches hangs, never speed.
          testTimeout: 30_000,
        },
      },
      {
        // Every story is a test: it renders in Chromium, its play function runs, and axe checks it
        // (an accessibility violation fails it: parameters.a11y.test = "error").
        plugins: [storybookTest({ configDir: ".storybook" })],
        test: {
          name: "storybook",
          browser: chromium({ width: 1024, height: 768 }),
          testTimeout: 30_000,
        },
      },
      {
        // Every story screenshotted and compared with the baselines in
        // test/browser/__screenshots__ (`npm run test:update-screenshots` refreshes them).
        extends: true,
        publicDir: ".storybook/public",
        test: {
          name: "visual",
          include: ["test/browser/**/*.visual.test.{ts,tsx}"],
          setupFiles: ["test/browser/visual.setup.ts"],
          browser: {
            // Widths.stories.tsx widens the iframe to its 1,600 px page for that story alone.
            ...chromium({ width: 1024, height: 2400 }, 1600),
            // Playwright's request interception from the tests: the stand-in for Polar's card embed
            // page served in its place, and every other request leaving the machine refused.
            commands: embedCommands,
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                // Runs here are byte-identical; the few pixels allowed absorb anti-aliasing noise,
                // while a one-pixel border, a colour or a moved word is far above it.
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 20 },
                // How long two equal screenshots in a row may take: a limit on hangs, not on speed
                // (5 s was too short on a loaded two-core machine for the longest stories).
                timeout: 20_000,
              },
            },
          },
          testTimeout: 30_000,
        },
      },
      {
        // The example apps built from the packed kit and driven in Chromium
        // (test/examples/examples.test.ts). After the other projects, not beside them: its
        // installs and `next build` would take the two cores the screenshot tests run on.
        test: {
          name: "examples",
          environment: "node",
          include: ["test/examples/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          // npm ci and next build take about two minutes on two cores; the limits only catch hangs.
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
