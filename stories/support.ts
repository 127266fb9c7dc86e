// Small helpers the stories share: the mock's settings in a typed shape, and the waits a play
// function needs before it looks at a component.
import { expect, waitFor } from "storybook/test";
import type { PolarStoryParameters } from "../.storybook/polar";

export { portal } from "../.storybook/polar";

/** `parameters` of a story that configures its mock Polar. */
export function polar(settings: PolarStoryParameters): { polar: PolarStoryParameters } {
  return { polar: settings };
}

/** A first answer, even with the slow-network latency, comes within this. */
const LOADED = { timeout: 5_000 };

/** Retries (1 s, 2 s, 4 s backoff) finish well within this. */
export const AFTER_RETRIES = { timeout: 15_000 };

/** Waits until the component under `selector` has loaded its order and shows it. */
export async function ready(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  let root: HTMLElement | null = null;
  await waitFor(() => {
    root = canvasElement.querySelector<HTMLElement>(`${selector}:not([data-state="loading"], [data-state="error"])`);
    expect(root).not.toBeNull();
  }, LOADED);
  return root!;
}
