// What a screen reader gets from Chromium, read from the browser's own accessibility tree (over
// the DevTools protocol), and the kit in forced colours: what neither the DOM nor axe shows.
// A `.ts` file beside the per-stories `.visual.test.tsx` files: it screenshots no stories file of
// its own (coverage.visual.test.ts pairs those).
import { composeStories, type composeStory } from "@storybook/react-vite";
import { afterEach, describe, expect, test, vi } from "vitest";
import { cdp, page } from "vitest/browser";
import * as formStories from "../../stories/BillingAddressForm.stories";
import * as detailStories from "../../stories/OrderDetail.stories";
import * as itemStories from "../../stories/OrderItemsTable.stories";

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
}

type ComposedStory = ReturnType<typeof composeStory>;

const detail = composeStories(detailStories) as Record<string, ComposedStory>;
const form = composeStories(formStories) as Record<string, ComposedStory>;
const items = composeStories(itemStories) as Record<string, ComposedStory>;

/** Runs a story (loaders, decorators, play) into the page, as the screenshot tests do, and waits for `until`. */
async function run(story: ComposedStory, until = '[data-state]:not([data-state="loading"])'): Promise<HTMLElement> {
  const canvasElement = document.createElement("div");
  document.body.replaceChildren(canvasElement);
  await story.run({ canvasElement });
  await vi.waitFor(() => expect(canvasElement.querySelector(until)).not.toBeNull());
  return canvasElement;
}

/** The test frame's accessibility tree, as Chromium gives it to screen readers (ignored nodes left out). */
async function axTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send("Page.getFrameTree")) as { frameTree: { childFrames?: { frame: { id: string } }[] } };
  const frameId = frameTree.childFrames?.[0]?.frame.id;
  const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId })) as { nodes: AXNode[] };
  return nodes.filter((node) => !node.ignored);
}

const role = (nodes: AXNode[], name: string) => nodes.filter((node) => node.role?.value === name);
const names = (nodes: AXNode[]) => nodes.map((node) => node.name?.value ?? "");
const property = (node: AXNode, name: string) => node.properties?.find((entry) => entry.name === name)?.value.value;

describe("what a screen reader gets", () => {
  test("a stacked items table is still a table, named by what it lists, and its cells do not repeat their headers", async () => {
    const root = await run(items.Narrow!);
    // The narrow layout is on: each cell shows its column's name as a visual label.
    const amount = root.querySelector<HTMLElement>("tbody td[data-label]")!;
    expect(getComputedStyle(amount, "::before").content).toContain("Period");
    const nodes = await axTree();
    expect(names(role(nodes, "table"))).toEqual(["2 items"]);
    expect(names(role(nodes, "columnheader"))).toEqual(["Item", "Period", "Amount", "Tax"]);
    expect(names(role(nodes, "cell"))).toEqual([
      "Mar 15 – Apr 14, 2026",
      "$48.33",
      "$3.87",
      "Mar 15 – Apr 14, 2026",
      "-$18.37",
      "-$1.47",
      "$29.96",
      "$2.40",
      "$32.36",
    ]);
    expect(names(role(nodes, "rowheader")).slice(-2)).toEqual(["Subtotal", "Total"]);
    // The footer's spans, stated where the stacked layout drops the table's own geometry.
    const total = [...root.querySelectorAll("tfoot .pp-items-table__total > *")];
    expect(total.map((cell) => [cell.getAttribute("colspan"), cell.getAttribute("aria-colspan")])).toEqual([
      ["2", "2"],
      ["2", "2"],
    ]);
  });

  test("the status badge is read with its label; an unknown status and billing reason as words", async () => {
    await run(detail.UnknownStatus!);
    const texts = names(role(await axTree(), "StaticText"));
    const at = texts.findIndex((text) => text.trim() === "Status");
    expect(texts.slice(0, 8)).toContain("Disputed");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(texts[at + 1]).toBe("Disputed");
    expect(texts).toContain("Subscription seats change");
    expect(texts.join(" ")).not.toMatch(/_/);
  });

  test("after a save by keyboard, the button is back with focus and no expanded state, and the success is in a status", async () => {
    await run(detail.EditBillingByKeyboard!);
    const nodes = await axTree();
    const button = role(nodes, "button").find((node) => node.name?.value === "Edit billing details")!;
    expect(property(button, "focused")).toBe(true);
    expect(property(button, "expanded")).toBeUndefined();
    const status = role(nodes, "status").map((node) => [node.name?.value, property(node, "live")]);
    expect(status).toContainEqual(["", "polite"]);
    expect(names(role(nodes, "StaticText"))).toContain("Billing details saved.");
    expect(role(nodes, "form")).toEqual([]);
  });

  test("client-side errors come as one alert with their count, each a link, focus on the first field", async () => {
    await run(form.MissingFields!);
    const nodes = await axTree();
    const [alert] = role(nodes, "alert");
    expect(alert).toBeDefined();
    expect(property(alert!, "live")).toBe("assertive");
    expect(names(role(nodes, "link"))).toEqual(["Enter the billing name.", "Enter the city."]);
    expect(names(role(nodes, "StaticText"))).toContain("2 fields need a correction:");
    const name = role(nodes, "textbox").find((node) => node.name?.value === "Billing name")!;
    expect(property(name, "focused")).toBe(true);
    expect(property(name, "invalid")).toBe("true");
  });
});

describe("forced colours", () => {
  // These replace every emulated feature: the screenshots' own (light, reduced motion) go with them.
  const emulate = (forced: "active" | "none") =>
    cdp().send("Emulation.setEmulatedMedia", {
      features: [
        { name: "forced-colors", value: forced },
        { name: "prefers-reduced-motion", value: "reduce" },
        { name: "prefers-color-scheme", value: "light" },
      ],
    });
  afterEach(() => emulate("none"));

  async function screenshotForced(story: ComposedStory, name: string, until?: string) {
    await emulate("active");
    const root = await run(story, until);
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
    await expect.element(page.elementLocator(root.querySelector(".pp-story")!)).toMatchScreenshot(name);
  }

  test("the loading skeleton is drawn, not an empty box", async () => {
    await screenshotForced(detail.Loading!, "ForcedColors-OrderDetail-Loading", '[data-state="loading"]');
    const line = document.querySelector(".pp-skeleton__line")!;
    expect(getComputedStyle(line).borderTopStyle).toBe("solid");
  });

  test("invalid and read-only fields look different from the others", async () => {
    await screenshotForced(form.MissingFields!, "ForcedColors-BillingAddressForm-MissingFields");
    const style = (label: string) => getComputedStyle(page.getByLabelText(label, { exact: true }).element());
    expect(style("Billing name").borderTopStyle).toBe("dashed");
    expect(style("Country").borderTopStyle).toBe("dotted");
    expect(style("Address line 1").borderTopStyle).toBe("solid");
  });
});
