import { composeStories, type composeStory } from "@storybook/react-vite";
import { describe, expect, test } from "vitest";
import { page, server } from "vitest/browser";
import bootstrapReboot from "./host-sheets/bootstrap-reboot.css?raw";
import hostile from "./host-sheets/hostile.css?raw";
import tailwindPreflight from "./host-sheets/tailwind-preflight.css?raw";
import viteReactIndex from "./host-sheets/vite-react-index.css?raw";

/** The visual project's iframe (vitest.config.ts): every story must fit in its height. */
const VIEWPORT_WIDTH = 1024;
const VIEWPORT_HEIGHT = 2400;

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

/** Stylesheets of the pages a merchant drops the kit into (host-sheets/README.md says whence). */
const HOST_SHEETS = {
  "Tailwind preflight": tailwindPreflight,
  "Bootstrap reboot": bootstrapReboot,
  "Vite React template": viteReactIndex,
  "a shop's element and descendant rules": hostile,
};

/** Runs a story as in Storybook (loaders with the mock Polar, decorators, its play function) and screenshots its frame. */
async function screenshotStory(story: ComposedStory, baseline: string, canvasElement: HTMLElement): Promise<void> {
  // A story of a page wider than the iframe (`pageWidth`) gets an iframe that wide for its run.
  const wide = Math.max(VIEWPORT_WIDTH, Number(story.parameters.pageWidth ?? 0));
  if (wide > VIEWPORT_WIDTH) await page.viewport(wide, VIEWPORT_HEIGHT);
  try {
    document.body.replaceChildren(canvasElement);
    await story.run({ canvasElement });
    const frame = canvasElement.querySelector<HTMLElement>(".pp-story");
    expect(frame, "the story rendered its frame").not.toBeNull();
    // An element screenshot cannot reach past the test iframe (it comes out blank there).
    const box = frame!.getBoundingClientRect();
    expect(box.bottom, "the story fits the screenshot viewport").toBeLessThanOrEqual(VIEWPORT_HEIGHT);
    expect(box.right, "the story fits the screenshot viewport").toBeLessThanOrEqual(wide);
    await expect.element(page.elementLocator(frame!)).toMatchScreenshot(baseline);
  } finally {
    if (wide > VIEWPORT_WIDTH) await page.viewport(VIEWPORT_WIDTH, VIEWPORT_HEIGHT);
  }
}

/**
 * One screenshot test per story of a stories file, compared with the baseline committed in
 * `__screenshots__/` (`npm run test:update-screenshots` rewrites them on purpose). The picture is
 * the state the story ends in.
 */
export function screenshotStories(file: string, module: StoryModule): void {
  describe(file, () => {
    for (const [name, story] of Object.entries(composeStories(module) as Record<string, ComposedStory>)) {
      test(name, () => screenshotStory(story, `${file}-${name}`, document.createElement("div")));
    }
  });
}

/**
 * The named stories again, each on a page carrying a host stylesheet (added after the kit's, so a
 * tie goes to the page), compared with the very baselines drawn without one: the page must not
 * change a pixel of the kit. The page keeps the baselines' container width; what it inherits and
 * what its element and descendant rules say are the point of the test.
 */
export function screenshotUnderHostSheets(file: string, module: StoryModule, names: readonly string[]): void {
  const stories = composeStories(module) as Record<string, ComposedStory>;
  // `--update` must only ever draw baselines from the kit alone: these would overwrite them.
  const updating = server.config.snapshotOptions.updateSnapshot === "all";
  describe(`${file} under a host page's stylesheet`, () => {
    for (const [sheet, css] of Object.entries(HOST_SHEETS)) {
      for (const name of names) {
        test.skipIf(updating)(`${name}, ${sheet}`, async () => {
          const story = stories[name];
          expect(story, `${file} has a story ${name}`).toBeDefined();
          const style = document.createElement("style");
          style.textContent = css;
          document.head.append(style);
          // The app's mount point, as Vite's template and most React pages have it. Its box (border,
          // padding, width) is pinned to the baselines' so the kit gets the same width to fill.
          const root = document.createElement("div");
          root.id = "root";
          root.className = "shop";
          root.style.cssText = "inline-size: auto; max-inline-size: none; margin: 0; padding: 0; border: 0";
          try {
            await screenshotStory(story!, `${file}-${name}`, root);
          } finally {
            style.remove();
          }
        });
      }
    }
  });
}
