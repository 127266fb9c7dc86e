import { expect, test } from "vitest";

// Screenshots are taken per stories file (one test file each, so they run in parallel): a new
// stories file without its visual test file would go unscreenshotted.
test("every stories file has a visual test file", () => {
  const name = (path: string, suffix: RegExp) => path.replace(/^.*\//, "").replace(suffix, "");
  const stories = Object.keys(import.meta.glob("../../stories/*.stories.tsx")).map((path) => name(path, /\.stories\.tsx$/));
  const visual = Object.keys(import.meta.glob("./*.visual.test.tsx")).map((path) => name(path, /\.visual\.test\.tsx$/));
  expect(stories.length).toBeGreaterThan(0);
  expect(visual.sort()).toEqual(stories.sort());
});
