import { composeStories, type composeStory } from "@storybook/react-vite";
import { describe, expect, test } from "vitest";
import { page } from "vitest/browser";

/** The visual project's iframe height (vitest.config.ts): every story must fit in it. */
const VIEWPORT_HEIGHT = 2400;

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

/**
 * One screenshot test per story of a stories file, compared with the baseline committed in
 * `__screenshots__/` (`npm run test:update-screenshots` rewrites them on purpose). A story runs
 * as in Storybook (loaders with the mock Polar, decorators, then its play function), so the
 * picture is the state the story ends in.
 */
export function screenshotStories(file: string, module: StoryModule): void {
  describe(file, () => {
    for (const [name, story] of Object.entries(composeStories(module) as Record<string, ComposedStory>)) {
      test(name, async () => {
        const canvasElement = document.createElement("div");
        document.body.replaceChildren(canvasElement);
        await story.run({ canvasElement });
        const frame = canvasElement.querySelector<HTMLElement>(".pp-story");
        expect(frame, "the story rendered its frame").not.toBeNull();
        // An element screenshot cannot reach past the test iframe (it comes out blank there).
        expect(frame!.getBoundingClientRect().bottom, "the story fits the screenshot viewport").toBeLessThanOrEqual(VIEWPORT_HEIGHT);
        await expect.element(page.elementLocator(frame!)).toMatchScreenshot(`${file}-${name}`);
      });
    }
  });
}
