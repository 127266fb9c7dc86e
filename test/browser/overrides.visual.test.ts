import { composeStories } from "@storybook/react-vite";
import { expect, test } from "vitest";
import * as stories from "../../stories/OrderDetail.stories";

const { Paid } = composeStories(stories);

// The README's theming contract, in a real browser: the page's own descendant rules do not reach
// inside the kit, while a merchant's --pp-* token and a two-class rule on a pp- class do.
const PAGE_CSS = `
  .shop header { background: rgb(17, 24, 39); }
  .shop h3 { color: rgb(0, 0, 255); text-align: center; }
  .shop { --pp-color-accent: rgb(0, 128, 0); }
  .shop .pp-order-detail__title { color: rgb(200, 0, 0); letter-spacing: 2px; }
`;

test("the page's rules stay out of the kit; a --pp-* token and a two-class rule on a pp- class get in", async () => {
  const style = document.createElement("style");
  style.textContent = PAGE_CSS;
  document.head.append(style);
  const shop = document.createElement("div");
  shop.className = "shop";
  document.body.replaceChildren(shop);
  try {
    await Paid.run({ canvasElement: shop });
    const detail = shop.querySelector<HTMLElement>(".pp-order-detail[data-state='ready']");
    expect(detail, "the order rendered").not.toBeNull();
    const styleOf = (selector: string) => getComputedStyle(detail!.querySelector(selector)!);

    expect(styleOf(".pp-order-detail__header").backgroundColor).toBe("rgba(0, 0, 0, 0)");
    expect(styleOf(".pp-order-detail__heading").color).toBe(getComputedStyle(detail!).color);
    expect(styleOf(".pp-order-detail__heading").textAlign).toBe("start");
    expect(styleOf(".pp-order-detail__edit").color).toBe("rgb(0, 128, 0)");
    expect(styleOf(".pp-order-detail__title").color).toBe("rgb(200, 0, 0)");
    expect(styleOf(".pp-order-detail__title").letterSpacing).toBe("2px");
  } finally {
    style.remove();
  }
});
